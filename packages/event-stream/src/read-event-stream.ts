/**
 * Reads server-sent events from a fetch() body. Browsers' EventSource cannot send an Authorization header, and keys
 * and tokens never go in a URL, so the widget and the console read their streams with fetch and this parser.
 */
export interface StreamEvent {
  /** The `event:` field; 'message' when the event names none. */
  readonly event: string;
  /** The `data:` lines joined with newlines. */
  readonly data: string;
}

/** Feeds text in any pieces; calls `onEvent` for each complete event (ended by a blank line). */
export function createEventParser(onEvent: (event: StreamEvent) => void): { push(text: string): void } {
  let buffer = '';
  let name = '';
  let data: string[] = [];
  const line = (text: string): void => {
    if (text === '') {
      if (data.length > 0) onEvent({ event: name || 'message', data: data.join('\n') });
      name = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  };
  return {
    push(text) {
      buffer += text;
      for (let end = buffer.search(/\r\n|\r|\n/); end !== -1; end = buffer.search(/\r\n|\r|\n/)) {
        line(buffer.slice(0, end));
        buffer = buffer.slice(end + (buffer.startsWith('\r\n', end) ? 2 : 1));
      }
    },
  };
}

/** Reads `body` to its end (or until `signal` aborts), calling `onEvent` for each event. */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: StreamEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createEventParser(onEvent);
  const stop = (): void => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.push(decoder.decode() + '\n\n');
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
