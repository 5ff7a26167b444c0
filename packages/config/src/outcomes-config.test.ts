import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config.js';
import { defaultConfigYaml } from './default-config.js';

describe('outcomes settings (issue 19)', () => {
  it('defaults to 30 minutes of inactivity and a 72-hour reopen window, as the config init writes', () => {
    expect(parseConfig('', 'switchboard.yaml').outcomes).toEqual({ inactivityMinutes: 30, reopenHours: 72 });
    expect(parseConfig(defaultConfigYaml, 'switchboard.yaml').outcomes).toEqual({ inactivityMinutes: 30, reopenHours: 72 });
    expect(parseConfig('outcomes:\n  reopenHours: 24\n', 'switchboard.yaml').outcomes).toEqual({ inactivityMinutes: 30, reopenHours: 24 });
  });

  it('refuses a window that is not a positive number, naming the field', () => {
    expect(() => parseConfig('outcomes:\n  inactivityMinutes: 0\n', 'switchboard.yaml')).toThrow(/outcomes\.inactivityMinutes/);
    expect(() => parseConfig('outcomes:\n  reopenDays: 3\n', 'switchboard.yaml')).toThrow(/reopenDays/);
  });
});
