/**
 * Pre-launch simulation, the customer's side: the prompt that makes a chat model play a persona card one message at a
 * time, and the reading of what it wrote (a message to send, or DONE when its goal is met or it gives up).
 */
import type { ChatMessage } from '@switchboard/spec';

/** A simulated customer, as the team writes it in the persona cards file. */
export interface PersonaCard {
  /** Unique within the file; names the conversations played from it. */
  readonly name: string;
  /** What the customer wants from this conversation, e.g. "get a refund for an annual plan bought 10 days ago". */
  readonly goal: string;
  /** How they feel and write, e.g. "frustrated, short sentences". */
  readonly mood: string;
  /** The segment they belong to, e.g. "self-serve" or "enterprise admin". */
  readonly cohort: string;
  /** What the customer knows and may tell the bot (order numbers, dates, what they already tried). */
  readonly facts: Readonly<Record<string, string | number | boolean>>;
  /** Verified attributes the conversation starts with, as an identity token would carry them; never written by a model. */
  readonly customer?: Readonly<Record<string, string | number | boolean>>;
}

/** One customer message and what the bot did with it. */
export interface SimulatedExchange {
  readonly customer: string;
  /** The bot's reply; null when it stayed silent (a person owns the conversation). */
  readonly bot: string | null;
  readonly handoff: { readonly mode: 'offered' | 'transferred'; readonly reason: string } | null;
}

/** What the customer model's reply means: a message for the bot, the end of the conversation, or nothing usable. */
export type CustomerTurn = { readonly kind: 'message'; readonly text: string } | { readonly kind: 'done' } | { readonly kind: 'empty' };

/** The word that ends a conversation; upper case so "I'm done waiting" stays a message. */
export const doneWord = 'DONE';

export function simulatedCustomerMessages(persona: PersonaCard, exchanges: readonly SimulatedExchange[]): ChatMessage[] {
  const system = [
    "You are role-playing a customer writing to a company's support chat, to test the support bot before launch.",
    `Your goal: ${persona.goal}`,
    `Your mood and way of writing: ${persona.mood}`,
    `Who you are: a ${persona.cohort} customer.`,
    `What you know and may share when it helps (JSON): ${JSON.stringify(persona.facts)}`,
    'Write one chat message per turn, as this customer would type it: no quotes, no "Customer:" label, no stage directions.',
    'Reveal facts only when the conversation needs them, and never invent facts beyond the ones above.',
    `When your goal is met, or you give up, reply with the single word ${doneWord} instead of a message.`,
  ].join('\n');
  const messages: ChatMessage[] = [
    { role: 'system', content: system },
    { role: 'user', content: 'Write your first message to support.' },
  ];
  for (const exchange of exchanges) {
    messages.push({ role: 'assistant', content: exchange.customer });
    messages.push({ role: 'user', content: `${supportSaid(exchange)}\n\nWrite your next message, or ${doneWord}.` });
  }
  return messages;
}

function supportSaid(exchange: SimulatedExchange): string {
  const reply = exchange.bot === null ? 'Support said nothing (a person has the conversation now).' : `Support replied:\n${exchange.bot}`;
  if (exchange.handoff?.mode === 'transferred') return `${reply}\n(You were transferred to a person.)`;
  if (exchange.handoff?.mode === 'offered') return `${reply}\n(Support offered to bring in a person.)`;
  return reply;
}

const speakerLabel = /^(?:customer|me|user)\s*:\s*/i;

/** Reads the customer model's reply. A message that ends with DONE ends the conversation; the words before it are not sent. */
export function readCustomerTurn(text: string): CustomerTurn {
  const trimmed = text.trim().replace(speakerLabel, '').trim();
  const unquoted = /^"([\s\S]*)"$/.exec(trimmed)?.[1]?.trim() ?? trimmed;
  if (unquoted === '') return { kind: 'empty' };
  if (new RegExp(`(?:^|\\s)${doneWord}[.!]?$`).test(unquoted)) return { kind: 'done' };
  return { kind: 'message', text: unquoted };
}
