import { describe, expect, it } from 'vitest';
import { createWidgetStorage, storageKeys, type KeyValueStorage } from './storage.js';

const memoryStorage = (): KeyValueStorage & { readonly items: Map<string, string> } => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
};
const refusingStorage: KeyValueStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('storageKeys', () => {
  it('namespaces the conversation by server and widget key, the device by server', () => {
    const a = storageKeys('https://a.test', 'sb_widget_1');
    expect(a.session).not.toBe(storageKeys('https://a.test', 'sb_widget_2').session);
    expect(a.session).not.toBe(storageKeys('https://b.test', 'sb_widget_1').session);
    expect(a.device).toBe(storageKeys('https://a.test', 'sb_widget_2').device);
  });
});

describe('createWidgetStorage', () => {
  const options = { host: 'https://a.test', widgetKey: 'sb_widget_1' };

  it('keeps the conversation across page views (a second storage over the same localStorage reads it)', () => {
    const storage = memoryStorage();
    createWidgetStorage({ storage, ...options, newId: () => 'x' }).saveSession({ id: 'conv_1', token: 'tok' });
    const reloaded = createWidgetStorage({ storage, ...options, newId: () => 'x' });
    expect(reloaded.readSession()).toEqual({ id: 'conv_1', token: 'tok' });
    reloaded.forgetSession();
    expect(createWidgetStorage({ storage, ...options, newId: () => 'x' }).readSession()).toBeNull();
  });

  it("does not read another widget key's conversation", () => {
    const storage = memoryStorage();
    createWidgetStorage({ storage, ...options, newId: () => 'x' }).saveSession({ id: 'conv_1', token: 'tok' });
    expect(createWidgetStorage({ storage, host: options.host, widgetKey: 'sb_widget_2', newId: () => 'x' }).readSession()).toBeNull();
  });

  it('makes the device id once and keeps it', () => {
    const storage = memoryStorage();
    let made = 0;
    const newId = (): string => `device-${++made}`;
    expect(createWidgetStorage({ storage, ...options, newId }).deviceId()).toBe('device-1');
    expect(createWidgetStorage({ storage, ...options, newId }).deviceId()).toBe('device-1');
    expect(made).toBe(1);
  });

  it('ignores a stored value that is not a conversation', () => {
    const storage = memoryStorage();
    const { session } = storageKeys(options.host, options.widgetKey);
    for (const junk of ['not json', '"text"', 'null', '{"id":"c"}', '{"id":1,"token":"t"}']) {
      storage.items.set(session, junk);
      expect(createWidgetStorage({ storage, ...options, newId: () => 'x' }).readSession(), junk).toBeNull();
    }
  });

  it('works in memory for the page view when localStorage throws or is missing', () => {
    for (const storage of [refusingStorage, null]) {
      const widgetStorage = createWidgetStorage({ storage, ...options, newId: () => 'device-1' });
      widgetStorage.saveSession({ id: 'conv_1', token: 'tok' });
      expect(widgetStorage.readSession()).toEqual({ id: 'conv_1', token: 'tok' });
      expect(widgetStorage.deviceId()).toBe(widgetStorage.deviceId());
      widgetStorage.forgetSession();
      expect(widgetStorage.readSession()).toBeNull();
    }
  });
});
