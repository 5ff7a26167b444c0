import { describe, expect, it } from 'vitest';
import { adapterRegistryYaml, parseAdapterRegistry, type AdapterEntry } from './adapter-registry.js';
import { defaultConfigYaml } from './default-config.js';
import { parseConfig } from './load-config.js';

const entry: AdapterEntry = {
  name: 'refund-fix',
  model: 'acme-refunds-lora',
  version: '1.0.0',
  intents: ['refund'],
  cohorts: ['enterprise'],
  addedAt: '2026-03-01T10:00:00.000Z',
  anchors: {
    suites: ['evals/support.yaml'],
    runId: 'run_b',
    baselineRunId: 'run_a',
    regressions: [],
    checkedAt: '2026-03-01T10:05:00.000Z',
  },
};

describe('adapters settings (issue 20 item 7)', () => {
  it('defaults to 30 days and no named anchors, also in the commented config init writes', () => {
    expect(parseConfig('', 'switchboard.yaml').adapters).toEqual({ maxAgeDays: 30, anchors: [] });
    expect(parseConfig(defaultConfigYaml, 'switchboard.yaml').adapters).toEqual({ maxAgeDays: 30, anchors: [] });
  });

  it('refuses a maxAgeDays that is not a whole number of days, naming the key and line', () => {
    expect(() => parseConfig('adapters:\n  maxAgeDays: 0.5\n', 'x.yaml')).toThrow(/x\.yaml:2: adapters\.maxAgeDays: /);
  });
});

describe('adapters.yaml', () => {
  it('reads back what it writes, and an empty file has no adapters', () => {
    expect(parseAdapterRegistry(adapterRegistryYaml([entry]), 'adapters.yaml')).toEqual([entry]);
    expect(parseAdapterRegistry('', 'adapters.yaml')).toEqual([]);
  });

  it('names the file, line and field of every problem at once', () => {
    const text = adapterRegistryYaml([entry]).replace('version: 1.0.0', 'version: v1').replace('- enterprise', '- vip');
    let message = '';
    try {
      parseAdapterRegistry(text, 'ws/adapters.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^ws\/adapters\.yaml is invalid \(2 problems\)/);
    expect(message).toMatch(/ws\/adapters\.yaml:\d+: adapters\.0\.version: must be a semantic version such as 1\.0\.0/);
    expect(message).toMatch(/ws\/adapters\.yaml:\d+: adapters\.0\.cohorts\.0: /);
  });

  it('refuses a name registered twice', () => {
    expect(() => parseAdapterRegistry(adapterRegistryYaml([entry, { ...entry, version: '2.0.0' }]), 'adapters.yaml')).toThrow(
      /adapters\.1\.name: 'refund-fix' is registered twice/,
    );
  });
});
