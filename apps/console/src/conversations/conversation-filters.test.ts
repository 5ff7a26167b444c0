import { describe, expect, it } from 'vitest';
import { conversationsPath, filtersSearch, readFilters } from './conversation-filters';

describe('conversation filters', () => {
  it('reads every filter from the page query, blank when absent', () => {
    expect(readFilters('?q=refund&outcome=handoff&from=2025-03-01&junk=1')).toEqual({
      q: 'refund',
      status: '',
      handoff: '',
      intent: '',
      persona: '',
      outcome: 'handoff',
      from: '2025-03-01',
      to: '',
    });
  });

  it('writes back only the filters that are set', () => {
    expect(filtersSearch(readFilters('?intent=refund&persona='))).toBe('?intent=refund');
    expect(filtersSearch(readFilters(''))).toBe('');
  });

  it('asks the API for whole local days: from the start of the first to the start of the day after the last', () => {
    const path = conversationsPath(readFilters('?handoff=true&from=2025-03-01&to=2025-03-07'), { limit: 50 });
    const query = new URLSearchParams(path.slice(path.indexOf('?')));
    expect(path.startsWith('/v1/conversations?')).toBe(true);
    expect(query.get('handoff')).toBe('true');
    expect(query.get('from')).toBe(new Date(2025, 2, 1).toISOString());
    expect(query.get('to')).toBe(new Date(2025, 2, 8).toISOString());
    expect(query.get('limit')).toBe('50');
    expect(query.has('before')).toBe(false);
  });

  it('passes the cursor of the next page and drops an unreadable date', () => {
    const query = new URLSearchParams(conversationsPath(readFilters('?from=soon'), { limit: 20, before: 'cursor-1' }).split('?')[1]);
    expect(query.get('before')).toBe('cursor-1');
    expect(query.has('from')).toBe(false);
  });
});
