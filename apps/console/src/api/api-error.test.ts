import { describe, expect, it } from 'vitest';
import { ApiError, readErrorBody, toApiError } from './api-error';

describe('readErrorBody', () => {
  it('reads the code, message and details of an API error body', () => {
    const error = readErrorBody(
      409,
      JSON.stringify({ error: { code: 'ALREADY_CLAIMED', message: 'handoff h1 is held by ana', details: { heldBy: 'ana' } } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'ALREADY_CLAIMED', message: 'handoff h1 is held by ana', details: { heldBy: 'ana' } });
  });

  it('gives a readable message and an HTTP_ code for a body that is not the API shape', () => {
    expect(readErrorBody(502, '<html>Bad gateway</html>')).toMatchObject({
      code: 'HTTP_502',
      message: expect.stringMatching(/server failed/),
    });
    expect(readErrorBody(403, JSON.stringify({ error: 'nope' }))).toMatchObject({
      code: 'HTTP_403',
      message: expect.stringMatching(/not allowed/),
    });
    expect(readErrorBody(404, '')).toMatchObject({ code: 'HTTP_404', details: null });
  });
});

describe('toApiError', () => {
  it('turns a failed fetch into NETWORK_ERROR and keeps an ApiError as it is', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
    const original = new ApiError(400, 'VALIDATION_FAILED', 'text must not be empty');
    expect(toApiError(original)).toBe(original);
  });

  it('never passes on the message of an unexpected error', () => {
    expect(toApiError(new Error('at Object.<anonymous> (file.js:1:1)')).message).toBe('Something went wrong.');
  });
});
