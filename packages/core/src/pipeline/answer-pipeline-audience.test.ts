import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../retrieval/knowledge-index.js';
import { articleChunks } from '../retrieval/__fixtures__/article-chunks.js';
import { createAnswerPipeline, type MessageContext } from './answer-pipeline.js';
import { basePipelineDependencies } from './__fixtures__/pipeline-fixtures.js';

const workspace = new URL('../../../../examples/acme-help-center/', import.meta.url);

/** The acme help center as ingested, so the 2FA article competes with every other page as in the example. */
const acmeIndex = (() => {
  const index = new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 } });
  for (const folder of readdirSync(new URL('kb/', workspace)))
    for (const file of readdirSync(new URL(`kb/${folder}/`, workspace))) {
      const path = `kb/${folder}/${file}`;
      index.addChunks(articleChunks(path, readFileSync(new URL(path, workspace), 'utf8')));
    }
  return index;
})();

async function ask(question: string, context: MessageContext = {}) {
  let counter = 0;
  const pipeline = createAnswerPipeline(basePipelineDependencies(acmeIndex, (prefix) => `${prefix}_${++counter}`));
  const { answer, trace } = await pipeline.run(question, context);
  const retrieve = trace.stages.find((stage) => stage.name === 'retrieve')!.detail as {
    askerRole: string;
    chunks: { breadcrumb: string }[];
  };
  return { answer, askerRole: retrieve.askerRole, sections: retrieve.chunks.map((chunk) => chunk.breadcrumb) };
}

const memberSteps = 'Two-factor authentication > Turn on 2FA';
const adminSteps = 'Two-factor authentication > Require 2FA for everyone (admins)';

describe("answer pipeline: the asker's audience (issue 15, item 5)", () => {
  it('retrieves the member steps for "How do I turn on 2FA?" and keeps the admin-only switch out of the answer', async () => {
    const { answer, askerRole, sections } = await ask('How do I turn on two-factor authentication?');
    expect(askerRole).toBe('end-user');
    expect(sections).toContain(memberSteps);
    expect(sections).not.toContain(adminSteps);
    expect(answer.text).not.toContain('Require two-factor authentication');
  });

  it('does not take the caller-asserted customer role for a verified one', async () => {
    const asserted = await ask('How do I turn on two-factor authentication?', { customer: { role: 'admin' } });
    expect(asserted.askerRole).toBe('end-user');
    expect(asserted.sections).not.toContain(adminSteps);
  });

  it('leaves admin sections undemoted for a verified admin', async () => {
    const verified = await ask('How do I turn on two-factor authentication?', { verifiedRole: 'admin' });
    expect(verified.askerRole).toBe('admin');
    expect(verified.sections).toContain(adminSteps);
    expect(verified.sections.indexOf(adminSteps)).toBeLessThan(verified.sections.indexOf(memberSteps));
  });
});
