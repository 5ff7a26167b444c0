import { describe, expect, it } from 'vitest';
import { HybridRetriever } from '../retrieval/hybrid-retriever.js';
import type { AnswerPipeline, PipelineResult } from './answer-pipeline.js';
import { refundKnowledgeIndex } from './__fixtures__/pipeline-fixtures.js';
import { createRefreshingPipeline, type BuiltPipeline } from './refreshing-pipeline.js';

/** A store whose version the test moves, and a build that labels each pipeline with the version it read. */
function storeAndBuilds() {
  const store = { version: 1, failNextBuild: false };
  const builds: number[] = [];
  const build = async (): Promise<BuiltPipeline> => {
    const version = store.version;
    await Promise.resolve();
    if (store.failNextBuild) {
      store.failNextBuild = false;
      throw new Error('embedder unreachable');
    }
    builds.push(version);
    const retriever = new HybridRetriever(refundKnowledgeIndex('Refunds take 5 days.'), null);
    retriever.knowledgeVersion = version;
    const pipeline: AnswerPipeline = { run: async () => ({ answer: { text: `built at ${version}` } }) as unknown as PipelineResult };
    return { pipeline, retriever };
  };
  return { store, builds, build, knowledgeVersion: async () => store.version };
}

const textOf = async (pipeline: AnswerPipeline) => (await pipeline.run('refund?')).answer.text;

describe('createRefreshingPipeline', () => {
  it('keeps its index while the knowledge version stays, and rebuilds before the next message once it moves', async () => {
    const { store, builds, build, knowledgeVersion } = storeAndBuilds();
    const pipeline = await createRefreshingPipeline({ knowledgeVersion, build });
    expect(await textOf(pipeline)).toBe('built at 1');
    expect(await textOf(pipeline)).toBe('built at 1');
    store.version = 3;
    expect(await textOf(pipeline)).toBe('built at 3');
    expect(pipeline.retriever.knowledgeVersion).toBe(3);
    expect(builds).toEqual([1, 3]);
  });

  it('rebuilds once for messages that arrive together', async () => {
    const { store, builds, build, knowledgeVersion } = storeAndBuilds();
    const pipeline = await createRefreshingPipeline({ knowledgeVersion, build });
    store.version = 2;
    expect(await Promise.all([textOf(pipeline), textOf(pipeline), textOf(pipeline)])).toEqual(['built at 2', 'built at 2', 'built at 2']);
    expect(builds).toEqual([1, 2]);
  });

  it('answers from the index it has when a rebuild fails, says so, and tries again with the next message', async () => {
    const { store, builds, build, knowledgeVersion } = storeAndBuilds();
    const failures: string[] = [];
    const pipeline = await createRefreshingPipeline({
      knowledgeVersion,
      build,
      onRebuildFailed: (error) => failures.push((error as Error).message),
    });
    store.version = 2;
    store.failNextBuild = true;
    expect(await textOf(pipeline)).toBe('built at 1');
    expect(failures).toEqual(['embedder unreachable']);
    expect(await textOf(pipeline)).toBe('built at 2');
    expect(builds).toEqual([1, 2]);
  });
});
