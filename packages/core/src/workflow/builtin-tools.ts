/** The tools every workspace has: look up a customer, create a ticket, hand off to a human. */
import type { ToolDefinition } from './tool-definition.js';

const base = { timeoutMs: 10_000, retries: 0, server: 'builtin' } as const;

export const builtinTools: readonly ToolDefinition[] = [
  {
    ...base,
    name: 'lookup_customer',
    description: 'Find the customer id for an email address.',
    arguments: {
      type: 'object',
      properties: { email: { type: 'string', minLength: 3 } },
      required: ['email'],
      additionalProperties: false,
    },
    result: { type: 'string' },
    writes: false,
    idempotent: true,
    retries: 1,
  },
  {
    ...base,
    name: 'create_ticket',
    description: 'Open a support ticket for a human team.',
    arguments: {
      type: 'object',
      properties: { subject: { type: 'string', minLength: 1 }, body: { type: 'string' }, queue: { type: 'string' } },
      required: ['subject'],
      additionalProperties: false,
    },
    result: { type: 'object', properties: { ticketId: { type: 'string' } }, required: ['ticketId'] },
    writes: true,
    idempotent: false,
  },
  {
    ...base,
    name: 'handoff_to_human',
    description: 'Transfer the conversation to a human agent with a summary.',
    arguments: { type: 'object', properties: { summary: { type: 'string' } }, required: ['summary'], additionalProperties: false },
    result: { type: 'string' },
    writes: false,
    idempotent: true,
    handoff: true,
  },
];
