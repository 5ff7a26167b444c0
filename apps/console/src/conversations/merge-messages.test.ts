import { describe, expect, it } from 'vitest';
import type { Message } from '../api/types';
import { mergeMessages } from './merge-messages';

const message = (id: string, createdAt: string): Message => ({
  id,
  conversationId: 'c1',
  role: 'customer',
  text: id,
  createdAt,
  citations: [],
  traceId: null,
});

describe('mergeMessages', () => {
  it('adds each new message once, in time order', () => {
    const shown = [message('m1', '2025-03-01T10:00:00Z'), message('m3', '2025-03-01T10:02:00Z')];
    const merged = mergeMessages(shown, [
      message('m2', '2025-03-01T10:01:00Z'),
      message('m3', '2025-03-01T10:02:00Z'),
      message('m2', '2025-03-01T10:01:00Z'),
    ]);
    expect(merged.map((item) => item.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('returns the same list when nothing is new, so nothing re-renders', () => {
    const shown = [message('m1', '2025-03-01T10:00:00Z')];
    expect(mergeMessages(shown, [message('m1', '2025-03-01T10:00:00Z')])).toBe(shown);
  });
});
