import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from './human-request.js';
import { createOutputGuard, defaultProhibitedPhrases } from './output-guard.js';
import { createRateLimiter } from './rate-limiter.js';
import { countNotHelpful } from './repeated-failure.js';

describe('detectHumanRequest', () => {
  it('hands off on "agent", "human", "representative", "talk to a person" and equivalents', () => {
    for (const text of [
      'agent',
      'Human please',
      'representative',
      'talk to a person',
      'Can I speak with a real person?',
      'I want to talk to a human now',
      'connect me to an agent',
      'I need a live agent',
      'get me a representative!!',
    ])
      expect(detectHumanRequest(text), text).not.toBeNull();
  });

  it('does not fire on questions that only mention the words', () => {
    for (const text of ['What does the agent setting do?', 'How do I add a person to my team?', 'Is the human resources plan refundable?'])
      expect(detectHumanRequest(text), text).toBeNull();
  });

  it('reads the request words of a hurried message as meant, and only those', () => {
    for (const text of ['talk to a persn', 'I want to speak to a humna', 'conect me to an agnet', 'real peson please'])
      expect(detectHumanRequest(text), text).not.toBeNull();
    // Another form of a word is not a typo ("persona"), and a product question stays a question.
    for (const text of ['I want to change my persona', 'What does the agents page show?', 'How do I add a persn to my team?'])
      expect(detectHumanRequest(text), text).toBeNull();
  });

  it('accepts extra phrases from config', () => {
    expect(detectHumanRequest('put me through to billing', ['put me through'])).toBe('put me through');
  });
});

describe('countNotHelpful', () => {
  it('counts each customer turn that says the answer did not help', () => {
    expect(countNotHelpful(['how do I export?', "that didn't help", 'that did not help either'])).toBe(2);
    expect(countNotHelpful(['how do I export?', 'thanks, that helps'])).toBe(0);
  });
});

describe('createRateLimiter', () => {
  it('allows the limit per window per key, then refuses with the seconds until a slot frees', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, windowSeconds: 10, clock: () => now });
    expect(limiter.take('a').allowed).toBe(true);
    now = 4000;
    expect(limiter.take('a')).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(limiter.take('a')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 6 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 10_001;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });
});

describe('output guard', () => {
  const guard = createOutputGuard({ prohibitedPhrases: [...defaultProhibitedPhrases, 'per the runbook'] });
  const policy = 'Annual plans can be refunded within 30 days of purchase. Monthly plans are not refundable.';
  const check = (text: string, evidence: string[] = [policy]) =>
    guard({ text, evidence, allowedNames: ['Customer Support'], customerTexts: ['my email is me@example.com'] });

  it('passes a quoted policy and the configured queue', () => {
    const verdict = check('Annual plans can be refunded within 30 days of purchase. Our Customer Support team can help.');
    expect(verdict).toEqual({ allowed: true, violations: [] });
  });

  it('blocks refunds, credits, discounts, SLA and legal promises that no policy or tool result grants', () => {
    for (const text of [
      'We will refund your monthly plan in full.',
      "I've added a $50 credit to your account.",
      'You get a 20% discount on your next renewal.',
      'We guarantee 99.99% uptime under our SLA.',
      'We accept full liability for the outage.',
    ])
      expect(
        check(text).violations.map((v) => v.kind),
        text,
      ).toContain('unbacked_commitment');
  });

  it('allows a commitment a tool result grants', () => {
    expect(check('A refund of $20 was issued to your card.', ['refund_payment executed: refund of $20 issued to card']).allowed).toBe(true);
  });

  it('blocks invented teams, tools, ticket numbers and people', () => {
    const kinds = (text: string) => check(text).violations.map((v) => v.kind);
    expect(kinds('Our Billing Escalations team will call you.')).toEqual(['invented_name']);
    expect(kinds('Use the Acme Helper Portal to follow up.')).toEqual(['invented_name']);
    expect(kinds('Your ticket number is TK-48213.')).toEqual(['invented_reference']);
    expect(kinds('My colleague Sarah will take over.')).toEqual(['invented_name']);
    expect(check('Your ticket number is TK-48213.', ['create_ticket executed: ticket TK-48213']).allowed).toBe(true);
  });

  it('blocks prohibited phrases and other people’s personal data, but not the customer’s own', () => {
    expect(check('Sorry for any inconvenience. Annual plans can be refunded within 30 days of purchase.').violations).toEqual([
      { kind: 'prohibited_phrase', text: 'sorry for any inconvenience' },
    ]);
    expect(check('As noted per the runbook, try again.').allowed).toBe(false);
    expect(check('I have emailed jane.doe@other.com about it.').violations.map((v) => v.kind)).toContain('personal_data');
    expect(check('Call +1 415 555 0199 for help.').violations.map((v) => v.kind)).toContain('personal_data');
    expect(check('We will write to me@example.com.').allowed).toBe(true);
  });
});
