import { describe, expect, it } from 'vitest';
import { answerRubric, referenceSteps, summarizeAnswerRubric, type AnswerCase, type RubricAnswer } from './answer-rubric.js';

const twoFactor = 'kb/account-security/two-factor-authentication.md';
const twoFactorDocument = { path: twoFactor, title: 'Two-factor authentication' };

const turnOnTwoFactor: AnswerCase = {
  id: 'two-factor-turn-on',
  turns: ['How do I turn on two-factor authentication?'],
  expect: { cites: [twoFactor], alsoOk: ['kb/troubleshooting/cant-sign-in.md'] },
  reference: [
    'To turn on 2FA:',
    '1. Go to Profile > Security > Two-factor authentication.',
    '2. Click Set up authenticator app and scan the QR code, or click Add security key.',
    '3. Enter the six-digit code from your app (or touch your key) to confirm.',
    '4. Download or copy your 10 backup codes and store them somewhere safe.',
  ].join('\n'),
};

const goodAnswer: RubricAnswer = {
  text:
    'Go to Profile > Security > Two-factor authentication. [1] Click Set up authenticator app and scan the QR code, or click ' +
    'Add security key. [1] Enter the six-digit code from your app (or touch your key) to confirm. [1] Download or copy your ' +
    '10 backup codes and store them somewhere safe. [1]',
  citations: [twoFactorDocument],
  declined: false,
};

const declined: RubricAnswer = {
  text: "I'm not sure about that. I can pass your question to a person on our Acme Support team.",
  citations: [],
  declined: true,
};

describe('referenceSteps', () => {
  it('reads the numbered lines of a reference in order and nothing else', () => {
    expect(referenceSteps(turnOnTwoFactor.reference)).toEqual([
      'Go to Profile > Security > Two-factor authentication.',
      'Click Set up authenticator app and scan the QR code, or click Add security key.',
      'Enter the six-digit code from your app (or touch your key) to confirm.',
      'Download or copy your 10 backup codes and store them somewhere safe.',
    ]);
    expect(referenceSteps('Yes. Invoices are payable within 30 days.\n- 25 seats or more')).toEqual([]);
  });
});

