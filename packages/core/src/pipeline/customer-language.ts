/** The customer's language for one message: the message when it tells, else their earlier messages, else a verified locale. */
import type { ConversationTurn } from '../rewrite/conversation-rewriter.js';
import { detectLanguage, type DetectedLanguage } from '../text/detect-language.js';

export interface CustomerLanguage extends DetectedLanguage {
  /** What settled it: this message, the customer's earlier messages in the conversation, or their verified locale. */
  readonly source: 'message' | 'conversation' | 'verified locale';
}

export interface CustomerLanguageInput {
  readonly message: string;
  readonly history: readonly ConversationTurn[];
  /**
   * The customer's locale ('es', 'pt-BR') from a source the platform verified, such as a signed identity token or the
   * account record. Never the `customer` attributes of a request: the widget or the customer can set those to anything.
   */
  readonly verifiedLocale?: string | null;
}

// Enough to read a conversation's language without re-detecting a long one on every message.
const earlierMessagesRead = 5;

export const isCustomerTurn = (turn: ConversationTurn): boolean => turn.speaker === 'customer' || turn.speaker === 'U';

/**
 * A message confidently in a language is in it, whatever came before ("Is there an API?" in a Spanish conversation is
 * English). Otherwise ("ok, y el IVA?", "ok thanks") the most recent earlier customer message that tells decides, then
 * the customer's messages read together, then the verified locale; with none of these the message's own reading stands,
 * not confident.
 */
export function customerLanguage(input: CustomerLanguageInput): CustomerLanguage {
  const own = detectLanguage(input.message);
  if (own.confident) return { ...own, source: 'message' };
  const earlier = input.history
    .filter(isCustomerTurn)
    .map((turn) => turn.text)
    .slice(-earlierMessagesRead);
  for (const text of [...earlier].reverse()) {
    const detected = detectLanguage(text);
    if (detected.confident) return { ...detected, source: 'conversation' };
  }
  if (earlier.length > 0) {
    const together = detectLanguage([...earlier, input.message].join('\n'));
    if (together.confident) return { ...together, source: 'conversation' };
  }
  const locale = primaryLanguage(input.verifiedLocale);
  if (locale) return { language: locale, accuracy: 1, confident: true, source: 'verified locale' };
  return { ...own, source: 'message' };
}

/** 'pt-BR', 'es_MX', 'FR' → 'pt', 'es', 'fr'; null for anything that is not a locale. */
function primaryLanguage(locale: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(locale?.trim() ?? '');
  return match ? match[1]!.toLowerCase() : null;
}
