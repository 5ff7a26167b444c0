/** A customer route that answered with an error, or could not be reached. The widget shows a label, never this text. */
export class WidgetRequestError extends Error {
  override readonly name = 'WidgetRequestError';

  constructor(
    message: string,
    /** The HTTP status; 0 when the server could not be reached or the stream broke off. */
    readonly status: number,
    /** The server's error code (docs/errors.md), e.g. RATE_LIMITED; 'NETWORK' when unreachable. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The conversation token no longer opens the conversation: forget it and start another. */
  get conversationGone(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }
}
