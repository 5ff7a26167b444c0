/** What the pipeline returns to a customer: text (Markdown and plain), citations, confidence and a handoff flag. */

/** One source a sentence of the answer rests on. `[n]` markers in the text refer to `index`. */
export interface Citation {
  readonly index: number;
  readonly chunkId: string;
  readonly documentId: string;
  readonly title: string;
  /** Section path below the title, e.g. "Eligibility". */
  readonly section: string;
  readonly path: string;
  readonly url: string | null;
  readonly page: number | null;
}

export interface Handoff {
  /** 'offered': the bot offers a human; 'transferred': a human now owns the conversation. */
  readonly mode: 'offered' | 'transferred';
  /** Why: 'low_confidence', 'customer_request', a safety category, … */
  readonly reason: string;
  /** Queue name from config; never invented. */
  readonly queue: string;
}

export interface Answer {
  /** Markdown: paragraphs, numbered steps, bullets, `[n]` citation markers. */
  readonly text: string;
  /** `text` without Markdown, followed by its sources ("Sources:", one `[n]` line each), for SMS, email and plain widgets. */
  readonly plainText: string;
  readonly citations: readonly Citation[];
  /** 0..1: how well the evidence covers the question. */
  readonly confidence: number;
  /** Set when a human should take over (or was offered). */
  readonly handoff: Handoff | null;
  readonly traceId: string;
}
