/**
 * A stand-in for a vendor's HTTP API: a local server on 127.0.0.1 (node:http, a free port) that answers each request
 * with a recorded response, so adapters are tested over real HTTP with the vendor's own wire format and no network.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response as the vendor sent it: status, headers and the body byte for byte (JSON or a server-sent-event stream). */
export interface RecordedResponse {
  /** Default 200. */
  readonly status?: number;
  /** Default `content-type: application/json`. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface RecordedVendorRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The request body parsed as JSON, or the text when it is not JSON. */
  readonly body: unknown;
}

/** The response to replay for a request, or 'hang' to leave it unanswered until the client gives up. */
export type RecordedVendorReply = RecordedResponse | 'hang';

export interface RecordedVendor {
  /** e.g. 'http://127.0.0.1:53211'; adapters append their version and path. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedVendorRequest[];
  close(): Promise<void>;
}

export async function startRecordedVendor(reply: (request: RecordedVendorRequest) => RecordedVendorReply): Promise<RecordedVendor> {
  const requests: RecordedVendorRequest[] = [];
  const server = createServer((incoming, response) => {
    let raw = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (piece: string) => (raw += piece));
    incoming.on('end', () => {
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // Kept as text.
      }
      const request = { method: incoming.method ?? 'GET', path: incoming.url ?? '', headers: incoming.headers, body };
      requests.push(request);
      const recorded = reply(request);
      if (recorded === 'hang') return;
      response.writeHead(recorded.status ?? 200, recorded.headers ?? { 'content-type': 'application/json' }).end(recorded.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
