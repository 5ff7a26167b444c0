import { describe, expect, it } from 'vitest';
import { readScriptSettings, type ScriptTag } from './script-settings.js';

const tag = (src: string, attributes: Record<string, string>): ScriptTag => ({ src, getAttribute: (name) => attributes[name] ?? null });

describe('readScriptSettings', () => {
  it("takes the host from the script's own src and the settings from its data- attributes", () => {
    const settings = readScriptSettings(
      tag('https://support.example.com:8443/widget.js?v=3', {
        'data-key': 'sb_widget_abc',
        'data-identity-token': 'eyJ.payload.sig',
        'data-lang': 'de',
        'data-title': 'Hilfe',
      }),
      'https://shop.example.org/page',
    );
    expect(settings).toEqual({
      host: 'https://support.example.com:8443',
      widgetKey: 'sb_widget_abc',
      identityToken: 'eyJ.payload.sig',
      language: 'de',
      title: 'Hilfe',
    });
  });

  it('resolves a relative src against the page', () => {
    expect(readScriptSettings(tag('/widget.js', { 'data-key': 'k' }), 'http://localhost:3000/demo')).toEqual({
      host: 'http://localhost:3000',
      widgetKey: 'k',
    });
  });

  it('leaves out empty optional attributes', () => {
    const settings = readScriptSettings(
      tag('https://h.test/widget.js', { 'data-key': ' k ', 'data-lang': ' ', 'data-title': '' }),
      'https://h.test/',
    );
    expect(settings).toEqual({ host: 'https://h.test', widgetKey: 'k' });
  });

  it('says what is wrong when the key is missing', () => {
    expect(readScriptSettings(tag('https://h.test/widget.js', {}), 'https://h.test/')).toEqual({
      problem: expect.stringContaining('data-key'),
    });
  });

  it('refuses a src without an origin to send requests to', () => {
    expect(readScriptSettings(tag('data:text/javascript,1', { 'data-key': 'k' }), 'https://h.test/')).toEqual({
      problem: expect.stringContaining('origin'),
    });
  });
});
