/** Numbers, dates and customers as the console shows them. */
import type { CustomerInfo } from '../api/types';

/** A 0..1 rate as a percentage: `45.7%`; `—` when there is none. */
export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${Number((rate * 100).toFixed(1))}%`;
}

/** A ranking score, to three significant decimals: `0.532`, `12.4`. */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '—';
  return Math.abs(score) >= 10 ? score.toFixed(1) : score.toFixed(3);
}

/** A cost in US dollars; small costs keep four decimals: `$0.0042`, `$12.50`. */
export function formatCost(dollars: number | null | undefined): string {
  if (dollars === null || dollars === undefined || !Number.isFinite(dollars)) return '—';
  return Math.abs(dollars) < 1 && dollars !== 0 ? `$${dollars.toFixed(4)}` : `$${dollars.toFixed(2)}`;
}

/** A timestamp in the viewer's locale and time zone; `—` when missing or unreadable. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Who the customer is, from display data: name, else email, else id, else "Anonymous customer". */
export function customerLabel(customer: CustomerInfo | null | undefined): string {
  for (const field of ['name', 'email', 'id']) {
    const value = customer?.[field];
    if (value !== undefined && String(value).trim() !== '') return String(value);
  }
  return 'Anonymous customer';
}
