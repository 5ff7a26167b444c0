/** What kind of answer a question asks for, from its opening words: it decides how long and what shape an answer is. */

export interface QuestionType {
  /** "How do I …", "How to …": a procedure. */
  readonly procedure: boolean;
  /** "How long / much / many / often": an amount, a duration or a count. */
  readonly quantity: boolean;
  /** "Why …", "What causes …": a reason. */
  readonly reason: boolean;
  /** "What / which / where / when / who": a fact. */
  readonly fact: boolean;
  /** "Can I / is / does …": yes or no, with its condition. */
  readonly yesNo: boolean;
  /** "… and …": two things asked at once. */
  readonly compound: boolean;
}

const quantity = /^how (?:long|much|many|often|soon|fast|big|large)\b/;

export function questionType(question: string): QuestionType {
  const text = question.toLowerCase().trim();
  return {
    // "How do I …" also after a first sentence: "I forgot my password. How do I reset it?"
    procedure: /(?:^|[.!?]\s+)how\b/.test(text) && !quantity.test(text),
    quantity: quantity.test(text),
    reason: /^(?:why|what causes)\b/.test(text),
    fact: /^(?:what|which|where|when|who)\b/.test(text),
    yesNo: /^(?:can|could|is|are|does|do|did|will|should|may)\b/.test(text),
    compound: /\s(?:and|&)\s/.test(text),
  };
}
