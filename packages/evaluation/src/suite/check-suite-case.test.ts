import { describe, expect, it } from 'vitest';
import { checkSuiteCase } from './check-suite-case.js';
import { handoffReply, played, reply, suiteCase } from './__fixtures__/played-fixtures.js';
import type { CaseExpectation, PlayedCase } from './suite-types.js';

const check = (expectation: CaseExpectation, playedCase: PlayedCase, reference?: string) =>
  checkSuiteCase(suiteCase(expectation, reference === undefined ? {} : { reference }), playedCase);

describe('checkSuiteCase', () => {
  it('passes a case with no expectation and one whose every expectation is met', () => {
    expect(check({}, played([]))).toEqual([]);
    expect(
      check(
        {
          intent: 'refund_request',
          handoff: false,
          cites: ['kb/billing/refunds.md'],
          says: ['30 DAYS', 'full refund'],
          neverSays: ['account credit'],
          noUnloggedActionClaims: true,
          language: 'en',
        },
        played([reply()]),
      ),
    ).toEqual([]);
  });

  it('intent: names the expected and the chosen intent with its confidence, or that no model chose one', () => {
    const wrong = played([reply({ intent: { label: 'billing_question', confidence: 0.41 } })]);
    expect(check({ intent: 'refund_request' }, wrong)).toEqual(['intent refund_request expected; got billing_question (0.41)']);
    expect(check({ intent: 'refund_request' }, played([reply({ intent: null })]))).toEqual([
      'intent refund_request expected; no intent model chose one',
    ]);
    // The last turn's intent decides, as the case's question is its last turn.
    const later = played([reply({ intent: { label: 'greeting', confidence: 0.9 } }), reply({ turn: 2 })]);
    expect(check({ intent: 'refund_request' }, later)).toEqual([]);
  });

  it('handoff: true wants any handoff, false none, a reason that reason at some turn', () => {
    const safety = played([handoffReply('self_harm')]);
    const offered = played([reply(), handoffReply('low_confidence', 'offered', 2)]);
    expect(check({ handoff: true }, safety)).toEqual([]);
    expect(check({ handoff: true }, offered)).toEqual([]);
    expect(check({ handoff: true }, played([reply()]))).toEqual(['handoff expected; none']);
    expect(check({ handoff: false }, played([reply()]))).toEqual([]);
    expect(check({ handoff: false }, offered)).toEqual(['no handoff expected; got low_confidence at turn 2 (offered)']);
    expect(check({ handoff: 'self_harm' }, safety)).toEqual([]);
    expect(check({ handoff: 'self_harm' }, played([reply()]))).toEqual(['handoff expected (self_harm); none']);
    expect(check({ handoff: 'self_harm' }, played([handoffReply('customer_request')]))).toEqual([
      'handoff expected (self_harm); got customer_request at turn 1 (transferred)',
    ]);
  });

  it('cites: one of the paths or urls in the last reply, and with alsoOk nothing outside both lists', () => {
    const plans = reply({ citations: [{ path: 'kb/plans/plans.md', url: 'https://help.acme.test/plans', chunkId: 'c2' }] });
    expect(check({ cites: ['kb/billing/refunds.md'] }, played([plans]))).toEqual(['cites kb/billing/refunds.md; cited kb/plans/plans.md']);
    expect(check({ cites: ['./kb/plans/plans.md'] }, played([plans]))).toEqual([]);
    expect(check({ cites: ['https://help.acme.test/plans'] }, played([plans]))).toEqual([]);
    expect(check({ cites: ['kb/a.md', 'kb/b.md'] }, played([handoffReply('low_confidence', 'offered')]))).toEqual([
      'cites kb/a.md or kb/b.md; cited nothing',
    ]);
    const both = reply({
      citations: [
        { path: 'kb/billing/refunds.md', url: null, chunkId: 'c1' },
        { path: 'kb/plans/plans.md', url: null, chunkId: 'c2' },
      ],
    });
    expect(check({ cites: ['kb/billing/refunds.md'] }, played([both]))).toEqual([]);
    expect(check({ cites: ['kb/billing/refunds.md'], alsoOk: ['kb/plans/plans.md'] }, played([both]))).toEqual([]);
    expect(check({ cites: ['kb/billing/refunds.md'], alsoOk: ['kb/billing/invoices.md'] }, played([both]))).toEqual([
      'cited kb/plans/plans.md, which is in neither expect.cites nor expect.alsoOk',
    ]);
  });

  it('steps: every numbered step of the reference in the last reply, in order', () => {
    const reference = 'To export:\n1. Open Settings > Data export.\n2. Choose CSV or JSON.\n3. Click Start export.';
    const complete = reply({ text: '1. Open Settings > Data export. [1]\n2. Choose CSV or JSON.\n3. Click Start export.' });
    const partial = reply({ text: 'Open Settings > Data export, then click Start export. [1]' });
    expect(check({ steps: true }, played([complete]), reference)).toEqual([]);
    expect(check({ steps: true }, played([partial]), reference)).toEqual(['steps missing or out of order (1 of 3): "Choose CSV or JSON."']);
  });

  it('says and neverSays: case-insensitive patterns over every reply', () => {
    const replies = played([reply({ text: 'Refunds take 5–10 business days.' }), reply({ turn: 2, text: 'I have issued your refund.' })]);
    expect(check({ says: ['5[–-]10 business days', 'ISSUED'] }, replies)).toEqual([]);
    expect(check({ says: ['14 days', 'business days'] }, replies)).toEqual(['says /14 days/ not found']);
    expect(check({ neverSays: ['refund (is|has been) issued'] }, replies)).toEqual([]);
    expect(check({ neverSays: ['issued your refund', 'credit'] }, replies)).toEqual([
      'never says /issued your refund/; turn 2 says "issued your refund"',
    ]);
  });

  it('actions: the tool with the arguments as a subset and the outcome, executed unless said otherwise', () => {
    const calls = played(
      [reply()],
      [
        { tool: 'lookup_order', args: { order_id: '#W1', email: 'a@b.test' }, outcome: 'executed' },
        { tool: 'cancel_order', args: { order_id: '#W1', reason: 'no longer needed' }, outcome: 'blocked' },
      ],
    );
    expect(check({ actions: [{ tool: 'lookup_order', args: { order_id: '#W1' } }] }, calls)).toEqual([]);
    expect(check({ actions: [{ tool: 'cancel_order', outcome: 'blocked' }] }, calls)).toEqual([]);
    expect(check({ actions: [{ tool: 'cancel_order', args: { order_id: '#W1' } }] }, calls)).toEqual([
      'action cancel_order {"order_id":"#W1"} expected (executed); got cancel_order {"order_id":"#W1","reason":"no longer needed"} (blocked)',
    ]);
    expect(check({ actions: [{ tool: 'lookup_order', args: { order_id: '#W2' } }] }, calls)).toEqual([
      'action lookup_order {"order_id":"#W2"} expected (executed); got lookup_order {"order_id":"#W1","email":"a@b.test"} (executed)',
    ]);
    expect(check({ actions: [{ tool: 'refund_order' }] }, calls)).toEqual([
      'action refund_order expected (executed); got no refund_order call',
    ]);
  });

  it('noUnloggedActionClaims: names each claim the guard found unbacked by the action log', () => {
    const claimed = played([reply(), reply({ turn: 2, unloggedActionClaims: ['I have cancelled your order'] })]);
    expect(check({ noUnloggedActionClaims: true }, claimed)).toEqual([
      'claims an action the log does not show: "I have cancelled your order" (turn 2)',
    ]);
    expect(check({ noUnloggedActionClaims: false }, claimed)).toEqual([]);
  });

  it('language: every reply in the language, a region ignored', () => {
    expect(check({ language: 'de' }, played([reply({ language: 'de' }), reply({ turn: 2, language: 'de-AT' })]))).toEqual([]);
    expect(check({ language: 'de' }, played([reply({ language: 'en' }), reply({ turn: 2, language: null })]))).toEqual([
      'language de expected; turn 1 in en',
      'language de expected; turn 2 in no language detected',
    ]);
  });

  it('lists every unmet expectation of a case, one line each', () => {
    expect(check({ intent: 'refund_request', handoff: 'self_harm', says: ['sorry'] }, played([reply({ intent: null })]))).toHaveLength(3);
  });
});
