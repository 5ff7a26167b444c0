/** How long to wait before reconnecting a dropped event stream: doubling from one second up to thirty, with jitter. */

const firstDelayMs = 1000;
const longestDelayMs = 30_000;

/**
 * The wait before reconnect number `attempt` (0 for the first). `random` in [0, 1) spreads the waits between half
 * and all of the doubled delay, so many consoles dropped at once do not reconnect in step.
 */
export function reconnectDelay(attempt: number, random: number): number {
  const ceiling = Math.min(longestDelayMs, firstDelayMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
