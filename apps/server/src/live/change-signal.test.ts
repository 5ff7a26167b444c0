import { describe, expect, it } from 'vitest';
import { createChangeSignal } from './change-signal.js';

describe('change signal', () => {
  it('does not miss a change that came while the stream was reading', async () => {
    const signal = createChangeSignal();
    const seen = signal.version();
    signal.notify();
    let woke = false;
    await signal.wait(seen, 60_000, new AbortController().signal).then(() => (woke = true));
    expect(woke).toBe(true);
  });

  it('wakes every waiter at a notify, and ends all waits for good when closed', async () => {
    const signal = createChangeSignal();
    const order: string[] = [];
    const never = new AbortController().signal;
    const both = Promise.all([
      signal.wait(signal.version(), 60_000, never).then(() => order.push('a')),
      signal.wait(signal.version(), 60_000, never).then(() => order.push('b')),
    ]);
    signal.notify();
    await both;
    expect(order.sort()).toEqual(['a', 'b']);
    signal.close();
    await signal.wait(signal.version(), 60_000, never);
  });

  it('ends a wait when its stream is aborted', async () => {
    const signal = createChangeSignal();
    const abort = new AbortController();
    const waiting = signal.wait(signal.version(), 60_000, abort.signal);
    abort.abort();
    await waiting;
  });
});
