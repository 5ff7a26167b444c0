/** In-process implementations of the built-in tools: look up a customer, create a ticket, hand off to a human. */
import { SwitchboardError } from '@switchboard/spec';
import type { ToolExecutor } from './tool-definition.js';

export interface BuiltinToolServerOptions {
  /** Finds a customer id by email; absent when the workspace has no customer directory. */
  readonly findCustomerByEmail?: (email: string) => string | undefined;
  readonly newId: (prefix?: string) => string;
}

export function createBuiltinToolServer(
  options: BuiltinToolServerOptions,
): ToolExecutor & { tickets(): readonly Record<string, unknown>[] } {
  const tickets: Record<string, unknown>[] = [];
  const byKey = new Map<string, unknown>();
  return {
    tickets: () => tickets,
    async execute(_definition, call, context) {
      switch (call.tool) {
        case 'lookup_customer': {
          const id = options.findCustomerByEmail?.(String(call.arguments['email']));
          if (!id) throw new SwitchboardError('NOT_FOUND', 'no customer has that email address');
          return id;
        }
        case 'create_ticket': {
          if (context.idempotencyKey && byKey.has(context.idempotencyKey)) return byKey.get(context.idempotencyKey);
          const ticket = { ticketId: options.newId('tkt'), ...call.arguments };
          tickets.push(ticket);
          if (context.idempotencyKey) byKey.set(context.idempotencyKey, { ticketId: ticket.ticketId });
          return { ticketId: ticket.ticketId };
        }
        case 'handoff_to_human':
          return 'handed off';
        default:
          throw new SwitchboardError('NOT_FOUND', `no built-in tool '${call.tool}'`);
      }
    },
  };
}
