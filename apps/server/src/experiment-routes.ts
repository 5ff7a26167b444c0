/**
 * The admin's view of what is being tested on customers: GET /v1/experiments (the list and the one served),
 * GET /v1/experiments/:name (the body of `switchboard experiment status NAME --json`) and GET /v1/rollout (the body of
 * `switchboard rollout status --json`, or {rollout: null}). The composition lives in core's controls, which the CLI
 * uses too, so both surfaces answer the same.
 */
import type { FastifyInstance } from 'fastify';
import { SwitchboardError } from '@switchboard/spec';
import type { ExperimentControl } from '@switchboard/core/experiments';
import type { RolloutControl } from '@switchboard/core/rollout';

export interface ExperimentRouteDependencies {
  /** Experiments over the workspace's stores; the experiment routes answer 404 saying so when absent. */
  readonly experiments?: Pick<ExperimentControl, 'list' | 'status'>;
  /** The staged rollout over the workspace's stores and `rollout` settings; GET /v1/rollout answers 404 saying so when absent. */
  readonly rollout?: Pick<RolloutControl, 'status'>;
}

const missing = (what: string): SwitchboardError =>
  new SwitchboardError('NOT_FOUND', `this server was started without ${what} (switchboard serve gives it the workspace's)`);

export function registerExperimentRoutes(app: FastifyInstance, deps: ExperimentRouteDependencies): void {
  const experiments = (): Pick<ExperimentControl, 'list' | 'status'> => {
    if (!deps.experiments) throw missing('an experiment store');
    return deps.experiments;
  };
  app.get('/v1/experiments', async () => experiments().list());
  app.get<{ Params: { name: string } }>('/v1/experiments/:name', async (request) => experiments().status(request.params.name));
  app.get('/v1/rollout', async () => {
    if (!deps.rollout) throw missing('a rollout store');
    return (await deps.rollout.status()) ?? { rollout: null };
  });
}
