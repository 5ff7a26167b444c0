/** Seams that keep core pure: time, ids and logging are passed in. */

/** Returns the current time in milliseconds (a monotonic or wall clock). */
export type Clock = () => number;

/** Returns a fresh unique id, optionally with a prefix. */
export type IdGenerator = (prefix?: string) => string;

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}
