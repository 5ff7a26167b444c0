/** The zod schema of one golden-suite case as written in `evals/*.yaml`; messages say what a field must be. */
import { z } from 'zod';

/** Attributes a signed identity token carries (apps/server/src/identity), so a case decides nothing production would not. */
export const identityAttributes = ['customerId', 'plan', 'tier', 'locale', 'role', 'email'] as const;

const source = z
  .string({ error: 'must be a document path such as kb/billing/refunds.md, or a url' })
  .trim()
  .min(1, 'must be a document path such as kb/billing/refunds.md, or a url')
  .refine((path) => !path.startsWith('/'), 'must be relative to the workspace, e.g. kb/billing/refunds.md');

/** A regular expression, matched case-insensitively; one that does not compile is a read error naming its field. */
const pattern = z
  .string({ error: 'must be a regular expression such as "5[–-]10 business days"' })
  .min(1, 'must not be empty')
  .superRefine((text, context) => {
    try {
      new RegExp(text, 'iu');
    } catch (error) {
      context.addIssue({ code: 'custom', message: `is not a valid regular expression: ${(error as Error).message}` });
    }
  });

/** A mapping's messages: an unknown key lists the known ones (a typo such as `cite:` is caught), anything else `shape`. */
const mapping = (known: readonly string[], shape: string) => (issue: { code?: string }) =>
  issue.code === 'unrecognized_keys' ? `is not a known field (known: ${known.join(', ')})` : `must be a mapping ${shape}`;

const expectShape = {
  intent: z.string({ error: 'must be an intent label such as refund_request' }).trim().min(1, 'must not be empty').optional(),
  handoff: z
    .union([z.boolean(), z.string().trim().min(1)], {
      error: 'must be true, false or a handoff reason such as self_harm or customer_request',
    })
    .optional(),
  cites: z
    .array(source, { error: 'must be a list of document paths or urls, e.g. [kb/billing/refunds.md]' })
    .min(1, 'needs at least one path')
    .optional(),
  alsoOk: z.array(source, { error: 'must be a list of document paths or urls' }).optional(),
  says: z.array(pattern, { error: 'must be a list of regular expressions, e.g. ["within 14 days"]' }).optional(),
  neverSays: z.array(pattern, { error: 'must be a list of regular expressions, e.g. ["refund (is|has been) issued"]' }).optional(),
  actions: z
    .array(
      z.strictObject(
        {
          tool: z.string({ error: 'must be a tool name such as cancel_order' }).trim().min(1, 'must not be empty'),
          args: z.record(z.string(), z.unknown(), { error: 'must be a mapping of argument names to values' }).optional(),
          outcome: z
            .enum(['executed', 'blocked', 'failed', 'awaiting_approval'], {
              error: 'must be executed, blocked, failed or awaiting_approval',
            })
            .optional(),
        },
        { error: mapping(['tool', 'args', 'outcome'], 'such as {tool: cancel_order, args: {order_id: "#W123"}}') },
      ),
      { error: 'must be a list of tool calls, e.g. [{tool: cancel_order, args: {order_id: "#W123"}}]' },
    )
    .optional(),
  noUnloggedActionClaims: z.boolean({ error: 'must be true or false' }).optional(),
  language: z
    .string({ error: 'must be a two-letter language code such as en or de' })
    .trim()
    .regex(/^[a-z]{2}$/i, 'must be a two-letter language code such as en or de')
    .optional(),
  steps: z.boolean({ error: 'must be true or false' }).optional(),
};

export const suiteCaseSchema = z.strictObject(
  {
    id: z.string({ error: 'must be a short name such as refund-window' }).trim().min(1, 'must not be empty'),
    turns: z
      .array(z.string({ error: 'must be the text of a customer message' }).trim().min(1, 'must not be empty'), {
        error: 'must be a list of customer messages: ["How do I …?"]',
      })
      .min(1, 'needs at least one customer message'),
    customer: z
      .strictObject(
        Object.fromEntries(
          identityAttributes.map((name) => [
            name,
            z.union([z.string(), z.number(), z.boolean()], { error: 'must be a single value' }).optional(),
          ]),
        ),
        { error: mapping(identityAttributes, 'of verified attributes such as {customerId: c-42, plan: enterprise}') },
      )
      .optional(),
    expect: z.strictObject(expectShape, {
      error: mapping(Object.keys(expectShape), 'of expectations such as {cites: [kb/billing/refunds.md]}'),
    }),
    reference: z.string({ error: 'must be the reply a support lead would send' }).trim().min(1, 'must not be empty').optional(),
    tags: z.array(z.string(), { error: 'must be a list of words' }).optional(),
    source: z
      .strictObject(
        {
          ticketIds: z.array(z.coerce.string(), { error: 'must be a list of ticket ids' }).min(1, 'needs at least one ticket id'),
          count: z.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be at least 1'),
        },
        { error: mapping(['ticketIds', 'count'], 'such as {ticketIds: ["4711"], count: 1}') },
      )
      .optional(),
  },
  { error: mapping(['id', 'turns', 'customer', 'expect', 'reference', 'tags', 'source'], 'with id, turns and expect') },
);
