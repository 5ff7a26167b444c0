/** Starts the HTTP API on a host and port, and stops it on a signal; the app itself is built by build-app.ts. */
import type { FastifyInstance } from 'fastify';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** How long a closing server waits for requests under way before cutting every connection. */
const closeGraceMilliseconds = 5_000;

export async function listen(app: FastifyInstance, host: string, port: number): Promise<RunningServer> {
  await app.listen({ host, port });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${actualPort}`,
    async close() {
      // Requests under way get a grace period to finish; after it, connections still open (a browser's spare
      // connection that never sent a request, a slow client) are cut, so a restart never hangs on them.
      const cut = setTimeout(() => app.server.closeAllConnections(), closeGraceMilliseconds);
      try {
        await app.close();
      } finally {
        clearTimeout(cut);
      }
    },
  };
}

/** Keeps the process alive until SIGINT or SIGTERM, then closes the server and calls `onClosed` (to close the store). */
export function closeOnSignal(server: RunningServer, onClosed: () => void): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      void server.close().finally(() => {
        onClosed();
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
