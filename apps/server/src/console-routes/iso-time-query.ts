/** An ISO 8601 date or time in a query string, turned into the UTC form stored times have, so the store compares it as text. */
import { z } from 'zod';

const message = 'must be an ISO 8601 date or time, e.g. 2026-03-01 or 2026-03-01T09:30:00Z';

export const isoTimeQuery = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/, message)
  .refine((value) => !Number.isNaN(Date.parse(value)), message)
  .transform((value) => new Date(value).toISOString());
