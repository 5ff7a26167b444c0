import { describe, expect, it } from 'vitest';
import { caseConsistency, compareProbe, summarizeConsistency, type ProbePlayed, type ProbeReply } from './probe-consistency.js';

const reply = (intent: string | null, handoff: string | null = null): ProbeReply => ({
  intent: intent ? { label: intent } : null,
  handoff: handoff ? { mode: handoff.split(':')[0]!, reason: handoff.split(':')[1]! } : null,
});
const played = (...replies: ProbeReply[]): ProbePlayed => ({ replies });

const cancel = played(reply('cancel_order'), reply('cancel_order'), reply('cancel_order'));

describe('compareProbe', () => {
  it('keeps a variant whose every turn has the same intent and handoff decision', () => {
    expect(compareProbe('lowercase', cancel, cancel)).toEqual({
      rule: 'lowercase',
      intentKept: true,
      handoffKept: true,
      kept: true,
      changes: [],
    });
  });

  it('names the turn where the intent changed', () => {
    const drifted = played(reply('return_items'), reply('cancel_order'), reply('cancel_order'));
    expect(compareProbe('typo-dropped-letter', cancel, drifted)).toMatchObject({
      intentKept: false,
      handoffKept: true,
      kept: false,
      changes: ['turn 1: intent cancel_order → return_items'],
    });
  });

  it('counts an answer turned into an offered handoff as a changed handoff decision', () => {
    const declined = played(reply(null, 'offered:low_confidence'));
    expect(compareProbe('uppercase', played(reply(null)), declined)).toMatchObject({
      intentKept: null,
      handoffKept: false,
      kept: false,
      changes: ['turn 1: handoff none → offered:low_confidence'],
    });
  });

  it('tells a transfer from an offer, and one reason from another', () => {
    const fraud = played(reply(null, 'transferred:fraud'));
    expect(compareProbe('greeting-es', fraud, played(reply(null, 'offered:fraud'))).handoffKept).toBe(false);
    expect(compareProbe('greeting-es', fraud, played(reply(null, 'transferred:financial_dispute'))).handoffKept).toBe(false);
    expect(compareProbe('greeting-es', fraud, played(reply(null, 'transferred:fraud'))).handoffKept).toBe(true);
  });

  it('judges a turn the original transferred to a person on the handoff alone, whatever intent label the variant drew', () => {
    const dispute = played(reply('cancel_order', 'transferred:financial_dispute'));
    expect(compareProbe('lowercase', dispute, played(reply('modify_order', 'transferred:financial_dispute')))).toMatchObject({
      intentKept: true,
      kept: true,
    });
    expect(compareProbe('lowercase', dispute, played(reply('modify_order', 'offered:low_confidence')))).toMatchObject({
      intentKept: true,
      handoffKept: false,
      kept: false,
    });
  });

  it('does not measure intent when neither conversation had one (no intent model), and judges the handoff alone', () => {
    const answered = played(reply(null), reply(null));
    expect(compareProbe('lowercase', answered, answered)).toMatchObject({ intentKept: null, kept: true });
  });

  it('treats a missing reply (held after a handoff, or one turn fewer) as a change', () => {
    const handedOff = played(reply(null, 'transferred:customer_request'));
    const answeredTwice = played(reply(null), reply(null));
    const compared = compareProbe('thanks-closing', handedOff, answeredTwice);
    expect(compared.kept).toBe(false);
    expect(compared.changes).toEqual(['turn 1: handoff transferred:customer_request → none', 'turn 2: handoff no reply → none']);
  });
});

describe('caseConsistency and summarizeConsistency', () => {
  const refund = played(reply('refund'));
  const first = caseConsistency('cancel', cancel, [
    { rule: 'lowercase', played: cancel },
    { rule: 'uppercase', played: cancel },
    { rule: 'typo-adjacent-key', played: played(reply('track_order'), reply('cancel_order'), reply('cancel_order')) },
    { rule: 'greeting-fr', played: played(reply('cancel_order'), reply('cancel_order'), reply('cancel_order', 'transferred:kill_switch')) },
  ]);
  const second = caseConsistency('refund', refund, [
    { rule: 'lowercase', played: refund },
    { rule: 'uppercase', played: played(reply('refund', 'offered:low_confidence')) },
  ]);
  const third = caseConsistency('steady', refund, [{ rule: 'lowercase', played: refund }]);

  it('rates a case by the share of its variants that kept intent and handoff', () => {
    expect(first.kept).toBe(2);
    expect(first.rate).toBe(0.5);
    expect(second.rate).toBe(0.5);
    expect(third.rate).toBe(1);
    expect(caseConsistency('none', refund, []).rate).toBeNull();
  });

  it('totals over variants, per rule, and for intent and handoff apart', () => {
    const summary = summarizeConsistency([first, second, third]);
    expect(summary).toMatchObject({ cases: 3, variants: 7, kept: 4, rate: 4 / 7 });
    // Intent changed in 1 of 7 variants; the handoff decision in 2 of 7.
    expect(summary.intentRate).toBe(6 / 7);
    expect(summary.handoffRate).toBe(5 / 7);
    expect(summary.byRule).toEqual({
      lowercase: { variants: 3, kept: 3, rate: 1 },
      uppercase: { variants: 2, kept: 1, rate: 0.5 },
      'typo-adjacent-key': { variants: 1, kept: 0, rate: 0 },
      'greeting-fr': { variants: 1, kept: 0, rate: 0 },
    });
    expect(summary.inconsistent).toEqual([
      { id: 'cancel', rate: 0.5, rules: ['typo-adjacent-key', 'greeting-fr'] },
      { id: 'refund', rate: 0.5, rules: ['uppercase'] },
    ]);
  });

  it('has no rate at all for a run without variants', () => {
    expect(summarizeConsistency([])).toMatchObject({ variants: 0, rate: null, intentRate: null, handoffRate: null, inconsistent: [] });
  });
});
