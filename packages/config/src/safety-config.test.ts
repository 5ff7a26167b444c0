import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '@switchboard/spec';
import { parseConfig } from './load-config.js';

describe('safety config', () => {
  it('defaults to the USE-lite safety embedder and the built-in actions', () => {
    const config = parseConfig('', 'switchboard.yaml');
    expect(config.safety).toEqual({ embedder: 'local:use-lite', actions: {} });
  });

  it('maps a refused category to another action', () => {
    const config = parseConfig(
      'safety:\n  embedder: none\n  actions: { manipulation: handoff, harmful_request: continue }\n',
      'switchboard.yaml',
    );
    expect(config.safety).toEqual({ embedder: 'none', actions: { manipulation: 'handoff', harmful_request: 'continue' } });
  });

  it('refuses to let a mandatory human-routing category be answered or refused, naming the field and line', () => {
    let error: unknown;
    try {
      parseConfig('safety:\n  actions:\n    fraud: continue\n    sarcasm: refuse\n', 'ws/switchboard.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SwitchboardError);
    const message = (error as SwitchboardError).message;
    expect(message).toContain('safety.actions.fraud');
    expect(message).toContain("fraud always hands off to a human; only 'handoff' is allowed (got 'continue')");
    expect(message).toContain('ws/switchboard.yaml:3');
    expect(message).toContain('safety.actions');
  });
});
