/**
 * Wakes live streams when this process wrote something a stream shows (a message, a handoff change, a decision).
 * Streams also poll the store on a timer, since another replica's writes never reach this process's signal.
 */
export interface ChangeSignal {
  /** Something changed: every waiting stream looks now. */
  notify(): void;
  /** A counter that grows with every notify: read it before looking at the store, pass it to `wait`. */
  version(): number;
  /**
   * Resolves at once when a notify came after `seen` (so one that arrived while the caller was reading is not
   * missed), else at the next notify, after `milliseconds`, or when `abort` fires, whichever is first.
   */
  wait(seen: number, milliseconds: number, abort: AbortSignal): Promise<void>;
  /** Ends every wait now and for good: the server is closing. */
  close(): void;
  /** Whether `close` was called: live streams end. */
  readonly closed: boolean;
}

export function createChangeSignal(): ChangeSignal {
  let version = 0;
  let closed = false;
  let waiters = new Set<() => void>();
  const wakeAll = (): void => {
    const woken = waiters;
    waiters = new Set();
    for (const wake of woken) wake();
  };
  return {
    notify() {
      version += 1;
      wakeAll();
    },
    version: () => version,
    wait(seen, milliseconds, abort) {
      return new Promise((resolve) => {
        if (closed || abort.aborted || version !== seen) return resolve();
        const done = (): void => {
          clearTimeout(timer);
          waiters.delete(done);
          abort.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, milliseconds);
        waiters.add(done);
        abort.addEventListener('abort', done, { once: true });
      });
    },
    close() {
      closed = true;
      wakeAll();
    },
    get closed() {
      return closed;
    },
  };
}
