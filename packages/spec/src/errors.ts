/** The error catalogue: one base class, a code from a closed union, `cause` kept when wrapping. */

/** Every error code Switchboard raises. Kept in step with docs/errors.md by a test. */
export const errorCodes = [
  'CONFIG_INVALID',
  'CONFIG_NOT_FOUND',
  'INGEST_FILE_INVALID',
  'INGEST_PATH_NOT_FOUND',
  'STORE_FAILURE',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'METHOD_NOT_ALLOWED',
  'URI_TOO_LONG',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'DATASET_INVALID',
  'RATE_LIMITED',
  'PROVIDER_FAILURE',
  'SOURCE_FETCH_FAILED',
  'ALREADY_CLAIMED',
  'HANDOFF_CHANGED',
  'ALREADY_DECIDED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface SwitchboardErrorOptions {
  /** The error this one wraps, if any. */
  cause?: unknown;
  /** True when the same call may succeed if tried again (timeouts, 429, 5xx). */
  isRetryable?: boolean;
  /** Structured details safe to show to a caller (file, line, field). */
  details?: Record<string, unknown>;
}

/** Base class of every error Switchboard raises on purpose. */
export class SwitchboardError extends Error {
  readonly code: ErrorCode;
  readonly isRetryable: boolean;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: SwitchboardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SwitchboardError';
    this.code = code;
    this.isRetryable = options.isRetryable ?? false;
    this.details = options.details ?? {};
  }
}

/** True when `value` is a SwitchboardError (also across package copies). */
export function isSwitchboardError(value: unknown): value is SwitchboardError {
  return (
    value instanceof SwitchboardError ||
    (value instanceof Error && typeof (value as { code?: unknown }).code === 'string' && value.name === 'SwitchboardError')
  );
}
