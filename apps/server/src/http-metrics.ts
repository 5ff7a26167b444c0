/** Prometheus metrics: requests, errors, request latency, latency per pipeline stage, feedback and outcomes. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface HttpMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'method' | 'route' | 'status'>;
  readonly errors: Counter<'route' | 'code'>;
  readonly requestSeconds: Histogram<'route'>;
  readonly stageSeconds: Histogram<'stage'>;
  readonly answers: Counter<'outcome'>;
  /** Customers' 1–5 ratings, observed as this process records them. */
  readonly csatRatings: Histogram;
  readonly feedbackThumbs: Counter<'thumbs'>;
  /** Outcomes agents stated (POST /v1/conversations/:id/outcome) through this process. */
  readonly agentOutcomes: Counter<'outcome'>;
  /** Conversations started in the last 24 hours by outcome, read at each scrape from `observeOutcomes`. */
  readonly conversationOutcomes: Gauge<'outcome'>;
  /** Where the outcome gauge reads its counts at each scrape (outcome → conversations); until set it shows nothing. */
  observeOutcomes(count: () => Promise<Readonly<Record<string, number>>>): void;
}

export function createHttpMetrics(): HttpMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'switchboard_' });
  const buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
  // Facts that happen at one request (a rating, a stated outcome) are counters in the process that served it: every
  // replica counts only its own, so sum() over instances is the total and rate() survives restarts. An outcome is
  // different: it settles as time passes (an answer becomes a resolution after the inactivity window, a resolution is
  // reopened days later), with no request to count it at. So the outcome gauge is read from the shared store at
  // scrape time instead; every replica then reports the same value, and dashboards aggregate it with max(), not sum().
  let countOutcomes: (() => Promise<Readonly<Record<string, number>>>) | null = null;
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
    csatRatings: new Histogram({
      name: 'switchboard_csat_rating',
      help: "Customers' 1-5 ratings recorded by this process",
      buckets: [1, 2, 3, 4, 5],
      registers: [registry],
    }),
    feedbackThumbs: new Counter({
      name: 'switchboard_feedback_thumbs_total',
      help: 'Thumbs up and down on replies recorded by this process',
      labelNames: ['thumbs'],
      registers: [registry],
    }),
    agentOutcomes: new Counter({
      name: 'switchboard_agent_outcomes_total',
      help: 'Outcomes agents stated through this process, by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    conversationOutcomes: new Gauge({
      name: 'switchboard_conversations_by_outcome',
      help: 'Conversations started in the last 24 hours by outcome, read from the store at scrape time (the same on every replica: aggregate with max, not sum)',
      labelNames: ['outcome'],
      registers: [registry],
      async collect() {
        if (!countOutcomes) return;
        const counts = await countOutcomes();
        this.reset();
        for (const [outcome, count] of Object.entries(counts)) this.set({ outcome }, count);
      },
    }),
    observeOutcomes(count) {
      countOutcomes = count;
    },
  };
}
