/**
 * The strict first step of reading a judge's reply: it must be exactly one JSON object (a Markdown code fence around
 * the whole reply is tolerated, since models add one unasked); prose before or after it is a failure, not a guess.
 */

export type JsonVerdictRead =
  { readonly ok: true; readonly value: Readonly<Record<string, unknown>> } | { readonly ok: false; readonly problem: string };

const wholeFence = /^```(?:json)?[ \t]*\n([\s\S]*?)\n?```$/i;

export function readJsonVerdict(text: string): JsonVerdictRead {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'the judge replied with nothing' };
  const body = (wholeFence.exec(trimmed)?.[1] ?? trimmed).trim();
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, problem: `the judge's reply is not one JSON object: ${excerpt(trimmed)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: `the judge's reply is JSON but not an object: ${excerpt(trimmed)}` };
  return { ok: true, value: value as Record<string, unknown> };
}

/** A reason as stored: one line, at most `limit` characters; longer ones are cut, since a reason explains and decides nothing. */
export function shortReason(text: string, limit = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= limit ? line : `${line.slice(0, limit - 1)}…`;
}

/** The start of a malformed reply, for the recorded failure. */
export function excerpt(text: string, limit = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(line.length <= limit ? line : `${line.slice(0, limit)}…`);
}
