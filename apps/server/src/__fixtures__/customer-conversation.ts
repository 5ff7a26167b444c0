/** A customer's conversation through `app.inject`: started from their device with a widget key, one message sent. */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { withKey } from './test-api-keys.js';

/** POSTs `payload` to `url` with `key`, expects a 2xx and returns the body. */
export async function postOk(app: FastifyInstance, key: string, url: string, payload?: Record<string, unknown>) {
  const response = await app.inject(withKey(key, { method: 'POST', url, ...(payload ? { payload } : {}) } as InjectOptions));
  expect(response.statusCode, url).toBeLessThan(300);
  return response.json<Record<string, unknown>>();
}

/** The conversation and its token, and the release and arm that answered its one message. */
export async function customerConversation(app: FastifyInstance, widgetKey: string, device: string) {
  const conversation = (await postOk(app, widgetKey, '/v1/conversations', { deviceId: device })) as { id: string; token: string };
  const reply = await postOk(app, conversation.token, `/v1/conversations/${conversation.id}/messages`, {
    text: 'Can annual plans be refunded?',
  });
  const experiment = reply['experiment'] as string | undefined;
  return { ...conversation, release: reply['release'] as string, arm: reply['arm'] as string, ...(experiment ? { experiment } : {}) };
}
