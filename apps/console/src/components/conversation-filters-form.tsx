/** The filter controls of the Conversations page; "Apply filters" puts them in the page's URL. */
import type { FormEvent } from 'react';
import { filterNames, filtersSearch, type ConversationFilters } from '../conversations/conversation-filters';
import { pathOf } from '../routing/routes';
import { navigate } from '../routing/use-location';
import { Link } from './link';

const outcomes = ['answered', 'declined', 'handoff', 'refused', 'held'];
const listPath = pathOf({ page: 'conversations' });

export function ConversationFiltersForm({ filters }: { readonly filters: ConversationFilters }) {
  const apply = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = Object.fromEntries(filterNames.map((name) => [name, String(form.get(name) ?? '').trim()])) as ConversationFilters;
    navigate(`${listPath}${filtersSearch(chosen)}`);
  };
  // Keyed by the filters, so the controls show the URL's filters after back and forward.
  return (
    <form key={filtersSearch(filters)} className="filters" onSubmit={apply} role="search" aria-label="Filter conversations">
      <div className="field wide">
        <label htmlFor="filter-q">Search</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} placeholder="Words in the messages" />
      </div>
      <div className="field">
        <label htmlFor="filter-outcome">Outcome</label>
        <select id="filter-outcome" name="outcome" defaultValue={filters.outcome}>
          <option value="">Any</option>
          {outcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcome}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-handoff">Handoff</label>
        <select id="filter-handoff" name="handoff" defaultValue={filters.handoff}>
          <option value="">Any</option>
          <option value="true">Handed off</option>
          <option value="false">Not handed off</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">With</label>
        <select id="filter-status" name="status" defaultValue={filters.status}>
          <option value="">Anyone</option>
          <option value="bot">The bot</option>
          <option value="handoff">A person</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-intent">Intent</label>
        <input id="filter-intent" name="intent" defaultValue={filters.intent} />
      </div>
      <div className="field">
        <label htmlFor="filter-persona">Persona</label>
        <input id="filter-persona" name="persona" defaultValue={filters.persona} />
      </div>
      <div className="field">
        <label htmlFor="filter-from">From</label>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To</label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to} />
      </div>
      <div className="field actions">
        <button type="submit">Apply filters</button>
        <Link href={listPath}>Clear</Link>
      </div>
    </form>
  );
}
