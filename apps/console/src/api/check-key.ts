/** Signs a key in: asks `GET /v1/me` who it belongs to, and refuses widget keys, which cannot run the console. */
import { ApiError } from './api-error';
import type { ApiClient } from './client';
import type { Me } from './types';

export async function checkKey(api: ApiClient, signal?: AbortSignal): Promise<Me> {
  const me = await api.get<Me>('/v1/me', signal);
  if (me.scope !== 'agent' && me.scope !== 'admin')
    throw new ApiError(
      403,
      'FORBIDDEN',
      me.scope === 'widget'
        ? 'This is a widget key: it only starts customer conversations. Sign in with an agent or admin key (switchboard keys create --scope agent).'
        : 'This key cannot open the console. Sign in with an agent or admin key.',
    );
  return me;
}
