import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config.js';

describe('identity settings (issue 18)', () => {
  it('defaults to no audience, issuer or JWKS', () => {
    expect(parseConfig('', 'switchboard.yaml').identity).toEqual({});
  });

  it('takes an audience, an issuer and a JWKS URL', () => {
    const text = 'identity:\n  audience: switchboard\n  issuer: https://shop.example\n  jwksUrl: https://shop.example/jwks.json\n';
    expect(parseConfig(text, 'x.yaml').identity).toEqual({
      audience: 'switchboard',
      issuer: 'https://shop.example',
      jwksUrl: 'https://shop.example/jwks.json',
    });
  });

  it('refuses a secret in the config and a JWKS URL that is not http(s), naming each field', () => {
    const text = 'identity:\n  secret: hunter2\n  jwksUrl: file:///etc/keys.json\n';
    expect(() => parseConfig(text, 'x.yaml')).toThrow(/x\.yaml:2: identity: Unrecognized key: "secret"/);
    expect(() => parseConfig(text, 'x.yaml')).toThrow(/x\.yaml:3: identity\.jwksUrl: expected an http\(s\) URL/);
  });
});
