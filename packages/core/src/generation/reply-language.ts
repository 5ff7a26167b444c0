/** Whether a generated reply is written in the language it was asked for. */
import { detectLanguage } from '../text/detect-language.js';
import { functionWordHits } from '../text/function-word-language.js';

export interface ReplyLanguageCheck {
  /** ISO 639-1 code the reply was asked for. */
  readonly asked: string;
  /** The reply's language as read, or null when it is too short or mixed to tell. */
  readonly detected: string | null;
  /** False only when the reply is confidently in another language: a short or mixed reply is given the benefit. */
  readonly matches: boolean;
}

// Labels, code and links are not prose: "[c1]", `curl -X POST` and URLs would only blur the reading.
const notProse = /\[c?\d+(?:\s*[,;]\s*c?\d+)*\]|`[^`]*`|https?:\/\/\S+/gi;
// A reply using this many of the asked language's function words is in it, whatever the n-grams say: a good answer is
// not thrown away on a misreading.
const askedWordsThatSettle = 3;

export function checkReplyLanguage(reply: string, asked: string): ReplyLanguageCheck {
  const prose = reply.replace(notProse, ' ');
  const detected = detectLanguage(prose);
  const matches = !detected.confident || detected.language === asked || (functionWordHits(prose).get(asked) ?? 0) >= askedWordsThatSettle;
  return { asked, detected: detected.language, matches };
}
