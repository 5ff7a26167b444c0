/** GET /v1/conversations: the console's searchable, filterable conversation list, newest first, a page at a time. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ConversationCursor, ConversationStore, HandoffStore } from '@switchboard/spec';
import type { Validate } from '../request-validation.js';
import { isoTimeQuery } from './iso-time-query.js';

export interface ConversationListDependencies {
  readonly conversations: ConversationStore;
  readonly handoffs: HandoffStore;
  readonly validate: Validate;
}

/** The cursor is opaque to clients: the last conversation of a page, as base64url JSON. */
export function encodeCursor(cursor: ConversationCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): ConversationCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => typeof part === 'string')) return null;
    return { createdAt: value[0] as string, id: value[1] as string };
  } catch {
    return null;
  }
}

const label = z.string().trim().min(1).max(200);

export const conversationListQuery = z.strictObject({
  /** Text any message of the conversation contains, ignoring case. */
  q: z.string().trim().min(1, 'must not be empty').max(200, 'is longer than 200 characters').optional(),
  status: z.enum(['bot', 'handoff']).optional(),
  /** true: ever handed to a person; false: never. */
  handoff: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  intent: label.optional(),
  persona: label.optional(),
  /** What became of the conversation's latest customer message. */
  outcome: z.enum(['answered', 'declined', 'handoff', 'refused', 'held']).optional(),
  /** Created at or after this time. */
  from: isoTimeQuery.optional(),
  /** Created before this time. */
  to: isoTimeQuery.optional(),
  limit: z
    .string()
    .regex(/^\d+$/, 'must be a whole number from 1 to 200')
    .transform(Number)
    .pipe(z.number().min(1, 'must be from 1 to 200').max(200, 'must be from 1 to 200'))
    .optional(),
  /** The `next` of the page before. */
  before: z
    .string()
    .max(1000)
    .transform((value, context) => {
      const cursor = decodeCursor(value);
      if (!cursor) context.addIssue({ code: 'custom', message: "is not a cursor this server gave out: pass the previous page's next" });
      return cursor ?? z.NEVER;
    })
    .optional(),
});

const defaultLimit = 50;

export function registerConversationListRoutes(app: FastifyInstance, deps: ConversationListDependencies): void {
  app.get('/v1/conversations', async (request) => {
    const query = deps.validate(conversationListQuery, request.query ?? {}, 'query');
    const { q: text, handoff: handedOff, limit = defaultLimit, ...filters } = query;
    const page = await deps.conversations.listConversations({ ...filters, text, handedOff, limit });
    const conversations = await Promise.all(
      page.conversations.map(async ({ handedOff: wasHandedOff, ...summary }) => {
        // The handoff store owns a handoff's state; only conversations ever handed over have one to read.
        const latest = wasHandedOff ? (await deps.handoffs.list({ conversationId: summary.id })).at(-1) : undefined;
        const handoff = latest ? { id: latest.id, reason: latest.reason, status: latest.status, claimedBy: latest.claimedBy } : null;
        return { ...summary, handoff };
      }),
    );
    return { conversations, next: page.next ? encodeCursor(page.next) : null };
  });
}
