/**
 * A pipeline that follows the store's knowledge: before each message it reads the store's knowledge version and, when
 * a document was written or removed since its index was read (an ingest or sync in another process, say), it builds
 * the index and the pipeline again first, so the answer quotes the knowledge as it is now.
 */
import type { HybridRetriever } from '../retrieval/hybrid-retriever.js';
import type { AnswerPipeline } from './answer-pipeline.js';

export interface BuiltPipeline {
  readonly pipeline: AnswerPipeline;
  /** The index the pipeline answers from; its `knowledgeVersion` says which version of the store it holds. */
  readonly retriever: HybridRetriever;
}

export interface RefreshingPipelineOptions {
  /** The store's knowledge version now (`KnowledgeStore.knowledgeVersion`). */
  readonly knowledgeVersion: () => Promise<number>;
  /** Reads the store (its version first) and builds the index and the pipeline around it. */
  readonly build: () => Promise<BuiltPipeline>;
  /**
   * Told when a rebuild failed; the message is then answered from the index already built, and the next message
   * tries again. Without it the failure is the message's.
   */
  readonly onRebuildFailed?: (error: unknown) => void;
}

export interface RefreshingPipeline extends AnswerPipeline {
  /** The index answering now (for health checks). */
  readonly retriever: HybridRetriever;
}

export async function createRefreshingPipeline(options: RefreshingPipelineOptions): Promise<RefreshingPipeline> {
  let built = await options.build();
  // One rebuild at a time: messages arriving meanwhile wait for it rather than start their own.
  let rebuilding: Promise<void> | null = null;
  const rebuild = (): Promise<void> =>
    (rebuilding ??= options
      .build()
      .then((next) => {
        built = next;
      })
      .finally(() => {
        rebuilding = null;
      }));
  const behind = (version: number): boolean => (built.retriever.knowledgeVersion ?? -1) < version;

  async function current(): Promise<BuiltPipeline> {
    const version = await options.knowledgeVersion();
    try {
      // A rebuild already under way may have read the store before this version; then one more follows.
      for (let attempt = 0; attempt < 2 && behind(version); attempt += 1) await rebuild();
    } catch (error) {
      if (!options.onRebuildFailed) throw error;
      options.onRebuildFailed(error);
    }
    return built;
  }

  return {
    get retriever() {
      return built.retriever;
    },
    async run(question, context) {
      return (await current()).pipeline.run(question, context);
    },
  };
}
