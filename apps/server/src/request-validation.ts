/** Validates one part of a request (body, query string, path) with zod; the message names the part and the field. */
import { SwitchboardError } from '@switchboard/spec';
import type { ZodType } from 'zod';

/** The part of a request a value came from. */
export type RequestPart = 'body' | 'query' | 'path';

/** Returns the parsed value or throws VALIDATION_FAILED naming each bad field of that part. */
export type Validate = <T>(schema: ZodType<T>, value: unknown, part?: RequestPart) => T;

const unknownLabel: Record<RequestPart, string> = {
  body: 'unknown field',
  query: 'unknown query parameter',
  path: 'unknown path parameter',
};
const fieldPrefix: Record<RequestPart, string> = { body: '', query: 'query parameter ', path: 'path parameter ' };

export const validate: Validate = (schema, value, part = 'body') => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `${unknownLabel[part]} ${issue.keys.map((key) => `'${key}'`).join(', ')}`;
    const field = issue.path.join('.');
    return field ? `${fieldPrefix[part]}${field}: ${issue.message}` : `${part}: ${issue.message}`;
  });
  const what = { body: 'request body', query: 'query string', path: 'request path' }[part];
  throw new SwitchboardError('VALIDATION_FAILED', `invalid ${what}: ${problems.join('; ')}`, { details: { part, problems } });
};
