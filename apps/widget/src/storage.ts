/**
 * What the widget keeps in localStorage: the device id and the open conversation, namespaced by the server and the
 * widget key so two widgets on one page never share a conversation. Storage can be missing or throw (private modes,
 * blocked cookies); then everything lives in memory for this page view.
 */

/** The part of the Web Storage API used here. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A conversation the customer has open: its id and the token that reads and writes it. */
export interface ConversationSession {
  readonly id: string;
  readonly token: string;
}

export interface WidgetStorage {
  readSession(): ConversationSession | null;
  saveSession(session: ConversationSession): void;
  forgetSession(): void;
  /** This browser's device id, made on first use and kept. */
  deviceId(): string;
}

export function storageKeys(host: string, widgetKey: string): { readonly session: string; readonly device: string } {
  return { session: `switchboard:${host}:${widgetKey}:conversation`, device: `switchboard:${host}:device` };
}

export function createWidgetStorage(options: {
  readonly storage: KeyValueStorage | null;
  readonly host: string;
  readonly widgetKey: string;
  readonly newId: () => string;
}): WidgetStorage {
  const keys = storageKeys(options.host, options.widgetKey);
  const memory = new Map<string, string>();
  const read = (key: string): string | null => {
    try {
      const value = options.storage?.getItem(key);
      if (value !== null && value !== undefined) return value;
    } catch {
      // Storage refused: fall back to this page view's memory.
    }
    return memory.get(key) ?? null;
  };
  const write = (key: string, value: string | null): void => {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
    try {
      if (value === null) options.storage?.removeItem(key);
      else options.storage?.setItem(key, value);
    } catch {
      // Quota or privacy settings: the memory copy serves this page view.
    }
  };
  return {
    readSession() {
      return parseSession(read(keys.session));
    },
    saveSession(session) {
      write(keys.session, JSON.stringify({ id: session.id, token: session.token }));
    },
    forgetSession() {
      write(keys.session, null);
    },
    deviceId() {
      const existing = read(keys.device);
      if (existing) return existing;
      const id = options.newId();
      write(keys.device, id);
      return id;
    },
  };
}

/** A stored session, or null for anything else: another script may have written the key, or an older widget. */
function parseSession(text: string | null): ConversationSession | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { id, token } = value as Record<string, unknown>;
    return typeof id === 'string' && id && typeof token === 'string' && token ? { id, token } : null;
  } catch {
    return null;
  }
}
