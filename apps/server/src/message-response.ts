/** The body of POST /v1/conversations/:id/messages: `{text, plainText, citations, confidence, handoff, traceId}` plus extras. */
import type { MessageOutcome } from '@switchboard/core/conversation';
import { unreleased } from '@switchboard/core/outcomes';

export function toMessageResponse(result: MessageOutcome) {
  const record = result.handoff;
  const handoff = record
    ? { mode: 'transferred' as const, reason: record.reason, queue: record.queue, id: record.id, status: record.status }
    : (result.answer?.handoff ?? null);
  if (!result.answer) {
    // A human owns the conversation: the bot stays silent; the customer's message was stored for them.
    return { messageId: null, text: null, plainText: null, citations: [], confidence: 0, handoff, traceId: null, silent: true };
  }
  // The release and arm that produced the reply (issue 20): `unreleased`/`baseline` before the first release.
  const release = result.release ?? { release: unreleased, arm: 'baseline' };
  return {
    messageId: result.messageId,
    ...result.answer,
    handoff,
    silent: false,
    release: release.release,
    arm: release.arm,
    ...(release.experiment === undefined ? {} : { experiment: release.experiment }),
  };
}
