import { describe, expect, it } from 'vitest';
import { checkJsonSchema, type JsonSchema } from '../workflow/json-schema.js';
import type { ToolCall, ToolDefinition, ToolExecutor } from '../workflow/tool-definition.js';
import { dryRunExecutor, schemaStub } from './dry-run-executor.js';

const tool = (name: string, writes: boolean, result: JsonSchema): ToolDefinition => ({
  name,
  description: name,
  arguments: { type: 'object' },
  result,
  writes,
  idempotent: !writes,
  timeoutMs: 1000,
  retries: 0,
});

describe('dryRunExecutor', () => {
  it('never passes a write to the executor it wraps, and runs reads', async () => {
    const calls: ToolCall[] = [];
    const inner: ToolExecutor = {
      async execute(_definition, call) {
        calls.push(call);
        return { order_id: '#A1', total: 40 };
      },
    };
    const executor = dryRunExecutor(inner);
    const signal = new AbortController().signal;
    const read = await executor.execute(tool('get_order', false, { type: 'object' }), { tool: 'get_order', arguments: {} }, { signal });
    const refundResult: JsonSchema = { type: 'object', required: ['refunded'], properties: { refunded: { type: 'number' } } };
    const write = await executor.execute(
      tool('refund_order', true, refundResult),
      { tool: 'refund_order', arguments: { amount: 40 } },
      { signal },
    );
    expect(read).toEqual({ order_id: '#A1', total: 40 });
    expect(write).toEqual({ refunded: 0 });
    expect(calls.map((call) => call.tool)).toEqual(['get_order']);
  });
});

describe('schemaStub', () => {
  it('makes a value each declared result schema accepts', () => {
    const schemas: JsonSchema[] = [
      {
        type: 'object',
        required: ['id', 'status', 'items', 'ok'],
        properties: {
          id: { type: 'string', minLength: 10 },
          status: { enum: ['pending', 'done'] },
          items: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1 } },
          ok: { type: 'boolean' },
        },
      },
      { type: ['string', 'null'] },
      { anyOf: [{ type: 'number' }, { type: 'string' }] },
      {},
    ];
    for (const schema of schemas) expect(checkJsonSchema(schema, schemaStub(schema))).toEqual([]);
  });
});