describe('answerRubric', () => {
  it('passes every check for a complete, correctly cited answer', () => {
    const score = answerRubric(turnOnTwoFactor, goodAnswer);
    expect(score.checks).toEqual({
      cites_expected: true,
      steps_complete_in_order: true,
      no_cross_reference_only: true,
      no_unrelated_source: true,
      no_stale_citation: true,
      answered: true,
    });
    expect(score.failed).toEqual([]);
    expect(score.rougeL).toBeGreaterThan(0.8);
  });

  it('accepts the expected document under another spelling of its path, and a document listed as also ok', () => {
    const score = answerRubric(turnOnTwoFactor, {
      ...goodAnswer,
      citations: [
        { ...twoFactorDocument, path: `./${twoFactor}` },
        { path: 'kb/troubleshooting/cant-sign-in.md', title: "Can't sign in" },
      ],
    });
    expect(score.checks.cites_expected).toBe(true);
    expect(score.checks.no_unrelated_source).toBe(true);
  });

  it('fails cites_expected and no_unrelated_source when the answer cites another document', () => {
    const score = answerRubric(turnOnTwoFactor, {
      ...goodAnswer,
      citations: [{ path: 'kb/getting-started/creating-your-workspace.md', title: 'Creating your Acme Cloud workspace' }],
    });
    expect(score.checks.cites_expected).toBe(false);
    expect(score.checks.no_unrelated_source).toBe(false);
    expect(score.failed).toEqual(['cites_expected', 'no_unrelated_source']);
  });

  it('fails no_unrelated_source when an extra document is cited beside the expected one', () => {
    const score = answerRubric(turnOnTwoFactor, {
      ...goodAnswer,
      citations: [twoFactorDocument, { path: 'kb/sso/sso-overview.md', title: 'Single sign-on (SSO) overview' }],
    });
    expect(score.checks.cites_expected).toBe(true);
    expect(score.failed).toEqual(['no_unrelated_source']);
  });

  it('fails steps_complete_in_order when a step is missing', () => {
    const score = answerRubric(turnOnTwoFactor, {
      ...goodAnswer,
      text: 'Go to Profile > Security > Two-factor authentication. [1] Enter the six-digit code from your app (or touch your key) to confirm. [1]',
    });
    expect(score.checks.steps_complete_in_order).toBe(false);
    expect(score.missingSteps).toEqual([
      'Click Set up authenticator app and scan the QR code, or click Add security key.',
      'Download or copy your 10 backup codes and store them somewhere safe.',
    ]);
  });

  it('fails steps_complete_in_order when the steps are out of order', () => {
    const score = answerRubric(turnOnTwoFactor, {
      ...goodAnswer,
      text:
        'Download or copy your 10 backup codes and store them somewhere safe. Go to Profile > Security > Two-factor ' +
        'authentication. Click Set up authenticator app and scan the QR code, or click Add security key. Enter the ' +
        'six-digit code from your app (or touch your key) to confirm.',
    });
    expect(score.checks.steps_complete_in_order).toBe(false);
    expect(score.missingSteps).toEqual(['Download or copy your 10 backup codes and store them somewhere safe.']);
  });

  it('finds a step reworded or as a numbered line, when most of its content words are in one sentence', () => {
    const score = answerRubric(turnOnTwoFactor, {
      ...goodAnswer,
      text: [
        '1. Open Profile, then Security, then Two-factor authentication.',
        '2. Choose Set up authenticator app and scan the QR code, or add a security key.',
        '3. Type the six-digit code from your app, or touch your key, to confirm.',
        '4. Copy your 10 backup codes and store them safely.',
      ].join('\n'),
    });
    expect(score.missingSteps).toEqual([]);
    expect(score.checks.steps_complete_in_order).toBe(true);
  });

  it('does not count a step whose words are spread over unrelated sentences', () => {
    const score = answerRubric(turnOnTwoFactor, {
      ...goodAnswer,
      text: goodAnswer.text.replace(
        'Go to Profile > Security > Two-factor authentication.',
        'Security matters. Your profile is private. Two-factor authentication is on every plan.',
      ),
    });
    expect(score.missingSteps).toEqual(['Go to Profile > Security > Two-factor authentication.']);
  });

  it('looks for a step of several sentences across as many consecutive answer sentences', () => {
    const createKey: AnswerCase = {
      id: 'api-key',
      turns: ['How do I create an API key?'],
      expect: { cites: ['kb/api/api-keys.md'] },
      reference: '1. Click Create key.\n2. Click Create and copy the key. It is shown only once. We store only a hash.',
    };
    const answer = {
      text: 'Click Create key. [1] Click Create and copy the key. [1] It is shown only once. [1] We store only a hash. [1]',
      citations: [{ path: 'kb/api/api-keys.md', title: 'API keys' }],
      declined: false,
    };
    expect(answerRubric(createKey, answer).checks.steps_complete_in_order).toBe(true);
    expect(
      answerRubric(createKey, { ...answer, text: 'Click Create key. [1] Click Create and copy the key. [1]' }).checks
        .steps_complete_in_order,
    ).toBe(false);
  });

  it('does not apply steps_complete_in_order when the reference has no numbered steps', () => {
    const shortCase: AnswerCase = { ...turnOnTwoFactor, reference: 'Yes. 2FA is available on every plan.' };
    expect(answerRubric(shortCase, goodAnswer).checks.steps_complete_in_order).toBeNull();
  });

  it('fails no_cross_reference_only when a sentence only points to another article', () => {
    for (const pointer of ['See Two-factor authentication.', 'For more information, refer to Single sign-on overview.']) {
      const score = answerRubric(turnOnTwoFactor, { ...goodAnswer, text: `${goodAnswer.text} ${pointer} [1]` });
      expect(score.failed, pointer).toEqual(['no_cross_reference_only']);
    }
  });

  it('fails no_stale_citation when a cited document calls itself old by path, title or tag, or names its replacement', () => {
    const refundCase: AnswerCase = {
      id: 'refund-window',
      turns: ['How long do I have to ask for a refund?'],
      expect: { cites: ['kb/billing/refunds.md'], alsoOk: ['kb/billing/legacy-refund-policy.md', 'kb/billing/refund-faq.md'] },
      reference: 'You can get a full refund within 30 days of the purchase or renewal of an annual plan.',
    };
    const current = { path: 'kb/billing/refunds.md', title: 'Requesting a refund' };
    const answer = { text: 'Annual plans can be refunded within 30 days. [1]', citations: [current], declined: false };
    expect(answerRubric(refundCase, answer).checks.no_stale_citation).toBe(true);
    for (const stale of [
      { path: 'kb/billing/legacy-refund-policy.md', title: 'Refund policy (2023)' },
      { path: 'kb/billing/refund-faq.md', title: 'Refund FAQ (archived)' },
      { path: 'kb/billing/refund-faq.md', title: 'Refund FAQ', tags: ['deprecated'] },
      { path: 'kb/billing/refund-faq.md', title: 'Refund FAQ', supersededBy: 'kb/billing/refunds.md' },
    ]) {
      const score = answerRubric(refundCase, { ...answer, citations: [current, stale] });
      expect(score.failed, JSON.stringify(stale)).toEqual(['no_stale_citation']);
    }
  });

  it('fails answered and cites_expected for a decline, and leaves the content checks out', () => {
    const score = answerRubric(turnOnTwoFactor, declined);
    expect(score.checks).toEqual({
      cites_expected: false,
      steps_complete_in_order: false,
      no_cross_reference_only: null,
      no_unrelated_source: null,
      no_stale_citation: null,
      answered: false,
    });
    expect(score.rougeL).toBeLessThan(0.2);
  });
});

