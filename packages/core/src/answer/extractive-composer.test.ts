import { describe, expect, it } from 'vitest';
import { shippedAnswerModels } from '@switchboard/models';
import { makeChunk, makeDocument } from '@switchboard/testkit';
import { KnowledgeIndex } from '../retrieval/knowledge-index.js';
import { composeExtractiveAnswer, type ComposerOptions } from './extractive-composer.js';

const options: ComposerOptions = {
  minConfidence: 0.45,
  maxSentences: 3,
  maxChunks: 3,
  handoffQueue: 'Acme Support',
  handoffHours: 'weekdays 9-5',
  models: shippedAnswerModels,
};

const emptyIndex = (): KnowledgeIndex =>
  new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 } });

/** The composer's answer over `index`, as the pipeline asks it: the top 5 sections and the index's idf. */
const answerFrom = (index: KnowledgeIndex, question: string) =>
  composeExtractiveAnswer(question, index.findChunks(question, 5), (t) => index.idf(t), options);

function indexOf(): KnowledgeIndex {
  const index = emptyIndex();
  const refunds = makeDocument({ id: 'refunds', title: 'Requesting a refund', path: 'kb/refunds.md' });
  const sso = makeDocument({ id: 'sso', title: 'Single sign-on', path: 'kb/sso.md', tags: ['sso'] });
  index.addChunks([
    makeChunk(refunds, {
      id: 'refunds:s1',
      breadcrumb: 'Requesting a refund > Eligibility',
      sectionPath: ['Requesting a refund', 'Eligibility'],
      text: 'Annual plans can be refunded within 30 days of purchase. Open Settings > Billing and click Request refund to get a refund.',
    }),
    makeChunk(sso, { id: 'sso:s0', text: 'Single sign-on works with Okta and Azure AD through SAML 2.0.' }),
  ]);
  return index;
}

