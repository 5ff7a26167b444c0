/** Shared scaffolding of the answerer-over-HTTP tests: local stand-in servers closed after each test, an answerer on one. */
import { createGenerativeAnswerer, type GenerativeAnswerer, type GenerativeAnswererOptions } from '@switchboard/core/generation';
import { startOpenAiStandIn, type OpenAiStandIn } from '@switchboard/testkit';
import { afterEach } from 'vitest';
import { createOpenAiCompatibleChatModel } from '../openai-compatible-chat-model.js';

/** Returns a function that starts a stand-in server; every server it started is closed after each test. */
export function standInsClosedAfterEach(): () => Promise<OpenAiStandIn> {
  const servers: OpenAiStandIn[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async () => {
    const server = await startOpenAiStandIn();
    servers.push(server);
    return server;
  };
}

/** The generative answerer with `large-model` on the stand-in, priced, with short retries and a 3 s deadline. */
export function answererOn(large: OpenAiStandIn, overrides: Partial<GenerativeAnswererOptions> = {}): GenerativeAnswerer {
  return createGenerativeAnswerer({
    large: createOpenAiCompatibleChatModel({ baseUrl: large.baseUrl, model: 'large-model', timeoutMs: 5_000 }),
    prices: { 'openai-compatible:large-model': { inputPer1k: 0.01, outputPer1k: 0.03 } },
    routing: { threshold: 0.5, maxLargeInFlight: 4 },
    deadlineMs: 3_000,
    clock: () => performance.now(),
    retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 20 },
    ...overrides,
  });
}
