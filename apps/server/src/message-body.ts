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

export const feedbackBody = z
  .strictObject({
    /** The bot message the thumbs are for; the conversation as a whole when absent. */
    messageId: z.string().trim().min(1).max(128).optional(),
    thumbs: z.enum(['up', 'down']).optional(),
    csat: z
      .number()
      .int('csat must be a whole number from 1 to 5')
      .min(1, 'csat must be from 1 to 5')
      .max(5, 'csat must be from 1 to 5')
      .optional(),
    comment: z.string().trim().min(1, 'comment must not be empty').max(2000, 'comment is longer than 2000 characters').optional(),
  })
  .refine((body) => body.thumbs !== undefined || body.csat !== undefined || body.comment !== undefined, {
    message: 'give thumbs, csat or a comment',
  });

/** "Talk to a person": nothing to say but that; a body, when sent, must be empty. */
export const humanRequestBody = z.strictObject({}).optional();
