import { describe, expect, it } from 'vitest';
import { readCustomerTurn, simulatedCustomerMessages, type PersonaCard } from './simulated-customer-prompt.js';

const persona: PersonaCard = {
  name: 'late-order',
  goal: 'find out where order #W1001 is',
  mood: 'impatient',
  cohort: 'self-serve',
  facts: { order: '#W1001', ordered: '2 weeks ago' },
  customer: { customerId: 'C-7', plan: 'starter' },
};

describe('simulatedCustomerMessages', () => {
  it('plays the card: goal, mood, cohort and facts, but not the verified attributes', () => {
    const [system, opening] = simulatedCustomerMessages(persona, []);
    expect(system!.role).toBe('system');
    expect(system!.content).toContain(persona.goal);
    expect(system!.content).toContain('impatient');
    expect(system!.content).toContain('self-serve');
    expect(system!.content).toContain('"#W1001"');
    expect(system!.content).not.toContain('C-7');
    expect(opening).toEqual({ role: 'user', content: 'Write your first message to support.' });
  });

  it("replays the conversation from the customer's side: its own messages as assistant turns, support's as user turns", () => {
    const messages = simulatedCustomerMessages(persona, [
      { customer: 'Where is my order?', bot: 'It ships tomorrow.', handoff: null },
      { customer: 'I want a person.', bot: 'Connecting you.', handoff: { mode: 'transferred', reason: 'customer_request' } },
    ]);
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user', 'assistant', 'user']);
    expect(messages[2]!.content).toBe('Where is my order?');
    expect(messages[3]!.content).toContain('It ships tomorrow.');
    expect(messages[5]!.content).toContain('transferred to a person');
  });
});

describe('readCustomerTurn', () => {
  it.each([
    ['DONE', { kind: 'done' }],
    ['  DONE.  ', { kind: 'done' }],
    ['Thanks, that sorts it. DONE', { kind: 'done' }],
    ["I'm done waiting, where is it?", { kind: 'message', text: "I'm done waiting, where is it?" }],
    ['Customer: Where is my order?', { kind: 'message', text: 'Where is my order?' }],
    ['"Where is my order?"', { kind: 'message', text: 'Where is my order?' }],
    ['  ', { kind: 'empty' }],
  ])('reads %j', (text, turn) => {
    expect(readCustomerTurn(text)).toEqual(turn);
  });
});
