/** The JSON body parser: parse errors and prototype-poisoning keys become VALIDATION_FAILED naming the body. */
import { SwitchboardError } from '@switchboard/spec';

/**
 * Parses a JSON request body. An empty body counts as no body. A `__proto__` key anywhere, or a `constructor` key
 * holding a `prototype`, is refused as a forbidden key (Fastify's parser refuses them too, but as "not valid JSON").
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new SwitchboardError('VALIDATION_FAILED', 'request body is not valid JSON', { cause });
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden !== null) {
    throw new SwitchboardError('VALIDATION_FAILED', `request body has a forbidden key '${forbidden}'; remove it`, {
      details: { part: 'body', field: forbidden },
    });
  }
  return value;
}

/** The dotted path of the first forbidden key, or null. Iterative: a deeply nested body cannot overflow the stack. */
function findForbiddenKey(root: unknown): string | null {
  const pending: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    for (const key of Object.keys(next.value)) {
      const path = next.path ? `${next.path}.${key}` : key;
      const child = (next.value as Record<string, unknown>)[key];
      if (key === '__proto__') return path;
      if (key === 'constructor' && typeof child === 'object' && child !== null && Object.hasOwn(child, 'prototype'))
        return `${path}.prototype`;
      pending.push({ value: child, path });
    }
  }
  return null;
}
