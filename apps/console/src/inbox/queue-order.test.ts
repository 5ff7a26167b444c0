import { describe, expect, it } from 'vitest';
import type { HandoffRecord } from '../api/types';
import { queueOrder } from './queue-order';

const handoff = (id: string, status: HandoffRecord['status'], createdAt: string): HandoffRecord =>
  ({ id, status, createdAt }) as HandoffRecord;

describe('queueOrder', () => {
  it('puts open handoffs first, the longest waiting at the top', () => {
    const ordered = queueOrder([
      handoff('claimed-old', 'claimed', '2025-03-01T09:00:00Z'),
      handoff('open-new', 'open', '2025-03-01T10:05:00Z'),
      handoff('open-old', 'open', '2025-03-01T10:00:00Z'),
    ]);
    expect(ordered.map((item) => item.id)).toEqual(['open-old', 'open-new', 'claimed-old']);
  });
});
