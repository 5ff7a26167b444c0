/** Request body schemas of the conversation API. */
import { z } from 'zod';

const customer = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const createConversationBody = z
  .strictObject({
    /** Display data for agents; decides nothing. */
    customer: customer.optional(),
    /** The device the widget runs on, stored for per-device assignment. */
    deviceId: z.string().trim().min(1).max(128).optional(),
    /** A JWT the company's backend signed (docs/security.md). */
    identityToken: z.string().min(1).max(8192).optional(),
  })
  .optional();

export const postMessageBody = z.strictObject({
  text: z.string().trim().min(1, 'text must not be empty').max(4000, 'text is longer than 4000 characters'),
  customer: customer.optional(),
});
