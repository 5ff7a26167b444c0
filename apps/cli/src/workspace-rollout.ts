/**
 * Staged rollouts over an open workspace: the control (`rollout …` and the server's ticks), decisions POSTed to the
 * configured webhooks, and one pipeline per release in play, the candidate's built lazily from its snapshot.
 */
import { createRolloutControl, type RolloutControl } from '@switchboard/core/rollout';
import type { AnswerPipeline } from '@switchboard/core/pipeline';
import { unreleased } from '@switchboard/core/outcomes';
import { SwitchboardError, type SwitchboardEvent } from '@switchboard/spec';
import { newId, wallClock } from './runtime.js';
import { createServingPipeline, type Workspace } from './workspace.js';
import { releaseWorkspace } from './workspace-release.js';
import { adapterExpiryWarnings, workspaceAdapters } from './workspace-adapters.js';

const webhookTimeoutMs = 5000;

/** POSTs the event to each URL without waiting; a failure is a warning, never an error of the decision. */
export function postToWebhooks(urls: readonly string[], warn: (message: string) => void): (event: SwitchboardEvent) => void {
  return (event) => {
    for (const url of urls)
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
        signal: AbortSignal.timeout(webhookTimeoutMs),
      }).then(
        (response) => {
          if (!response.ok) warn(`rollout webhook ${url} answered ${response.status}`);
        },
        (error: unknown) => warn(`rollout webhook ${url} failed: ${(error as Error).message}`),
      );
  };
}

export function workspaceRolloutControl(workspace: Workspace, warn: (message: string) => void): RolloutControl {
  const { rollout } = workspace.config;
  return createRolloutControl({
    rollouts: workspace.stores.rollouts,
    releases: workspace.stores.releases,
    events: workspace.stores.events,
    clock: wallClock,
    newId,
    settings: { sloP95Ms: rollout.sloP95Ms, alpha: rollout.alpha, minimumPerArm: rollout.minimumPerArm, guardrails: rollout.guardrails },
    notify: postToWebhooks(rollout.webhooks, warn),
  });
}

/**
 * The pipeline for each release name: `serving` (the one built at start) answers for itself and `unreleased`; any
 * other release gets its own, built once on first use from its snapshot over the workspace.
 */
export function releasePipelines(
  workspace: Workspace,
  serving: { readonly release: string | null; readonly pipeline: AnswerPipeline },
  warn: (message: string) => void = () => undefined,
): (release: string) => Promise<AnswerPipeline> {
  const built = new Map<string, Promise<AnswerPipeline>>();
  return (name) => {
    if (name === serving.release || name === unreleased) return Promise.resolve(serving.pipeline);
    let pipeline = built.get(name);
    if (!pipeline) {
      pipeline = (async () => {
        const release = await workspace.stores.releases.get(name);
        if (!release) throw new SwitchboardError('STORE_FAILURE', `release '${name}' is assigned but not stored`);
        const released = releaseWorkspace(workspace, release);
        // A candidate's hot-fix adapters expire as the serving release's do: say so when it starts answering.
        for (const warning of adapterExpiryWarnings(workspaceAdapters(released), released.config.adapters.maxAgeDays, wallClock()))
          warn(`release ${name}: ${warning}`);
        return createServingPipeline(released);
      })();
      // A failed build is tried again on the next message rather than cached.
      pipeline.catch(() => built.delete(name));
      built.set(name, pipeline);
    }
    return pipeline;
  };
}

/** Ticks every `seconds` until the returned stop is called; a failed tick is a warning and the next one runs. */
export function startRolloutTicks(control: RolloutControl, seconds: number, warn: (message: string) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    control
      .tick()
      .catch((error: unknown) => warn(`rollout tick failed: ${(error as Error).message}`))
      .finally(() => {
        running = false;
      });
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
