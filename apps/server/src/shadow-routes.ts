/**
 * GET /v1/shadow (admins): the running shadow run, else the latest, and its report (core/shadow), as
 * `switchboard shadow report --json` gives it. Starting and stopping stay with the CLI, whose operator is audited.
 */
import type { FastifyInstance } from 'fastify';
import { shadowReplyEvent, shadowReport, type ShadowReport } from '@switchboard/core/shadow';
import type { EventStore, ShadowRun, ShadowStore } from '@switchboard/spec';

export interface ShadowRouteDependencies {
  /** The shadow runs; without them the route answers `{run: null, report: null}`. */
  readonly shadows?: Pick<ShadowStore, 'current' | 'latest'>;
  readonly events: EventStore;
}

export function registerShadowRoutes(app: FastifyInstance, deps: ShadowRouteDependencies): void {
  app.get('/v1/shadow', async (): Promise<{ run: ShadowRun | null; report: ShadowReport | null }> => {
    const run = deps.shadows ? ((await deps.shadows.current()) ?? (await deps.shadows.latest())) : null;
    if (!run) return { run: null, report: null };
    const events = await deps.events.list({ type: shadowReplyEvent, since: run.startedAt });
    return { run, report: shadowReport(run, events) };
  });
}
