/** The inbox's order: open handoffs before claimed ones, the longest-waiting first within each. */
import type { HandoffRecord } from '../api/types';

const statusOrder: Readonly<Record<string, number>> = { open: 0, claimed: 1, released: 2 };

export function queueOrder(handoffs: readonly HandoffRecord[]): HandoffRecord[] {
  return [...handoffs].sort(
    (a, b) => (statusOrder[a.status] ?? 3) - (statusOrder[b.status] ?? 3) || Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
}
