/** The one place that maps error codes to HTTP statuses. Internals never leak: unknown errors are a plain 500. */
import { isSwitchboardError, type ErrorCode } from '@switchboard/spec';

const statusOf: Record<ErrorCode, number> = {
  CONFIG_INVALID: 500,
  CONFIG_NOT_FOUND: 500,
  INGEST_FILE_INVALID: 422,
  INGEST_PATH_NOT_FOUND: 404,
  STORE_FAILURE: 503,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  METHOD_NOT_ALLOWED: 405,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  DATASET_INVALID: 422,
  RATE_LIMITED: 429,
  PROVIDER_FAILURE: 502,
  SOURCE_FETCH_FAILED: 502,
  ALREADY_CLAIMED: 409,
  HANDOFF_CHANGED: 409,
  ALREADY_DECIDED: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INTERNAL: 500,
};

/** Fastify's own errors (FST_ERR_…) that a caller can cause, as our code and a message naming the part of the request. */
const frameworkErrors: Record<string, { readonly code: ErrorCode; readonly message: (error: Error) => string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: () => 'request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'request body has an unsupported content-type; send it as application/json',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'request content-type header is not valid; send the body as application/json',
  },
  FST_ERR_CTP_EMPTY_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'request content-type header is empty; send the body as application/json',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'VALIDATION_FAILED', message: () => 'request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'VALIDATION_FAILED', message: () => 'request body is empty but content-type is application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'VALIDATION_FAILED',
    message: () => 'request content-length header does not match the length of the body',
  },
  FST_ERR_BAD_URL: { code: 'VALIDATION_FAILED', message: (error) => `request path ${quotePath(error)} has a malformed %-encoding` },
  FST_ERR_MAX_PARAM_LENGTH: {
    code: 'URI_TOO_LONG',
    message: (error) => `request path ${quotePath(error)} has a path parameter (an id) longer than the server accepts`,
  },
};

export interface HttpErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

/** Translates anything thrown in a handler, or by the framework, into a status and a safe body. */
export function toHttpError(error: unknown): { status: number; body: HttpErrorBody } {
  if (isSwitchboardError(error)) {
    return { status: statusOf[error.code], body: { error: { code: error.code, message: error.message } } };
  }
  const framework = frameworkErrors[String((error as { code?: unknown } | null)?.code)];
  if (framework) {
    const message = framework.message(error as Error);
    return { status: statusOf[framework.code], body: { error: { code: framework.code, message } } };
  }
  const status = (error as { statusCode?: number } | null)?.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    // A client error we have no entry for: say it was the request, without echoing framework internals.
    return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'the request is malformed' } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error; the event was logged' } } };
}

/** The path Fastify quoted in its message, cut short so that a 10,000-character id is not echoed back. */
function quotePath(error: Error): string {
  const path = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  return `'${path.length > 80 ? `${path.slice(0, 80)}…` : path}'`;
}
