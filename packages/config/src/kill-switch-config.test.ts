import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config.js';

describe('killSwitch settings (issue 20)', () => {
  it('has no message of its own by default (the built-in one is used) and reads a configured one', () => {
    expect(parseConfig('', 'switchboard.yaml').killSwitch).toEqual({ message: null });
    expect(parseConfig('killSwitch:\n  message: "Paused; {queue} replies {hours}."\n', 'switchboard.yaml').killSwitch).toEqual({
      message: 'Paused; {queue} replies {hours}.',
    });
  });

  it('refuses menuWorkflow, which only the handoff mode stands in for (docs/rollout.md)', () => {
    expect(() => parseConfig('killSwitch:\n  menuWorkflow: main-menu\n', 'switchboard.yaml')).toThrow(/menuWorkflow/);
  });
});
