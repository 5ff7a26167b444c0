/**
 * How long the live-updates stream waits before reconnecting: exponential from one second to thirty, with jitter
 * so that a server restart is not met by every open widget at the same instant.
 */
export const firstReconnectMilliseconds = 1_000;
export const longestReconnectMilliseconds = 30_000;

/** The wait before reconnect attempt `attempt` (0 for the first); `random` returns a number in [0, 1). */
export function reconnectDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(longestReconnectMilliseconds, firstReconnectMilliseconds * 2 ** Math.max(0, attempt));
  // Half fixed, half random: never hammers, never waits longer than the ceiling.
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
