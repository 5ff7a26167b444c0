import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config.js';
import { defaultConfigYaml } from './default-config.js';

describe('llm config section', () => {
  it('is off by default, with the answerer limits filled in', () => {
    const { llm } = parseConfig(defaultConfigYaml, 'switchboard.yaml');
    expect(llm).toMatchObject({ model: null, smallModel: null, judgeModel: null, baseUrl: null, deadlineMs: 8000, prices: {} });
    expect(llm.routing).toEqual({ threshold: 0.5, maxLargeInFlight: 8 });
    expect(parseConfig('', 'switchboard.yaml').llm.embeddings.batchSize).toBe(64);
  });

  it('reads models, endpoint, key variable and prices', () => {
    const text = [
      'llm:',
      '  model: anthropic:claude-3-5-haiku-latest',
      '  smallModel: llama3.1:8b',
      '  baseUrl: http://localhost:11434/v1',
      '  apiKeyEnv: ACME_KEY',
      '  prices:',
      '    "anthropic:claude-3-5-haiku-latest": { inputPer1k: 0.0008, outputPer1k: 0.004 }',
      '',
    ].join('\n');
    const { llm } = parseConfig(text, 'switchboard.yaml');
    expect(llm.model).toBe('anthropic:claude-3-5-haiku-latest');
    expect(llm.prices['anthropic:claude-3-5-haiku-latest']).toEqual({ inputPer1k: 0.0008, outputPer1k: 0.004 });
  });

  it('rejects a key written where its variable name belongs, a bad URL and a negative price', () => {
    const text = 'llm:\n  apiKeyEnv: sk-abc123\n  baseUrl: localhost\n  prices:\n    m: { inputPer1k: -1, outputPer1k: 0 }\n';
    let message = '';
    try {
      parseConfig(text, 'switchboard.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('switchboard.yaml:2: llm.apiKeyEnv: name an environment variable');
    expect(message).toContain('switchboard.yaml:3: llm.baseUrl');
    expect(message).toContain('switchboard.yaml:5: llm.prices.m.inputPer1k');
  });
});
