import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCodes, isSwitchboardError, SwitchboardError } from './errors.js';

describe('error catalogue', () => {
  it('documents every error code in docs/errors.md and nothing else', () => {
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual([...errorCodes]);
  });

  it('keeps the cause and the retry flag when wrapping', () => {
    const cause = new Error('socket hang up');
    const error = new SwitchboardError('PROVIDER_FAILURE', 'provider timed out', { cause, isRetryable: true });
    expect(error.cause).toBe(cause);
    expect(error.isRetryable).toBe(true);
    expect(isSwitchboardError(error)).toBe(true);
    expect(isSwitchboardError(new Error('x'))).toBe(false);
  });
});
