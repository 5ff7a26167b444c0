/**
 * Thrown by `AnswerPipeline.run` when `MessageContext.admitIntent` turns the message's intent away, right after the
 * intent stage and before anything could act: a staged rollout's first stage serves its candidate only for the
 * intents it lists, and the caller answers the rest with the baseline. Never reaches a customer or an HTTP reply.
 */
export class IntentNotAdmitted extends Error {
  constructor(
    /** The intent that was turned away; null when the message had none (no model, or out of scope). */
    readonly intent: string | null,
  ) {
    super(`intent ${intent ?? '(none)'} is not admitted by this release`);
    this.name = 'IntentNotAdmitted';
  }
}
