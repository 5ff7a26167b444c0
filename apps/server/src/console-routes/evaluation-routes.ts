/**
 * The console's Evaluations pages: the stored golden-suite runs (`switchboard eval run`) newest first, and one run as
 * stored with the workspace's acceptance criteria (`release.criteria`) checked against its aggregates.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { criterionNames, SwitchboardError, type EvalRunStore } from '@switchboard/spec';
import { evaluateCriteria, type Criterion, type CriterionValues } from '@switchboard/core/evaluation';
import type { Validate } from '../request-validation.js';

export interface EvaluationRouteDependencies {
  /** The stored runs; both routes answer 404 saying so when the server was built without them. */
  readonly evalRuns?: EvalRunStore;
  /** The workspace's acceptance criteria (config `release.criteria`, parsed); none when absent. */
  readonly releaseCriteria?: readonly Criterion[];
  readonly validate: Validate;
}

export const evaluationRunListQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^\d+$/, 'must be a whole number from 1 to 200')
    .transform(Number)
    .pipe(z.number().min(1, 'must be from 1 to 200').max(200, 'must be from 1 to 200'))
    .optional(),
});

const defaultLimit = 50;

/**
 * The part of a stored run the criteria read: its aggregates and the baseline's regressions. The rest of the run
 * (packages/evaluation's `EvalRun`) is passed through as stored; the server does not depend on its shape.
 */
const criterionSource = z.looseObject({
  aggregates: z.record(z.string(), z.unknown()).optional(),
  baseline: z.looseObject({ regressions: z.array(z.unknown()) }).optional(),
});

/** The criterion values of a stored run; an aggregate missing or not a number counts as not measured. */
export function storedRunCriterionValues(run: unknown): CriterionValues {
  const parsed = criterionSource.safeParse(run);
  const aggregates = parsed.success ? (parsed.data.aggregates ?? {}) : {};
  const values: Record<string, number | null | undefined> = {};
  for (const name of criterionNames) {
    const value = aggregates[name];
    values[name] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  values['regressions'] = parsed.success ? parsed.data.baseline?.regressions.length : undefined;
  return values as CriterionValues;
}

export function registerEvaluationRoutes(app: FastifyInstance, deps: EvaluationRouteDependencies): void {
  const store = (): EvalRunStore => {
    if (!deps.evalRuns)
      throw new SwitchboardError(
        'NOT_FOUND',
        'this server was started without an eval run store (switchboard serve gives it the workspace store)',
      );
    return deps.evalRuns;
  };

  app.get('/v1/evaluations/runs', async (request) => {
    const { limit = defaultLimit } = deps.validate(evaluationRunListQuery, request.query ?? {}, 'query');
    const runs = await store().list(limit);
    return {
      runs: runs.map(({ runId, startedAt, configHash, knowledgeVersion, gitCommit, casesTotal, casesPassed }) => ({
        runId,
        startedAt,
        configHash,
        knowledgeVersion,
        gitCommit,
        casesTotal,
        casesPassed,
      })),
    };
  });

  app.get<{ Params: { id: string } }>('/v1/evaluations/runs/:id', async (request) => {
    const stored = await store().get(request.params.id);
    if (!stored)
      throw new SwitchboardError(
        'NOT_FOUND',
        `eval run ${request.params.id} does not exist (GET /v1/evaluations/runs lists them; switchboard eval run stores one)`,
      );
    const run = JSON.parse(stored.body) as Record<string, unknown>;
    const criteria = evaluateCriteria(deps.releaseCriteria ?? [], storedRunCriterionValues(run));
    return { ...run, criteria };
  });
}
