import { describe, expect, it } from 'vitest';
import { memoryEventStore } from '@switchboard/testkit';
import { shadowEventView } from './shadow-event-view.js';

describe('shadowEventView', () => {
  it("shows a conversation's events up to its latest message.received, and refuses writes", async () => {
    const events = memoryEventStore();
    const append = (id: string, type: string, conversationId: string | null = 'c1') =>
      events.append({ id, type, at: '2026-03-01T12:00:00.000Z', conversationId, data: {} });
    await append('e1', 'message.received');
    await append('e2', 'workflow.state');
    await append('e3', 'message.received');
    await append('e4', 'workflow.state');
    await append('e5', 'message.answered');
    await append('e6', 'release.created', null);
    const view = shadowEventView(events);
    expect((await view.list({ conversationId: 'c1' })).map((event) => event.id)).toEqual(['e1', 'e2', 'e3']);
    expect((await view.list({ conversationId: 'c1', type: 'workflow.state' })).map((event) => event.id)).toEqual(['e2']);
    expect((await view.list()).map((event) => event.id)).toHaveLength(6);
    await expect(view.append({ id: 'e7', type: 'x', at: '', conversationId: 'c1', data: {} })).rejects.toThrow(/writes nothing/);
    expect(await events.list()).toHaveLength(6);
  });
});
