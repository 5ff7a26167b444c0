/**
 * One simulated conversation: a chat model plays a persona card against the bot, one customer message per turn, until
 * it says DONE, the bot transfers to a person, or the turn limit. The customer model only writes customer messages;
 * who the customer is (the verified attributes) comes from the card, never from what the model writes.
 */
import { readCustomerTurn, simulatedCustomerMessages, type PersonaCard, type SimulatedExchange } from '@switchboard/core/evaluation';
import type { ChatModel } from '@switchboard/spec';
import type { SimulatedConversation } from '../suite/suite-types.js';

/** What the loop needs of a bot reply; the app passes whole `PlayedReply`s, which it stores. */
export interface BotTurn {
  readonly text: string;
  readonly handoff: { readonly mode: 'offered' | 'transferred'; readonly reason: string } | null;
}

/** Sends a customer message (`turn` is 1-based) and resolves with the reply, or null when the bot stays silent. */
export type SimulationBot<Reply extends BotTurn> = (text: string, turn: number) => Promise<Reply | null>;

export interface SimulateConversationOptions<Reply extends BotTurn> {
  readonly customerModel: ChatModel;
  readonly bot: SimulationBot<Reply>;
  readonly persona: PersonaCard;
  /** Customer messages at most. */
  readonly maxTurns: number;
  readonly signal?: AbortSignal;
}

export interface SimulationTranscript<Reply extends BotTurn> {
  readonly persona: PersonaCard;
  /** The customer's messages in order, as sent to the bot. */
  readonly turns: readonly string[];
  /** The bot's replies in order (a silent turn has none). */
  readonly replies: readonly Reply[];
  /** Each message with what the bot did, as both the customer model and the judge read it. */
  readonly exchanges: readonly SimulatedExchange[];
  readonly endedBy: SimulatedConversation['endedBy'];
  readonly customerFailure?: string;
}

/** Some variety between conversations of one card; the judge, by contrast, asks at 0. */
const customerTemperature = 0.7;
/** A chat message, not an essay. */
const customerOutputTokens = 300;

export async function simulateConversation<Reply extends BotTurn>(
  options: SimulateConversationOptions<Reply>,
): Promise<SimulationTranscript<Reply>> {
  const { persona, customerModel } = options;
  const turns: string[] = [];
  const replies: Reply[] = [];
  const exchanges: SimulatedExchange[] = [];
  const transcript = (endedBy: SimulatedConversation['endedBy'], customerFailure?: string): SimulationTranscript<Reply> => ({
    persona,
    turns,
    replies,
    exchanges,
    endedBy,
    ...(customerFailure ? { customerFailure } : {}),
  });
  for (let turn = 1; turn <= options.maxTurns; turn++) {
    let written: string;
    try {
      const request = { messages: simulatedCustomerMessages(persona, exchanges), temperature: customerTemperature };
      written = (await customerModel.generate({ ...request, maxOutputTokens: customerOutputTokens, signal: options.signal })).text;
    } catch (error) {
      return transcript('customer-failed', `the customer model failed: ${(error as Error).message}`);
    }
    const read = readCustomerTurn(written);
    if (read.kind === 'done') return transcript('done');
    if (read.kind === 'empty') return transcript('customer-failed', 'the customer model replied with nothing');
    turns.push(read.text);
    const reply = await options.bot(read.text, turn);
    exchanges.push({ customer: read.text, bot: reply?.text ?? null, handoff: reply?.handoff ?? null });
    if (reply) replies.push(reply);
    // After a transfer a person owns the conversation and the bot stays silent: nothing left to test.
    if (reply === null || reply.handoff?.mode === 'transferred') return transcript('transferred');
  }
  return transcript('max-turns');
}
