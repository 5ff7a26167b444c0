/** An entailment judge backed by a chat model: asks whether a source supports, contradicts or says nothing about a claim. */
import type { ChatModel } from '@switchboard/spec';
import type { ClaimJudge } from './grounding-check.js';

/** Anything the judge says that is not clearly "supported" counts against the claim. */
export function createLlmJudge(model: ChatModel): ClaimJudge {
  return async (claim, source, options) => {
    const result = await model.generate({
      messages: [
        {
          role: 'system',
          content:
            'You check facts. Read the SOURCE and the CLAIM. Reply with exactly one word: ' +
            'SUPPORTED if the source states the claim, CONTRADICTED if the source says otherwise, ABSENT if the source does not say.',
        },
        { role: 'user', content: `SOURCE:\n${source}\n\nCLAIM:\n${claim}` },
      ],
      maxOutputTokens: 5,
      temperature: 0,
      signal: options.signal,
    });
    const word = result.text.trim().toLowerCase();
    if (word.startsWith('supported')) return 'supported';
    if (word.startsWith('contradicted')) return 'contradicted';
    return 'absent';
  };
}
