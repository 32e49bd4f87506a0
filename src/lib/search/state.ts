import { queryOf, readSelection, writeSelection, type Selection } from '../filters/state';

/** The search filters, in the order /search/ shows them. `key` is the Pagefind filter name and the URL parameter. */
export const searchFilters = [
  { key: 'type', label: 'Type' },
  { key: 'topic', label: 'Topic' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'region', label: 'Region' },
  { key: 'needs', label: 'Needs' },
  { key: 'programme', label: 'Programme' },
  { key: 'year', label: 'Year of source' },
] as const;

export type SearchFilterKey = (typeof searchFilters)[number]['key'];
export const searchFilterKeys = searchFilters.map((f) => f.key);

/** What a search is: words, chosen filter values and the order. Kept in the URL so a search can be shared. */
export interface SearchState {
  q: string;
  sort: 'relevance' | 'newest';
  filters: Selection<SearchFilterKey>;
}

/** Reads a search from a query string (`?q=crc&type=Case+study&sort=newest`), ignoring anything unknown. */
export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    q: (params.get('q') ?? '').trim(),
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    filters: readSelection(params, searchFilterKeys),
  };
}

/** A search as a query string in a fixed order, so one search has one address. Empty parts are left out. */
export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  writeSelection(params, searchFilterKeys, state.filters);
  if (state.sort === 'newest') params.set('sort', 'newest');
  return queryOf(params);
}
