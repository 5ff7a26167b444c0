/** Durations for people: pipeline milliseconds, and how long a customer has been waiting. */

/** Pipeline and latency figures: `0.4 ms`, `12 ms`, `1.25 s`. */
export function formatMilliseconds(milliseconds: number | null | undefined): string {
  if (milliseconds === null || milliseconds === undefined || !Number.isFinite(milliseconds)) return '—';
  if (milliseconds < 10) return `${Number(milliseconds.toFixed(1))} ms`;
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  return `${Number((milliseconds / 1000).toFixed(2))} s`;
}

/** A waiting time from `since` (ISO) to `now`: `45s`, `3m 05s`, `2h 07m`, `3d 4h`. Never negative. */
export function formatWaiting(since: string, now: number): string {
  const start = Date.parse(since);
  if (Number.isNaN(start)) return '—';
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${pad(seconds % 60)}s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h ${pad(minutes % 60)}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

const pad = (value: number): string => String(value).padStart(2, '0');