describe('summarizeAnswerRubric', () => {
  it('averages ROUGE-L and gives each check its pass rate over the cases it applies to', () => {
    const noSteps: AnswerCase = { ...turnOnTwoFactor, id: 'two-factor-plans', reference: 'Yes. 2FA is available on every plan.' };
    const scores = [
      answerRubric(turnOnTwoFactor, goodAnswer),
      answerRubric(turnOnTwoFactor, declined),
      answerRubric(noSteps, { ...goodAnswer, text: '2FA is available on every plan. [1] See Two-factor authentication. [1]' }),
    ];
    const summary = summarizeAnswerRubric(scores);
    expect(summary.cases).toBe(3);
    expect(summary.rouge_l).toBeCloseTo((scores[0]!.rougeL + scores[1]!.rougeL + scores[2]!.rougeL) / 3, 4);
    expect(summary.answer_rate).toBe(0.6667);
    expect(summary.all_checks_passed).toBe(0.3333);
    expect(summary.pass_rate).toEqual({
      cites_expected: 0.6667,
      steps_complete_in_order: 0.5,
      no_cross_reference_only: 0.5,
      no_unrelated_source: 1,
      no_stale_citation: 1,
      answered: 0.6667,
    });
    expect(summary.applicable).toEqual({
      cites_expected: 3,
      steps_complete_in_order: 2,
      no_cross_reference_only: 2,
      no_unrelated_source: 2,
      no_stale_citation: 2,
      answered: 3,
    });
  });

  it('has no pass rate for a check that applies to no case', () => {
    expect(summarizeAnswerRubric([]).pass_rate.steps_complete_in_order).toBeNull();
    expect(summarizeAnswerRubric([]).rouge_l).toBe(0);
  });
});
