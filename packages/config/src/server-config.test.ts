import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config.js';

describe('server, rate-limit and log settings (issue 16)', () => {
  it('defaults to no trusted proxy, a conversation limit per IP, info logs and no bodies in them', () => {
    const config = parseConfig('', 'switchboard.yaml');
    expect(config.server.trustProxy).toBe(false);
    expect(config.rateLimit.conversationsPerIp).toEqual({ limit: 20, windowSeconds: 60 });
    expect(config.log).toEqual({ level: 'info', bodies: false });
  });

  it('accepts trustProxy as true or as a list of proxy addresses', () => {
    expect(parseConfig('server:\n  trustProxy: true\n', 'x.yaml').server.trustProxy).toBe(true);
    expect(parseConfig('server:\n  trustProxy: [10.0.0.0/8]\n', 'x.yaml').server.trustProxy).toEqual(['10.0.0.0/8']);
  });

  it('refuses a trustProxy that is neither, an unknown log level and an unknown log key, naming each field', () => {
    const text = 'server:\n  trustProxy: yes please\nlog:\n  level: loud\n  headers: true\n';
    expect(() => parseConfig(text, 'x.yaml')).toThrow(/x\.yaml:2: server\.trustProxy[\s\S]*x\.yaml:4: log\.level[\s\S]*x\.yaml:\d: log/);
  });
});
