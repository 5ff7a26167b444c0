/** Faithfulness of a cited answer: the grounding check run on its `[n]` markers against the chunks its citations name. */
import type { Citation } from '@switchboard/spec';
import type { GroundingChunk } from '../generation/grounded-prompt.js';
import { checkGrounding } from '../generation/grounding-check.js';

/**
 * Both answerers number citations `[1]`, `[2]`, … in order of first use; `citations[i]` names the chunk behind
 * `[i+1]`, which the grounding check reads as source `c{i+1}`. A chunk unknown to `chunkById` supports nothing.
 */
export async function answerFaithfulness(
  text: string,
  citations: readonly Citation[],
  chunkById: (chunkId: string) => GroundingChunk | undefined,
): Promise<number> {
  const ordered = [...citations].sort((a, b) => a.index - b.index);
  const chunks: GroundingChunk[] = [];
  for (const citation of ordered) {
    // A gap in the numbering would shift every later label; keep positions aligned with the indexes.
    while (chunks.length < citation.index - 1) chunks.push({ id: '', title: '', text: '' });
    chunks.push(chunkById(citation.chunkId) ?? { id: citation.chunkId, title: citation.title, text: '' });
  }
  return (await checkGrounding(text, chunks)).faithfulness;
}
