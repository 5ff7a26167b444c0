/** The API's `{error: {code, message, details?}}` bodies as an Error the pages can show: a message and a code, no stack. */

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    /** The API's error code (`ALREADY_CLAIMED`, `FORBIDDEN`, …), or one of ours: `NETWORK_ERROR`, `HTTP_<status>`. */
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> | null = null,
  ) {
    super(message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an error response's text into an ApiError; a body that is not the API's error shape still gives a readable one. */
export function readErrorBody(status: number, text: string): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall through to the generic message.
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (error && typeof error.code === 'string' && typeof error.message === 'string')
    return new ApiError(status, error.code, error.message, isRecord(error.details) ? error.details : null);
  return new ApiError(status, `HTTP_${status}`, genericMessage(status));
}

function genericMessage(status: number): string {
  if (status === 401) return 'The key was not accepted. Sign in again.';
  if (status === 403) return 'This key is not allowed to do that.';
  if (status === 404) return 'Not found.';
  if (status >= 500) return 'The server failed to answer. Try again in a moment.';
  return `The request failed with status ${status}.`;
}

/** Any thrown value as an ApiError, so a page shows one kind of error: a failed fetch becomes NETWORK_ERROR. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof TypeError)
    return new ApiError(0, 'NETWORK_ERROR', 'Could not reach the Switchboard server. Check the connection and try again.');
  return new ApiError(0, 'UNEXPECTED', 'Something went wrong.');
}
