/**
 * The search page's filters, applied in the browser rather than by Pagefind. Pagefind counts each filter value
 * by scanning the whole result list once per entry that has the value; here one pass over the results does it
 * (docs/decisions/search-filters-in-page.md).
 */
import type { SearchFilterKey, SearchState } from './state';

/**
 * Every entry's filter values, published as /search/facets.json. Entries are numbered newest first; each entry
 * page carries its number as a Pagefind sort key, which is how the page matches Pagefind's results to entries.
 */
export interface FacetTable {
  /** Each filter value once, as [key, value]. */
  values: [SearchFilterKey, string][];
  /** For entry number n, the positions in `values` of its filter values. */
  entries: number[][];
}

/** The Pagefind sort key that numbers entries; padded so that ordering as text or as numbers agree. */
export const entryNumberSort = 'entry';
export const entryNumberKey = (n: number) => String(n).padStart(6, '0');

export type FacetCounts = Partial<Record<SearchFilterKey, Record<string, number>>>;

/**
 * Narrows results to the chosen filters: an entry must have one of the chosen values of every filter used.
 * `numbers` gives each result's entry number (undefined if the table does not know it, so it never matches a
 * filter). Returns the kept results' positions, newest first when asked, and for every value the number of kept
 * results that have it, as the checkboxes show.
 */
export function narrow(table: FacetTable, numbers: (number | undefined)[], state: Pick<SearchState, 'filters' | 'sort'>): { kept: number[]; counts: FacetCounts } {
  // For each filter used, the positions of its chosen values; a value no entry has leaves the set empty, matching nothing.
  const sets = Object.entries(state.filters)
    .filter(([, chosen]) => chosen?.length)
    .map(([key, chosen]) => new Set(table.values.flatMap(([k, value], i) => (k === key && chosen!.includes(value) ? [i] : []))));
  const tally = new Array<number>(table.values.length).fill(0);
  const kept: number[] = [];
  numbers.forEach((n, i) => {
    const values = n === undefined ? undefined : table.entries[n];
    if (sets.length && (!values || !sets.every((set) => values.some((v) => set.has(v))))) return;
    kept.push(i);
    for (const v of values ?? []) tally[v]++;
  });
  // Entries are numbered newest first.
  if (state.sort === 'newest') kept.sort((a, b) => (numbers[a] ?? Infinity) - (numbers[b] ?? Infinity));
  const counts: FacetCounts = {};
  table.values.forEach(([key, value], i) => ((counts[key] ??= {})[value] = tally[i]));
  return { kept, counts };
}
