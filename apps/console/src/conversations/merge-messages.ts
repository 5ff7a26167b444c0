/** Adds live messages to those already shown: each message once (the stream may repeat what a load returned), in time order. */
import type { Message } from '../api/types';

export function mergeMessages(shown: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  const known = new Set(shown.map((message) => message.id));
  const added = incoming.filter((message) => {
    if (known.has(message.id)) return false;
    known.add(message.id);
    return true;
  });
  if (added.length === 0) return shown;
  // A stable sort keeps the server's order for messages stored in the same millisecond.
  return [...shown, ...added].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
