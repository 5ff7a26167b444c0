/**
 * A local OpenAI-compatible test server on 127.0.0.1 (node:http): /v1/chat/completions, plain and streamed,
 * and /v1/embeddings, answering from a script so provider code is tested over real HTTP without any vendor.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeCompletion, writeStream, type StandInReply } from './stand-in-replies.js';

export interface StandInRequest {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly headers: IncomingMessage['headers'];
  /** System and user message text joined, for scripts that answer by content. */
  readonly prompt: string;
}

/** Chooses the reply to a chat request that the queue does not cover. */
export type StandInResponder = (request: StandInRequest) => StandInReply;

export interface OpenAiStandIn {
  /** e.g. 'http://127.0.0.1:53211/v1'. */
  readonly baseUrl: string;
  /** Every request received, in order. */
  readonly requests: StandInRequest[];
  /** Queues replies for the next chat requests, first in first out. */
  enqueue(...replies: StandInReply[]): void;
  /** Replaces the responder used once the queue is empty. */
  respondWith(responder: StandInResponder): void;
  close(): Promise<void>;
}

export interface OpenAiStandInOptions {
  readonly replies?: readonly StandInReply[];
  /** Default: HTTP 500 'no scripted reply', so an unscripted call is visible. */
  readonly responder?: StandInResponder;
  readonly embeddingDimensions?: number;
}

export async function startOpenAiStandIn(options: OpenAiStandInOptions = {}): Promise<OpenAiStandIn> {
  const queue: StandInReply[] = [...(options.replies ?? [])];
  let responder: StandInResponder = options.responder ?? (() => ({ kind: 'status', status: 500, body: '{"error":"no scripted reply"}' }));
  const requests: StandInRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const dimensions = options.embeddingDimensions ?? 16;

  const server = createServer((incoming, response) => {
    let raw = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (piece: string) => (raw += piece));
    incoming.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"request body is not JSON"}}');
        return;
      }
      const messages = Array.isArray(body['messages']) ? (body['messages'] as { content?: unknown }[]) : [];
      const request = {
        path: incoming.url ?? '',
        body,
        headers: incoming.headers,
        prompt: messages.map((message) => String(message.content ?? '')).join('\n'),
      };
      requests.push(request);
      if (request.path.endsWith('/embeddings')) return writeEmbeddings(response, body, dimensions);
      if (!request.path.endsWith('/chat/completions')) return void response.writeHead(404).end();
      const reply = queue.shift() ?? responder(request);
      const delay = reply.kind === 'text' ? (reply.delayMs ?? 0) : 0;
      const send = () => respond(response, String(body['model'] ?? 'stand-in'), body['stream'] === true, body, reply);
      if (delay <= 0) return send();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) send();
      }, delay);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    respondWith: (next) => void (responder = next),
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function respond(response: ServerResponse, model: string, stream: boolean, body: Record<string, unknown>, reply: StandInReply): void {
  const includeUsage = (body['stream_options'] as { include_usage?: boolean } | undefined)?.include_usage === true;
  switch (reply.kind) {
    case 'text':
      return stream ? writeStream(response, model, reply, { includeUsage }) : writeCompletion(response, model, reply);
    case 'empty':
      return stream ? writeStream(response, model, { text: '' }, { includeUsage }) : writeCompletion(response, model, { text: '' });
    case 'cut-stream':
      return writeStream(response, model, reply, { includeUsage, cutAfter: reply.afterChunks, abrupt: reply.abrupt });
    case 'status': {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (reply.retryAfterSeconds !== undefined) headers['retry-after'] = String(reply.retryAfterSeconds);
      return void response.writeHead(reply.status, headers).end(reply.body ?? `{"error":{"message":"stand-in status ${reply.status}"}}`);
    }
    case 'malformed':
      if (stream)
        return void response.writeHead(200, { 'content-type': 'text/event-stream' }).end('data: {"choices": [ {"delta": oops\n\n');
      return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"choices": [ {"message": oops');
    case 'raw':
      return void response.writeHead(reply.status ?? 200, { 'content-type': reply.contentType }).end(reply.body);
    case 'hang':
      return;
  }
}

/** Deterministic bag-of-words vectors: texts sharing words get similar vectors, so similarity tests mean something. */
function writeEmbeddings(response: ServerResponse, body: Record<string, unknown>, dimensions: number): void {
  const inputs = Array.isArray(body['input']) ? body['input'].map(String) : [String(body['input'] ?? '')];
  const data = inputs.map((text, index) => {
    const vector = new Array<number>(dimensions).fill(0);
    for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
      let hash = 0;
      for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
      vector[hash % dimensions] = (vector[hash % dimensions] ?? 0) + 1;
    }
    const norm = Math.hypot(...vector) || 1;
    return { object: 'embedding', index, embedding: vector.map((value) => value / norm) };
  });
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model: body['model'] }));
}
