import { describe, expect, it } from 'vitest';
import { createActionGateway, createMemoryActionLog, createToolRegistry, type ToolDefinition } from '@switchboard/core/workflow';
import { createHttpToolExecutor } from './http-tool-executor.js';

const cancel: ToolDefinition = {
  name: 'cancel_order',
  description: 'Cancel an order',
  http: { method: 'POST', url: 'https://shop.example/orders/{order_id}/cancel', auth: { type: 'bearer', tokenEnv: 'SHOP_TOKEN' } },
  arguments: { type: 'object', required: ['order_id', 'reason'], properties: { order_id: { type: 'string' }, reason: { type: 'string' } } },
  result: { type: 'object', required: ['status'], properties: { status: { type: 'string' } } },
  writes: true,
  idempotent: false,
  timeoutMs: 1000,
  retries: 0,
};

describe('createHttpToolExecutor', () => {
  it('fills the URL template, sends credentials from the environment and the idempotency key, through the same guards', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const fetchStub = (async (url: URL, init: RequestInit) => {
      requests.push({ url: String(url), init });
      return new Response(JSON.stringify({ status: 'cancelled' }), { status: 200 });
    }) as unknown as typeof fetch;
    const gateway = createActionGateway({
      conversationId: 'c',
      registry: createToolRegistry([cancel]),
      executor: createHttpToolExecutor({ fetch: fetchStub, env: { SHOP_TOKEN: 's3cret' } }),
      guards: { confirmWrites: true },
      log: createMemoryActionLog(),
      clock: () => 0,
      newId: () => 'id',
    });
    const call = { tool: 'cancel_order', arguments: { order_id: 'A/1', reason: 'no longer needed' } };
    expect((await gateway.attempt(call)).guard).toBe('confirmation');
    expect(requests).toHaveLength(0);
    gateway.confirm(call);
    expect((await gateway.attempt(call)).status).toBe('executed');
    const headers = requests[0]!.init.headers as Record<string, string>;
    expect(requests[0]!.url).toBe('https://shop.example/orders/A%2F1/cancel');
    expect(headers['authorization']).toBe('Bearer s3cret');
    expect(headers['idempotency-key']).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.parse(String(requests[0]!.init.body))).toEqual({ reason: 'no longer needed' });
  });

  it('fails with the tool name when the response breaks the result schema', async () => {
    const fetchStub = (async () => new Response('{"state":"ok"}', { status: 200 })) as unknown as typeof fetch;
    const gateway = createActionGateway({
      conversationId: 'c',
      registry: createToolRegistry([{ ...cancel, writes: false, http: { method: 'GET', url: 'https://shop.example/orders/{order_id}' } }]),
      executor: createHttpToolExecutor({ fetch: fetchStub, env: {} }),
      guards: {},
      log: createMemoryActionLog(),
      clock: () => 0,
      newId: () => 'id',
    });
    const outcome = await gateway.attempt({ tool: 'cancel_order', arguments: { order_id: '1', reason: 'x' } });
    expect(outcome.reason).toBe("tool 'cancel_order': result field 'status' is required");
  });
});
