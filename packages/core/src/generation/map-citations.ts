/** Rewrites [c2]-style source labels into numbered [1] markers and builds the matching citations. */
import type { Citation } from '@switchboard/spec';
import type { GroundingChunk } from './grounded-prompt.js';

export interface MappedAnswer {
  readonly text: string;
  readonly citations: Citation[];
}

const marker = /\s*\[((?:c?\d+)(?:\s*[,;]\s*c?\d+)*)\]/gi;

/** Numbers citations in order of first use, as the extractive composer does, so both answer kinds read alike. */
export function mapCitations(answer: string, chunks: readonly GroundingChunk[]): MappedAnswer {
  const citations: Citation[] = [];
  const indexOf = new Map<string, number>();
  const text = answer.replace(marker, (_whole, list: string) => {
    const numbers: number[] = [];
    for (const label of list.split(/[,;]/)) {
      const position = Number(label.trim().replace(/^c/i, '')) - 1;
      const chunk = chunks[position];
      if (chunk === undefined) continue;
      let index = indexOf.get(chunk.id);
      if (index === undefined) {
        index = citations.length + 1;
        indexOf.set(chunk.id, index);
        citations.push(toCitation(index, chunk));
      }
      if (!numbers.includes(index)) numbers.push(index);
    }
    return numbers.map((index) => ` [${index}]`).join('');
  });
  return { text: text.trim(), citations };
}

function toCitation(index: number, chunk: GroundingChunk): Citation {
  return {
    index,
    chunkId: chunk.id,
    documentId: chunk.documentId ?? chunk.id,
    title: chunk.title,
    section: chunk.section ?? '',
    path: chunk.path ?? '',
    url: chunk.url ?? null,
    page: chunk.page ?? null,
  };
}
