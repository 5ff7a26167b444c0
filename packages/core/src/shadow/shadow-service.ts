/** The conversation service's view of shadow mode: which run is on, and the candidate's pipeline. */
import type { ShadowRun } from '@switchboard/spec';
import type { AnswerPipeline } from '../pipeline/answer-pipeline.js';

export interface ShadowService {
  /** The running run through a short cache (`ShadowControl.current`), so every replica follows a start or stop; null when none. */
  current(): Promise<ShadowRun | null>;
  /**
   * The candidate's pipeline: built from the release's snapshot with a workflow actor whose writes are dry runs, and
   * an answer cache of its own.
   */
  pipelineFor(release: string): Promise<AnswerPipeline>;
  /** Told when a shadow turn could not even be recorded (the store failed); the customer never is. */
  onError?(error: unknown): void;
}
