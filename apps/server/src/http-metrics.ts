/** Prometheus metrics: requests, errors, request latency, and latency per pipeline stage. */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface HttpMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'method' | 'route' | 'status'>;
  readonly errors: Counter<'route' | 'code'>;
  readonly requestSeconds: Histogram<'route'>;
  readonly stageSeconds: Histogram<'stage'>;
  readonly answers: Counter<'outcome'>;
}

export function createHttpMetrics(): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'switchboard_' });
  const buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
  return {
    registry,
    requests: new Counter({
      name: 'switchboard_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'switchboard_http_errors_total',
      help: 'HTTP error responses by route and error code',
      labelNames: ['route', 'code'],
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'switchboard_http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['route'],
      buckets,
      registers: [registry],
    }),
    stageSeconds: new Histogram({
      name: 'switchboard_pipeline_stage_duration_seconds',
      help: 'Latency of each pipeline stage',
      labelNames: ['stage'],
      buckets,
      registers: [registry],
    }),
    answers: new Counter({
      name: 'switchboard_answers_total',
      help: 'Answers by outcome (answered, declined, handoff)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
}
