import { describe, expect, it } from 'vitest';
import type { PersonaCard } from '@switchboard/core/evaluation';
import type { ChatRequest } from '@switchboard/spec';
import { scriptedChatModel } from '@switchboard/testkit';
import { judgeTranscript } from './judge-transcript.js';
import { simulateConversation, type BotTurn } from './simulate-conversation.js';
import { transcriptToCase } from './transcript-to-case.js';

const persona: PersonaCard = {
  name: 'late-order',
  goal: 'find out where order #W1001 is',
  mood: 'impatient',
  cohort: 'self-serve',
  facts: { order: '#W1001' },
  customer: { customerId: 'C-7', plan: 'starter' },
};

/** The customer model's reply by how many messages it has written so far (its own are the assistant turns). */
const customerSays = (lines: readonly string[]) => (request: ChatRequest) =>
  lines[request.messages.filter((message) => message.role === 'assistant').length] ?? 'DONE';

const answering = (text: string): BotTurn => ({ text, handoff: null });

describe('simulateConversation', () => {
  it('plays the card one message per turn until the customer says DONE, showing it each reply', async () => {
    const customer = scriptedChatModel(customerSays(['Where is my order?', 'It is #W1001.', 'Great, thanks! DONE']));
    const heard: string[] = [];
    const transcript = await simulateConversation({
      customerModel: customer,
      persona,
      maxTurns: 6,
      bot: async (text, turn) => {
        heard.push(`${turn}:${text}`);
        return answering(turn === 1 ? 'Which order number?' : 'It ships tomorrow.');
      },
    });
    expect(heard).toEqual(['1:Where is my order?', '2:It is #W1001.']);
    expect(transcript).toMatchObject({ endedBy: 'done', turns: ['Where is my order?', 'It is #W1001.'] });
    expect(transcript.replies.map((reply) => reply.text)).toEqual(['Which order number?', 'It ships tomorrow.']);
    expect(customer.requests[1]!.messages.at(-1)!.content).toContain('Which order number?');
  });

  it('stops at the turn limit', async () => {
    const transcript = await simulateConversation({
      customerModel: scriptedChatModel('Still waiting, where is it?'),
      persona,
      maxTurns: 3,
      bot: async () => answering('Let me check.'),
    });
    expect(transcript.endedBy).toBe('max-turns');
    expect(transcript.turns).toHaveLength(3);
  });

  it('stops when the bot transfers to a person, without asking the customer for another message', async () => {
    const customer = scriptedChatModel('I want a human.');
    const transcript = await simulateConversation({
      customerModel: customer,
      persona,
      maxTurns: 5,
      bot: async () => ({ text: 'Connecting you.', handoff: { mode: 'transferred', reason: 'customer_request' } }),
    });
    expect(transcript.endedBy).toBe('transferred');
    expect(customer.requests).toHaveLength(1);
  });

  it('keeps talking after a handoff is only offered', async () => {
    const transcript = await simulateConversation({
      customerModel: scriptedChatModel(customerSays(['Is my card safe?', 'No thanks, DONE'])),
      persona,
      maxTurns: 5,
      bot: async () => ({ text: 'Shall I bring in a person?', handoff: { mode: 'offered', reason: 'low_confidence' } }),
    });
    expect(transcript).toMatchObject({ endedBy: 'done', turns: ['Is my card safe?'] });
  });

  it('ends as a customer failure when the customer model fails or writes nothing', async () => {
    const failing = await simulateConversation({
      customerModel: scriptedChatModel(new Error('connection refused')),
      persona,
      maxTurns: 3,
      bot: async () => answering('unused'),
    });
    expect(failing).toMatchObject({
      endedBy: 'customer-failed',
      customerFailure: 'the customer model failed: connection refused',
      turns: [],
    });
    const silent = await simulateConversation({
      customerModel: scriptedChatModel('  '),
      persona,
      maxTurns: 3,
      bot: async () => answering('x'),
    });
    expect(silent).toMatchObject({ endedBy: 'customer-failed', customerFailure: 'the customer model replied with nothing' });
  });
});

const verdict = (needed: boolean, completed = true) =>
  JSON.stringify({
    goal: { completed, reason: 'Told where the order is.' },
    policy: { complied: true, reason: 'Nothing promised.' },
    handoff: { needed, reason: needed ? 'Asked for a person.' : 'A documented question.' },
  });

describe('judgeTranscript', () => {
  const exchanges = [{ customer: 'Where is my order?', bot: 'It ships tomorrow.', handoff: null }];

  it('reads whether the bot handed off from its replies and calls the handoff wrong when the judge says one was needed', async () => {
    const findings = await judgeTranscript(scriptedChatModel(verdict(true)), { persona, exchanges }, 'Promise nothing.');
    expect(findings).toEqual({
      ok: true,
      goalCompleted: true,
      policyComplied: true,
      handoffNeeded: true,
      handedOff: false,
      handoffRight: false,
      reasons: { goal: 'Told where the order is.', policy: 'Nothing promised.', handoff: 'Asked for a person.' },
    });
  });

  it('records a malformed verdict as a judge failure', async () => {
    const findings = await judgeTranscript(scriptedChatModel('{"goal": "yes"}'), { persona, exchanges }, 'Promise nothing.');
    expect(findings.ok).toBe(false);
  });
});

describe('transcriptToCase', () => {
  const transferred = {
    persona,
    turns: ['I want a person.'],
    replies: [{ text: 'Connecting you.', handoff: { mode: 'transferred' as const, reason: 'customer_request' } }],
  };
  const answered = { persona, turns: ['Where is my order?'], replies: [answering('It ships tomorrow.')] };
  const findings = (handoffRight: boolean, handedOff: boolean, goalCompleted = true) =>
    ({
      ok: true,
      goalCompleted,
      policyComplied: true,
      handoffNeeded: handoffRight === handedOff,
      handedOff,
      handoffRight,
      reasons: { goal: 'g', policy: 'p', handoff: 'h' },
    }) as const;

  it("expects a handoff where the bot transferred and the judge found that right, with the card's verified customer", () => {
    expect(transcriptToCase('late-order-1', transferred, findings(true, true))).toEqual({
      id: 'late-order-1',
      turns: ['I want a person.'],
      customer: { customerId: 'C-7', plan: 'starter' },
      expect: { noUnloggedActionClaims: true, handoff: true },
      tags: ['simulated', 'persona:late-order'],
    });
  });

  it('expects no handoff where the bot answered, reached the goal and the judge found no handoff needed', () => {
    expect(transcriptToCase('late-order-2', answered, findings(true, false))?.expect).toEqual({
      noUnloggedActionClaims: true,
      handoff: false,
    });
  });

  it('writes no handoff expectation where the judge disagrees with the bot, and tags the case for review', () => {
    const saved = transcriptToCase('late-order-3', answered, findings(false, false, false));
    expect(saved?.expect).toEqual({ noUnloggedActionClaims: true });
    expect(saved?.tags).toEqual(['simulated', 'persona:late-order', 'review-handoff', 'review-goal']);
    expect(transcriptToCase('late-order-4', answered, { ok: false, failure: 'malformed' })?.tags).toContain('review-judge-failed');
  });

  it('saves nothing for a conversation without a customer message', () => {
    expect(transcriptToCase('late-order-5', { persona, turns: [], replies: [] }, { ok: false, failure: 'x' })).toBeNull();
  });
});
