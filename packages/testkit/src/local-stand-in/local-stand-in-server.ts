/** A local node:http server standing in for Zendesk or Confluence in tests: no real network is used. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalStandInRequest {
  readonly path: string;
  readonly authorization: string | undefined;
}

/** Answers a request path (with its query) with a status and JSON body; undefined gives 404. */
export type StandInRoutes = (
  path: string,
  origin: string,
) => { status?: number; body: unknown; headers?: Record<string, string> } | undefined;

export interface LocalStandInServer {
  readonly origin: string;
  readonly requests: LocalStandInRequest[];
  routes: StandInRoutes;
  close(): Promise<void>;
}

export async function startLocalStandInServer(routes: StandInRoutes): Promise<LocalStandInServer> {
  const requests: LocalStandInRequest[] = [];
  const standIn = { routes } as { routes: StandInRoutes };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    requests.push({ path, authorization: request.headers.authorization });
    const answer = standIn.routes(path, origin);
    response.writeHead(answer?.status ?? (answer ? 200 : 404), { 'content-type': 'application/json', ...answer?.headers });
    response.end(JSON.stringify(answer?.body ?? { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    get routes() {
      return standIn.routes;
    },
    set routes(next: StandInRoutes) {
      standIn.routes = next;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
