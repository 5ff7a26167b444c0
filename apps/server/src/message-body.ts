/** Request body schemas of the conversation API. */
import { z } from 'zod';

const customer = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const createConversationBody = z.strictObject({ customer: customer.optional() }).optional();

export const postMessageBody = z.strictObject({
  text: z.string().trim().min(1, 'text must not be empty').max(4000, 'text is longer than 4000 characters'),
  customer: customer.optional(),
});
