import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config.js';
import { defaultConfigYaml } from './default-config.js';

describe('release criteria settings (issue 19)', () => {
  it('defaults to no criteria, also in the commented config init writes', () => {
    expect(parseConfig('', 'switchboard.yaml').release.criteria).toEqual({});
    expect(parseConfig(defaultConfigYaml, 'switchboard.yaml').release.criteria).toEqual({});
  });

  it('keeps the commented example in the default config valid once uncommented', () => {
    // The example is the block of "  # " lines under `release:`; uncommented, it replaces `criteria: {}`.
    const section = defaultConfigYaml.slice(defaultConfigYaml.indexOf('\nrelease:\n')).split('\n\n')[0]!;
    const example = section
      .split('\n')
      .filter((line) => line.startsWith('  # '))
      .map((line) => `  ${line.slice(4)}`);
    expect(example[0]).toBe('  criteria:');
    const text = `release:\n${example.join('\n')}\n`;
    expect(parseConfig(text, 'switchboard.yaml').release.criteria).toEqual({
      faithfulness: '>= 0.98',
      handoffRecall: '>= 1.0',
      p95Ms: '<= 1500',
      regressions: '== 0',
    });
  });

  it("takes the issue's example as written", () => {
    const text = 'release:\n  criteria:\n    faithfulness: ">= 0.98"\n    p95Ms: "<= 1500"\n    regressions: "== 0"\n';
    expect(parseConfig(text, 'x.yaml').release.criteria).toEqual({ faithfulness: '>= 0.98', p95Ms: '<= 1500', regressions: '== 0' });
  });

  it('refuses an unknown name and a malformed comparison at load, naming each key and line', () => {
    const text = 'release:\n  criteria:\n    faithfullness: ">= 0.98"\n    p95Ms: 1500\n    passRate: "=> 0.9"\n';
    expect(() => parseConfig(text, 'x.yaml')).toThrow(
      /x\.yaml:3: release\.criteria\.faithfullness: unknown criterion 'faithfullness'; valid names: cases, passed, passRate/,
    );
    expect(() => parseConfig(text, 'x.yaml')).toThrow(/x\.yaml:4: release\.criteria\.p95Ms: p95Ms: expected an operator .* got 1500/);
    expect(() => parseConfig(text, 'x.yaml')).toThrow(
      /x\.yaml:5: release\.criteria\.passRate: passRate: expected .* e\.g\. passRate: ">= 0\.98"/,
    );
  });
});
