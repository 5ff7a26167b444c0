/**
 * Shadow runs over an open workspace: the control (`shadow …`), and the candidate's pipeline, built once per release
 * from its snapshot with a workflow actor whose writes are dry runs and an answer cache of its own.
 */
import type { AnswerPipeline } from '@switchboard/core/pipeline';
import { createShadowControl, type ShadowControl, type ShadowService } from '@switchboard/core/shadow';
import { SwitchboardError } from '@switchboard/spec';
import { newId, wallClock } from './runtime.js';
import { createWorkflowActor } from './workflow/create-workflow-actor.js';
import { createServingPipeline, type Workspace } from './workspace.js';
import { releaseWorkspace } from './workspace-release.js';

export function workspaceShadowControl(workspace: Workspace): ShadowControl {
  const { shadows, releases, events } = workspace.stores;
  return createShadowControl({ shadows, releases, events, clock: wallClock, newId });
}

/**
 * The candidate's pipeline for each release name, built on first use and kept. Never production's pipeline, even for
 * the serving release: production's actor writes, and its answer cache would hand the candidate production's answers.
 */
export function shadowPipelines(workspace: Workspace): (release: string) => Promise<AnswerPipeline> {
  const built = new Map<string, Promise<AnswerPipeline>>();
  return (name) => {
    let pipeline = built.get(name);
    if (!pipeline) {
      pipeline = (async () => {
        const release = await workspace.stores.releases.get(name);
        if (!release) throw new SwitchboardError('NOT_FOUND', `shadow release '${name}' is not stored`);
        const candidate = releaseWorkspace(workspace, release);
        const act = createWorkflowActor(candidate, candidate.stores, { env: process.env, shadow: true });
        return createServingPipeline(candidate, { act });
      })();
      // A failed build is tried again on the next sampled message rather than cached.
      pipeline.catch(() => built.delete(name));
      // One run at a time: a new run's release replaces the last one's index rather than keeping both in memory.
      built.clear();
      built.set(name, pipeline);
    }
    return pipeline;
  };
}

/** What the conversation service needs for shadow mode over the workspace; a failure to record one is a warning. */
export function workspaceShadowService(workspace: Workspace, warn: (message: string) => void): ShadowService {
  const control = workspaceShadowControl(workspace);
  return {
    current: () => control.current(),
    pipelineFor: shadowPipelines(workspace),
    onError: (error) => warn(`shadow turn not recorded: ${(error as Error).message}`),
  };
}
