/** Admin: try a query against the knowledge base and see why each result ranks where it does (fields and signals). */
import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../api/api-error';
import { useSession } from '../api/session-context';
import type { SearchResponse } from '../api/types';
import type { ScoredRow } from '../trace/scored-rows';
import { ChunkDialog } from './chunk-dialog';
import { ErrorMessage } from './error-message';
import { ScoreTable } from './score-table';

export function SearchPlayground() {
  const { api } = useSession();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(10);
  const [searching, setSearching] = useState(false);
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [chunkId, setChunkId] = useState<string | null>(null);

  const search = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (query.trim() === '') return;
    setSearching(true);
    setError(null);
    try {
      setResponse(await api.post<SearchResponse>('/v1/knowledge/search', { query: query.trim(), limit }));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSearching(false);
    }
  };

  const rows: ScoredRow[] = (response?.results ?? []).map((result) => ({
    chunkId: result.chunkId,
    rank: result.rank,
    title: result.title,
    breadcrumb: result.breadcrumb,
    score: result.score,
    fieldScores: result.fieldScores ?? {},
    signals: result.signals ?? {},
  }));
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">Search playground</h2>
      <form className="filters" onSubmit={(event) => void search(event)} role="search" aria-label="Search the knowledge base">
        <div className="field wide">
          <label htmlFor="search-query">Query</label>
          <input id="search-query" type="search" value={query} onChange={(event) => setQuery(event.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="search-limit">Results</label>
          <input
            id="search-limit"
            type="number"
            min={1}
            max={50}
            value={limit}
            onChange={(event) => setLimit(Math.min(50, Math.max(1, Number(event.target.value) || 1)))}
          />
        </div>
        <div className="field actions">
          <button type="submit" disabled={searching}>
            {searching ? 'Searching…' : 'Search'}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} action="The search failed" />
      {response ? (
        <>
          <p className="muted">
            Terms after analysis: {response.terms.length > 0 ? response.terms.join(', ') : 'none'} · {response.results.length} results
          </p>
          {rows.length > 0 ? <ScoreTable caption={`Results for “${response.query}”`} rows={rows} onOpenChunk={setChunkId} /> : null}
        </>
      ) : null}
      {chunkId ? <ChunkDialog chunkId={chunkId} onClose={() => setChunkId(null)} /> : null}
    </section>
  );
}
