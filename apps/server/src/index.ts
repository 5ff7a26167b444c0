/** The HTTP API: build-app.ts builds it without listening, main.ts listens. */
export { buildApp, type AppDependencies } from './build-app.js';
export { closeOnSignal, listen, type RunningServer } from './main.js';
export { createHttpMetrics, type HttpMetrics } from './http-metrics.js';
export { toHttpError } from './http-errors.js';
export { type LogLevel, type RequestLogOptions } from './request-logging.js';
export { type RateLimits } from './request-limits.js';
