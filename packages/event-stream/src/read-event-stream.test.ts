import { describe, expect, it } from 'vitest';
import { formatEvent } from './format-event.js';
import { createEventParser, readEventStream, type StreamEvent } from './read-event-stream.js';

describe('event stream reader', () => {
  it('reads events split at any byte, ignoring comments, with CRLF and LF line ends', async () => {
    const wire = `${formatEvent('delta', { text: 'Go to\nSettings' })}: ping\n\nevent: done\r\ndata: {"a":1}\r\n\r\ndata: plain\n\n`;
    const bytes = new TextEncoder().encode(wire);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 3) controller.enqueue(bytes.slice(at, at + 3));
        controller.close();
      },
    });
    const events: StreamEvent[] = [];
    await readEventStream(body, (event) => events.push(event));
    expect(events).toEqual([
      { event: 'delta', data: '{"text":"Go to\\nSettings"}' },
      { event: 'done', data: '{"a":1}' },
      { event: 'message', data: 'plain' },
    ]);
    expect(JSON.parse(events[0]!.data)).toEqual({ text: 'Go to\nSettings' });
  });

  it('joins several data lines and emits nothing for an event without data', () => {
    const events: StreamEvent[] = [];
    const parser = createEventParser((event) => events.push(event));
    parser.push('event: a\ndata: one\ndata: two\n\nevent: empty\n\n');
    expect(events).toEqual([{ event: 'a', data: 'one\ntwo' }]);
  });

  it('ends an unterminated last event when the body ends', async () => {
    const events: StreamEvent[] = [];
    await readEventStream(new Response('event: last\ndata: 1').body!, (event) => events.push(event));
    expect(events).toEqual([{ event: 'last', data: '1' }]);
  });
});
