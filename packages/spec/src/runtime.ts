/** Seams that keep core pure: time and ids are passed in (core logs nothing; the apps log what it returns). */

/** Returns the current time in milliseconds (a monotonic or wall clock). */
export type Clock = () => number;

/** Returns a fresh unique id, optionally with a prefix. */
export type IdGenerator = (prefix?: string) => string;
