import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchJsonPages } from './fetch-json-pages.js';
import { startLocalStandInServer, type LocalStandInServer } from '@switchboard/testkit';

describe('fetchJsonPages (local stand-in server)', () => {
  let standIn: LocalStandInServer;
  const noWait = async (): Promise<void> => {};

  beforeEach(async () => {
    standIn = await startLocalStandInServer(() => undefined);
  });
  afterEach(() => standIn.close());

  it('tries a 503 again and then succeeds', async () => {
    let calls = 0;
    standIn.routes = () => (++calls === 1 ? { status: 503, body: {} } : { body: { ok: true } });
    const pages = await fetchJsonPages({ what: 'test listing', firstUrl: `${standIn.origin}/list`, next: () => null, delay: noWait });
    expect(pages).toEqual([{ ok: true }]);
    expect(calls).toBe(2);
  });

  it('gives up on a 404 at once, naming the listing, URL and status', async () => {
    await expect(
      fetchJsonPages({ what: 'test listing', firstUrl: `${standIn.origin}/missing`, next: () => null, delay: noWait }),
    ).rejects.toMatchObject({
      code: 'SOURCE_FETCH_FAILED',
      isRetryable: false,
      message: `test listing: GET ${standIn.origin}/missing answered 404 Not Found`,
    });
    expect(standIn.requests).toHaveLength(1);
  });

  it('refuses to follow a next link to another host, so the token never leaves the configured server', async () => {
    standIn.routes = () => ({ body: { next: 'https://elsewhere.example/steal' } });
    await expect(
      fetchJsonPages({
        what: 'test listing',
        firstUrl: `${standIn.origin}/list`,
        next: (page) => (page as { next: string }).next,
        headers: { authorization: 'Bearer t' },
      }),
    ).rejects.toThrow(/next page is on another host \(https:\/\/elsewhere\.example\)/);
  });

  it('stops a listing whose next link never ends', async () => {
    standIn.routes = () => ({ body: {} });
    await expect(
      fetchJsonPages({ what: 'test listing', firstUrl: `${standIn.origin}/list`, next: (_page, url) => `${url}x`, maxPages: 3 }),
    ).rejects.toThrow(/more than 3 pages/);
    expect(standIn.requests).toHaveLength(3);
  });
});
