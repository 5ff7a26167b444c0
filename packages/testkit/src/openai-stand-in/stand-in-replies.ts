/** The scripted replies a local OpenAI stand-in server can give, and how each is written to the wire. */
import type { ServerResponse } from 'node:http';

export type StandInReply =
  /** A normal answer; streamed as SSE when the request asks for a stream. `delayMs` makes it slow. */
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly delayMs?: number;
      readonly usage?: { readonly input: number; readonly output: number };
    }
  /** An HTTP error such as 429 or 503, optionally with Retry-After. */
  | { readonly kind: 'status'; readonly status: number; readonly body?: string; readonly retryAfterSeconds?: number }
  /** 200 with a body (or, streaming, an event) that is not JSON. */
  | { readonly kind: 'malformed' }
  /** 200 with an empty answer. */
  | { readonly kind: 'empty' }
  /** A stream that stops after `afterChunks` deltas without finishing; `abrupt` resets the connection instead of ending it. */
  | { readonly kind: 'cut-stream'; readonly text: string; readonly afterChunks: number; readonly abrupt?: boolean }
  /** Never answers; the connection stays open until the client gives up or the server closes. */
  | { readonly kind: 'hang' }
  /** A recorded response replayed byte for byte. */
  | { readonly kind: 'raw'; readonly status?: number; readonly contentType: string; readonly body: string };

/** Words with their trailing space, so the deltas join back to the text exactly. */
export function deltasOf(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function chunkEvent(model: string, delta: Record<string, unknown>, finishReason: string | null): string {
  const chunk = {
    id: 'chatcmpl-stand-in',
    object: 'chat.completion.chunk',
    created: 0,
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

function usageOf(reply: { text: string; usage?: { input: number; output: number } }) {
  const usage = reply.usage ?? { input: 100, output: Math.max(1, deltasOf(reply.text).length) };
  return { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output };
}

export function writeCompletion(
  response: ServerResponse,
  model: string,
  reply: { text: string; usage?: { input: number; output: number } },
): void {
  const body = {
    id: 'chatcmpl-stand-in',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: reply.text }, finish_reason: 'stop' }],
    usage: usageOf(reply),
  };
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export function writeStream(
  response: ServerResponse,
  model: string,
  reply: { text: string; usage?: { input: number; output: number } },
  options: { includeUsage: boolean; cutAfter?: number; abrupt?: boolean },
): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  response.write(chunkEvent(model, { role: 'assistant', content: '' }, null));
  const deltas = deltasOf(reply.text);
  for (const [position, delta] of deltas.entries()) {
    if (options.cutAfter !== undefined && position >= options.cutAfter) {
      if (options.abrupt) response.destroy();
      else response.end();
      return;
    }
    response.write(chunkEvent(model, { content: delta }, null));
  }
  response.write(chunkEvent(model, {}, 'stop'));
  if (options.includeUsage)
    response.write(
      `data: ${JSON.stringify({ id: 'chatcmpl-stand-in', object: 'chat.completion.chunk', choices: [], usage: usageOf(reply) })}\n\n`,
    );
  response.end('data: [DONE]\n\n');
}
