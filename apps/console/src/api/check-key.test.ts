import { describe, expect, it } from 'vitest';
import { checkKey } from './check-key';
import { createApiClient } from './client';

const answering = (body: unknown, status = 200) =>
  createApiClient({ key: 'sb_x', fetch: (async () => Response.json(body, { status })) as unknown as typeof fetch });

describe('checkKey', () => {
  it('returns the name and scope of an agent or admin key', async () => {
    await expect(checkKey(answering({ name: 'ana', scope: 'agent' }))).resolves.toEqual({ name: 'ana', scope: 'agent' });
    await expect(checkKey(answering({ name: 'root', scope: 'admin' }))).resolves.toEqual({ name: 'root', scope: 'admin' });
  });

  it('refuses a widget key with a message that says which key to use', async () => {
    await expect(checkKey(answering({ name: 'site', scope: 'widget' }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/widget key.*agent or admin key/),
    });
  });

  it('passes on the server refusing the key', async () => {
    await expect(checkKey(answering({ error: { code: 'UNAUTHENTICATED', message: 'no valid key' } }, 401))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
