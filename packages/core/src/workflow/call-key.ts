/** A stable key for a call: canonical JSON of tool and arguments, so "the same action" means the same details. */
import type { ToolCall } from './tool-definition.js';

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

/** FNV-1a, twice with different seeds: short, deterministic, dependency-free; collisions only cost a dedup miss. */
function fnv(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The idempotency key of a write in a conversation. */
export function idempotencyKey(conversationId: string, call: ToolCall): string {
  const text = `${conversationId}\u0000${callKey(call)}`;
  return `${fnv(text, 0x811c9dc5)}${fnv(text, 0x2f0b3c1d)}`;
}
