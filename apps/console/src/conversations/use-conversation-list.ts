/** The conversations matching the filters, first page on load and more pages on demand through the `next` cursor. */
import { useState } from 'react';
import { toApiError, type ApiError } from '../api/api-error';
import { useSession } from '../api/session-context';
import type { ConversationPage, ConversationSummary } from '../api/types';
import { useResource } from '../api/use-resource';
import { conversationsPath, type ConversationFilters } from './conversation-filters';

const pageSize = 50;

export interface ConversationList {
  readonly conversations: readonly ConversationSummary[] | null;
  readonly next: string | null;
  readonly loading: boolean;
  readonly loadingMore: boolean;
  readonly error: ApiError | null;
  loadMore(): void;
}

export function useConversationList(filters: ConversationFilters): ConversationList {
  const { api } = useSession();
  const firstPath = conversationsPath(filters, { limit: pageSize });
  const first = useResource(firstPath, (signal) => api.get<ConversationPage>(firstPath, signal));
  const [more, setMore] = useState<{ path: string; pages: ConversationPage[]; loading: boolean; error: ApiError | null }>({
    path: firstPath,
    pages: [],
    loading: false,
    error: null,
  });
  if (more.path !== firstPath) setMore({ path: firstPath, pages: [], loading: false, error: null });

  const pages = more.path === firstPath ? more.pages : [];
  const next = (pages.at(-1) ?? first.data)?.next ?? null;
  const loadMore = (): void => {
    if (!next || more.loading) return;
    setMore((previous) => ({ ...previous, loading: true, error: null }));
    api.get<ConversationPage>(conversationsPath(filters, { limit: pageSize, before: next })).then(
      (page) =>
        setMore((previous) => (previous.path === firstPath ? { ...previous, pages: [...previous.pages, page], loading: false } : previous)),
      (error: unknown) =>
        setMore((previous) => (previous.path === firstPath ? { ...previous, loading: false, error: toApiError(error) } : previous)),
    );
  };

  return {
    conversations: first.data ? [...first.data.conversations, ...pages.flatMap((page) => page.conversations)] : null,
    next,
    loading: first.loading && !first.data,
    loadingMore: more.loading,
    error: first.error ?? more.error,
    loadMore,
  };
}
