/** A/B experiments over an open workspace: core's experiment control (`experiment list|status|stop`, the server's routes). */
import { createExperimentControl, type ExperimentControl } from '@switchboard/core/experiments';
import { outcomeSettings } from '@switchboard/core/outcomes';
import { newId, wallClock } from './runtime.js';
import type { Workspace } from './workspace.js';

export function workspaceExperimentControl(workspace: Workspace): ExperimentControl {
  return createExperimentControl({
    experiments: workspace.stores.experiments,
    events: workspace.stores.events,
    rollouts: workspace.stores.rollouts,
    clock: wallClock,
    newId,
    settings: outcomeSettings(workspace.config.outcomes),
  });
}
