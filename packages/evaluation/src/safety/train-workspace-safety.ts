/** `switchboard train safety`: learns a workspace's labelled rows as corrections on top of the shipped safety models. */
import {
  embedSentenceMeans,
  loadShippedSafetyEmbeddingModel,
  loadShippedSafetyModel,
  trainSafetyAdapter,
  workspaceSafetyModelFormat,
  type SafetyTrainingExample,
  type WorkspaceSafetyModelData,
} from '@switchboard/core/safety';
import { shippedSafetyModels } from '@switchboard/models';
import { createFileCachedEmbedder } from '@switchboard/providers';
import { SwitchboardError, type Embedder } from '@switchboard/spec';
import { readSafetyRows } from './read-safety-rows.js';

export interface TrainWorkspaceSafetyOptions {
  /** The embedding model's sentence encoder; null trains the n-gram correction alone. */
  readonly embedder: Embedder | null;
  /** Keep sentence vectors here, so a retrain embeds only new sentences. */
  readonly cacheFolder?: string;
  readonly onProgress?: (message: string) => void;
}

export interface TrainWorkspaceSafetyResult {
  readonly model: WorkspaceSafetyModelData;
  readonly rows: number;
  readonly perCategory: Readonly<Record<string, number>>;
}

export async function trainWorkspaceSafety(file: string, options: TrainWorkspaceSafetyOptions): Promise<TrainWorkspaceSafetyResult> {
  const rows = readSafetyRows(file);
  const ngramBase = loadShippedSafetyModel(shippedSafetyModels);
  const embeddingBase = options.embedder ? loadShippedSafetyEmbeddingModel(shippedSafetyModels) : null;
  // A correction is fitted for each model, so an unsafe row's category must be a class of each.
  const models = embeddingBase ? [ngramBase, embeddingBase] : [ngramBase];
  for (const row of rows)
    if (row.label === 'unsafe' && !models.every((model) => model.classes.indexOf(row.category) > 0))
      throw new SwitchboardError(
        'DATASET_INVALID',
        `${file}: line ${row.line}: category '${row.category}' is not a safety category (${ngramBase.classes.slice(1).join(', ')})`,
        { details: { file, line: row.line } },
      );
  const examples: SafetyTrainingExample[] = rows.map((row) => ({ text: row.text, category: row.label === 'unsafe' ? row.category : null }));
  options.onProgress?.(`training the n-gram correction on ${rows.length} rows`);
  const ngram = trainSafetyAdapter(ngramBase, examples);
  let embedding: WorkspaceSafetyModelData['embedding'];
  if (options.embedder && embeddingBase) {
    options.onProgress?.(`embedding the sentences of ${rows.length} rows with ${options.embedder.id}`);
    const encoder = options.cacheFolder ? createFileCachedEmbedder(options.embedder, options.cacheFolder) : options.embedder;
    const vectors = await embedSentenceMeans(
      encoder,
      rows.map((row) => row.text),
    );
    // A row with no embeddable sentence (only punctuation) teaches the n-gram correction only.
    const embedded = examples.flatMap((example, i) => (vectors[i] ? [{ ...example, embedding: vectors[i] }] : []));
    options.onProgress?.(`training the embedding-model correction on ${embedded.length} rows`);
    embedding = trainSafetyAdapter(embeddingBase, embedded);
  }
  const perCategory: Record<string, number> = {};
  for (const row of rows) {
    const key = row.label === 'unsafe' ? row.category : 'safe';
    perCategory[key] = (perCategory[key] ?? 0) + 1;
  }
  return {
    model: { format: workspaceSafetyModelFormat, ngram, ...(embedding ? { embedding } : {}), trainedOn: [file] },
    rows: rows.length,
    perCategory,
  };
}