describe('composeExtractiveAnswer', () => {
  it('leaves out a sentence that only points to another article (issue 15: "See Two-factor authentication.")', () => {
    const index = emptyIndex();
    const security = makeDocument({ id: 'security', title: 'Securing your account', path: 'kb/security.md' });
    index.addChunks([
      makeChunk(security, {
        id: 'security:s0',
        text: 'See Two-factor authentication. To turn on two-factor authentication, go to Profile > Security > Two-factor authentication.',
      }),
    ]);
    const question = 'How do I turn on two-factor authentication?';
    const answer = answerFrom(index, question);
    expect(answer.declined).toBe(false);
    expect(answer.text).not.toContain('See Two-factor authentication.');
    expect(answer.text).toContain('go to Profile > Security > Two-factor authentication.');
  });

  it('quotes the section that answers the question as a paragraph, in source order, cited once', () => {
    const index = indexOf();
    const answer = answerFrom(index, 'how do I request a refund for my annual plan?');
    expect(answer.declined).toBe(false);
    expect(answer.text).toBe(
      'Annual plans can be refunded within 30 days of purchase. Open Settings > Billing and click Request refund to get a refund. [1]',
    );
    expect(answer.citations).toEqual([
      {
        index: 1,
        chunkId: 'refunds:s1',
        documentId: 'refunds',
        title: 'Requesting a refund',
        section: 'Eligibility',
        path: 'kb/refunds.md',
        url: null,
        page: null,
      },
    ]);
    expect(answer.confidence).toBeGreaterThanOrEqual(options.minConfidence);
  });

  it('says it does not know and offers a human when the evidence is weak', () => {
    const index = indexOf();
    const question = 'what is the weather forecast on mars tomorrow?';
    const answer = answerFrom(index, question);
    expect(answer.declined).toBe(true);
    expect(answer.citations).toEqual([]);
    expect(answer.text).toContain("I don't know");
    expect(answer.text).toContain('Acme Support');
    expect(answer.confidence).toBeLessThan(options.minConfidence);
  });

  it('declines rather than guessing when only part of the question is covered', () => {
    const index = indexOf();
    const question = 'can I pay my mortgage with cryptocurrency instead of a refund?';
    const answer = answerFrom(index, question);
    expect(answer.declined).toBe(true);
  });

  it('keeps a procedure whole: every numbered step, in order, as a numbered list with one citation', () => {
    const index = emptyIndex();
    const twoFactor = makeDocument({ id: '2fa', title: 'Two-factor authentication', path: 'kb/2fa.md' });
    index.addChunks([
      makeChunk(twoFactor, {
        id: '2fa:s1',
        breadcrumb: 'Two-factor authentication > Turning on two-factor authentication',
        sectionPath: ['Two-factor authentication', 'Turning on two-factor authentication'],
        text: [
          'Two-factor authentication adds a code from your phone to your password.',
          '1. Go to Profile > Security > Two-factor authentication.\n2. Click Turn on.\n3. Scan the QR code with an authenticator app.\n4. Enter the six-digit code to confirm.',
          'Keep your recovery codes somewhere safe.',
        ].join('\n\n'),
      }),
    ]);
    const question = 'How do I turn on two-factor authentication?';
    const answer = answerFrom(index, question);
    expect(answer.declined).toBe(false);
    expect(answer.text).toContain(
      '1. Go to Profile > Security > Two-factor authentication.\n2. Click Turn on.\n3. Scan the QR code with an authenticator app.\n4. Enter the six-digit code to confirm. [1]',
    );
    expect(answer.text.match(/\[1\]/g)!.length).toBeLessThanOrEqual(2);
    expect(answer.citations.map((c) => c.path)).toEqual(['kb/2fa.md']);
  });

  it('answers a two-part question from two sources, each introduced by its section', () => {
    const index = emptyIndex();
    const cancel = makeDocument({ id: 'cancel', title: 'Cancelling your subscription', path: 'kb/cancel.md' });
    const refunds = makeDocument({ id: 'refunds', title: 'Refunds', path: 'kb/refunds.md' });
    index.addChunks([
      makeChunk(cancel, {
        id: 'cancel:s0',
        breadcrumb: 'Cancelling your subscription',
        sectionPath: ['Cancelling your subscription'],
        text: 'To cancel, open Settings > Billing and click Cancel subscription. Your plan stays active until the end of the billing period.',
      }),
      makeChunk(refunds, {
        id: 'refunds:s0',
        breadcrumb: 'Refunds',
        sectionPath: ['Refunds'],
        text: 'Annual plans get a prorated refund within 30 days of purchase. Card refunds take 5-10 business days.',
      }),
    ]);
    const question = 'How do I cancel my subscription and get a refund?';
    const answer = answerFrom(index, question);
    expect(answer.declined).toBe(false);
    expect(answer.citations.map((c) => c.path).sort()).toEqual(['kb/cancel.md', 'kb/refunds.md']);
    expect(answer.text).toMatch(/^\*\*(Cancelling your subscription|Refunds)\*\*\n\n/);
    expect(answer.text).toContain('click Cancel subscription');
    expect(answer.text).toContain('prorated refund');
  });

  it('shows a table row with its header', () => {
    const index = emptyIndex();
    const shipping = makeDocument({ id: 'ship', title: 'Shipping rates', path: 'kb/shipping.md' });
    index.addChunks([
      makeChunk(shipping, {
        id: 'ship:s0',
        text: '| Service | Destination | Price | Delivery time |\n| --- | --- | --- | --- |\n| Standard | US | $5 | 5-7 business days |\n| Express | US | $15 | 1-2 business days |',
      }),
    ]);
    const question = 'How much does express shipping to the US cost?';
    const answer = answerFrom(index, question);
    expect(answer.declined).toBe(false);
    expect(answer.text).toContain('Service: Express; Destination: US; Price: $15; Delivery time: 1-2 business days.');
  });
});
