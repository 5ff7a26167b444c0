/** Translates HTTP statuses, network failures, timeouts and bad bodies into SwitchboardError('PROVIDER_FAILURE'). */
import { SwitchboardError, isSwitchboardError } from '@switchboard/spec';

/** 408, 409, 425, 429 and 5xx may succeed when repeated; other 4xx are our mistake (bad key, bad model name). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;
}

export function errorFromResponse(providerId: string, status: number, body: string, retryAfter: string | null): SwitchboardError {
  const hint =
    status === 401 || status === 403
      ? ' Check the API key (the variable named by apiKeyEnv, or SWITCHBOARD_LLM_API_KEY).'
      : status === 404
        ? ' Check the base URL (OpenAI-compatible servers usually end in /v1) and the model name.'
        : '';
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  return new SwitchboardError('PROVIDER_FAILURE', `${providerId} answered HTTP ${status}.${hint}`, {
    isRetryable: isRetryableStatus(status),
    details: {
      provider: providerId,
      status,
      // Vendors put the reason in the body; a short excerpt helps operators without leaking a whole page.
      body: body.slice(0, 300),
      ...(Number.isFinite(seconds) ? { retryAfterMs: seconds * 1000 } : {}),
    },
  });
}

/** Wraps what fetch or a body read threw. `timedOut` tells our own deadline apart from the caller's cancellation. */
export function errorFromException(providerId: string, error: unknown, timedOut: boolean): SwitchboardError {
  if (isSwitchboardError(error)) return error;
  if (timedOut)
    return new SwitchboardError('PROVIDER_FAILURE', `${providerId} timed out`, {
      isRetryable: true,
      cause: error,
      details: { provider: providerId },
    });
  const aborted = error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
  const message = aborted
    ? `${providerId} request was cancelled`
    : `${providerId} could not be reached: ${error instanceof Error ? error.message : String(error)}`;
  return new SwitchboardError('PROVIDER_FAILURE', message, { isRetryable: !aborted, cause: error, details: { provider: providerId } });
}

export function malformedResponse(providerId: string, what: string, cause?: unknown): SwitchboardError {
  // A garbled body from a healthy endpoint is usually transient (a proxy cut it, a worker crashed mid-reply).
  return new SwitchboardError('PROVIDER_FAILURE', `${providerId} sent a malformed response: ${what}`, {
    isRetryable: true,
    cause,
    details: { provider: providerId },
  });
}
