/** `switchboard train safety`: trains the workspace's corrections and writes them where ask, serve and eval read them. */
import { intentEmbeddingCacheFolder } from '../intent/intent-embeddings.js';
import { safetyEmbedder } from './safety-embedder.js';
import { trainWorkspaceSafety } from './train-workspace-safety.js';
import { writeWorkspaceSafetyModel } from './workspace-safety-model.js';

export interface TrainSafetyModelFileOptions {
  /** Labelled JSONL rows {text, label, category}. */
  readonly file: string;
  readonly out: string;
  /** local:use-lite, or none for the n-gram correction alone. */
  readonly embedder: string;
  /** Reuse sentence vectors from earlier runs (the cache folder under $SWITCHBOARD_CACHE_DIR). */
  readonly embeddingCache: boolean;
  readonly onProgress?: (message: string) => void;
}

/** What `train safety --json` prints, keys in print order. */
export interface SafetyTrainingSummary {
  readonly model: string;
  readonly rows: number;
  readonly per_category: Readonly<Record<string, number>>;
  readonly embedding_model: boolean;
  readonly train_seconds: number;
}

export async function trainSafetyModelFile(options: TrainSafetyModelFileOptions): Promise<SafetyTrainingSummary> {
  const started = performance.now();
  const result = await trainWorkspaceSafety(options.file, {
    embedder: safetyEmbedder(options.embedder),
    ...(options.embeddingCache ? { cacheFolder: intentEmbeddingCacheFolder() } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  writeWorkspaceSafetyModel(options.out, result.model);
  return {
    model: options.out,
    rows: result.rows,
    per_category: result.perCategory,
    embedding_model: result.model.embedding !== undefined,
    train_seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
