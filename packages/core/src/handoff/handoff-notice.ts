/** What the customer is told at a handoff: who takes over and when, in words taken only from config. */

export interface HandoffNoticeOptions {
  readonly queue: string;
  readonly hours: string;
  /** Shown first when the safety category has one (the self-harm resources message). */
  readonly safetyMessage?: string | null;
}

export function handoffNotice(options: HandoffNoticeOptions): string {
  const next =
    `I'm passing this conversation to our ${options.queue} team. They work ${options.hours} and will reply here, ` +
    `in this conversation; you don't need to repeat anything, they can see what you wrote.`;
  return options.safetyMessage ? `${options.safetyMessage} ${next}` : next;
}

/** The honest reply when a normal answer could not be produced (a store, model or tool is down). */
export function unavailableNotice(options: Pick<HandoffNoticeOptions, 'queue' | 'hours'>): string {
  return `I'm sorry, I can't look that up right now. ${offerPerson(options)}`;
}

/** The honest reply when the answer was withheld: the output guard or the claim check found something unsupported. */
export function unreliableAnswerNotice(options: Pick<HandoffNoticeOptions, 'queue' | 'hours'>): string {
  return `I'm sorry, I can't give you a reliable answer to that here. ${offerPerson(options)}`;
}

function offerPerson(options: Pick<HandoffNoticeOptions, 'queue' | 'hours'>): string {
  return `I can pass your question to a person on our ${options.queue} team (${options.hours}).`;
}
