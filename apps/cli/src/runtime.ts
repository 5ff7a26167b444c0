/** The real clock, timers and id generator that apps pass into core. */
import { randomUUID } from 'node:crypto';
import type { StartTimer } from '@switchboard/core/workflow';
import type { Clock, IdGenerator } from '@switchboard/spec';

export const wallClock: Clock = () => Date.now();
export const timer: Clock = () => performance.now();
export const newId: IdGenerator = (prefix) => (prefix ? `${prefix}_${randomUUID().replace(/-/g, '')}` : randomUUID());
export const startTimer: StartTimer = (ms, onTimeout) => {
  const handle = setTimeout(onTimeout, ms);
  return () => clearTimeout(handle);
};
