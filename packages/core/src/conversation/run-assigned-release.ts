/**
 * Runs the pipeline of the release a unit was assigned. A staged rollout's first stage that lists intents
 * (`onlyIntents`) admits only those: the candidate's pipeline stops after its intent stage, before anything could act,
 * and the message is answered by `otherwise` (the baseline), which the reply then records.
 */
import type { AnswerPipeline, MessageContext, PipelineResult } from '../pipeline/answer-pipeline.js';
import { IntentNotAdmitted } from '../pipeline/intent-not-admitted.js';
import { plainArm, type ReleaseArm } from '../release/release-assignment.js';

export async function runAssignedRelease(
  pipelineOf: (release: string) => Promise<AnswerPipeline>,
  assigned: ReleaseArm,
  question: string,
  context: MessageContext,
): Promise<PipelineResult & { readonly release: ReleaseArm }> {
  const { onlyIntents, otherwise } = assigned;
  const run = async (arm: ReleaseArm, admitIntent?: (intent: string | null) => boolean) => ({
    ...(await (await pipelineOf(arm.release)).run(question, admitIntent ? { ...context, admitIntent } : context)),
    release: plainArm(arm),
  });
  if (!onlyIntents || !otherwise) return run(assigned);
  const admitted = new Set(onlyIntents);
  try {
    return await run(assigned, (intent) => intent !== null && admitted.has(intent));
  } catch (error) {
    if (!(error instanceof IntentNotAdmitted)) throw error;
    return run(otherwise);
  }
}
