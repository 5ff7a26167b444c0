import { describe, expect, it } from 'vitest';
import { rewriteQuery } from './conversation-rewriter.js';
import { EntityGazetteer } from './entity-gazetteer.js';
import { createSpellingCorrector } from './spelling-corrector.js';

const gazetteer = new EntityGazetteer(['HOBSONS HOUSE', "ROSA'S BED AND BREAKFAST", 'ACORN GUEST HOUSE', 'MAHARAJAH TANDOORI RESTAURANT']);

describe('rewriteQuery', () => {
  it('carries the entity named most recently in the conversation into a follow-up', () => {
    const history = [
      { speaker: 'U', text: 'Can you help me find guesthouses in the west of town?' },
      { speaker: 'S', text: 'Yes, the Hobsons House has 3 stars and meets your criteria.' },
    ];
    const rewritten = rewriteQuery('Are their bathrooms adequately sanitized?', history, { gazetteer, speller: null });
    expect(rewritten.entities).toEqual(['HOBSONS HOUSE']);
    expect(rewritten.entitySource).toBe('conversation');
    expect(rewritten.query).toBe('Are their bathrooms adequately sanitized? HOBSONS HOUSE');
  });

  it('matches a misspelt or shortened name and prefers the latest mention', () => {
    const history = [
      { speaker: 'U', text: 'I am looking for some information on rosas bed and breakfast.' },
      { speaker: 'U', text: 'Also a table at Maharajah Tandori please.' },
    ];
    expect(rewriteQuery('is it good for kids?', history, { gazetteer, speller: null }).entities).toEqual(['MAHARAJAH TANDOORI RESTAURANT']);
    expect(rewriteQuery('is it good for kids?', history.slice(0, 1), { gazetteer, speller: null }).entities).toEqual([
      "ROSA'S BED AND BREAKFAST",
    ]);
  });

  it('leaves a query that names its own entity, or has no context, unchanged', () => {
    const named = rewriteQuery('Does Acorn Guest House have parking?', [{ speaker: 'S', text: 'Hobsons House is cheap.' }], {
      gazetteer,
      speller: null,
    });
    expect(named).toMatchObject({ entities: ['ACORN GUEST HOUSE'], entitySource: 'query', decision: 'unchanged' });
    expect(rewriteQuery('how do I reset my password', [], { gazetteer, speller: null }).decision).toBe('unchanged');
  });

  it('corrects misspellings against the knowledge-base vocabulary only', () => {
    const speller = createSpellingCorrector(
      new Map([
        ['password', 12],
        ['invoice', 8],
        ['passport', 1],
      ]),
    );
    const rewritten = rewriteQuery('reset my pasword and my invoce', [], { gazetteer: null, speller });
    expect(rewritten.query).toBe('reset my password and my invoice');
    expect(rewritten.corrections).toEqual([
      { from: 'pasword', to: 'password' },
      { from: 'invoce', to: 'invoice' },
    ]);
    expect(rewriteQuery('E-2041 on webhooks', [], { gazetteer: null, speller }).query).toBe('E-2041 on webhooks');
  });
});
