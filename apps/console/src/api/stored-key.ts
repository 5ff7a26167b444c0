/** Keeps the key for this browser tab only (sessionStorage): closing the tab signs out, and it never goes in a URL. */

const storageKey = 'switchboard.console.key';

export function readStoredKey(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function storeKey(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, key);
  } catch {
    // Storage refused (private mode): the session lasts until reload.
  }
}
