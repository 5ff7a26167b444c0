/** A stable key for a call: canonical JSON of tool and arguments, so "the same action" means the same details. */
import type { ToolCall } from './tool-definition.js';
import { fnvDigest } from '../text/fnv-digest.js';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

export function callKey(call: ToolCall): string {
  return JSON.stringify([call.tool, canonical(call.arguments)]);
}

/** The idempotency key of a write in a conversation. */
export function idempotencyKey(conversationId: string, call: ToolCall): string {
  const text = `${conversationId}\u0000${callKey(call)}`;
  return fnvDigest(text);
}
