/**
 * The search page's filter values, applied in the browser by the filter engine (src/lib/filters/) rather than by
 * Pagefind, whose counting scans the whole result list once per entry that has a value
 * (docs/decisions/search-filters-in-page.md).
 */
import type { FilterValues } from '../filters/match';
import type { SearchFilterKey } from './state';

/** Every entry's filter values, published as /search/facets.json, keyed by the entry's address. */
export interface FacetTable {
  /** Each filter value once, as [key, value]. */
  values: [SearchFilterKey, string][];
  /**
   * Each entry by its address: its number, newest evidence first, which its page gives Pagefind as a sort key so that
   * the search page can tell which result is which entry; and the positions in `values` of its filter values.
   */
  entries: Record<string, { number: number; values: number[] }>;
}

/** The one language the index is built in, which names Pagefind's WebAssembly file (`wasm.<language>.pagefind`). */
export const searchLanguage = 'en';
/** Pagefind's WebAssembly, which the search page asks for alongside Pagefind's script rather than after it. */
export const searchWasm = `/pagefind/wasm.${searchLanguage}.pagefind`;

/** The Pagefind sort key that numbers entries; padded so that ordering as text or as numbers agree. */
export const entryNumberSort = 'entry';
export const entryNumberKey = (n: number) => String(n).padStart(6, '0');

/** One entry of the table, with its filter values as the filter engine takes them. */
export interface SearchEntry {
  url: string;
  number: number;
  values: FilterValues<SearchFilterKey>;
}

/** Every entry of the table, in the order of their numbers (newest evidence first), as Pagefind sorts them by `entryNumberSort`. */
export function tableEntries(table: FacetTable): SearchEntry[] {
  return Object.entries(table.entries)
    .map(([url, entry]) => {
      const values: Partial<Record<SearchFilterKey, string[]>> = {};
      for (const [key, value] of entry.values.map((v) => table.values[v])) (values[key] ??= []).push(value);
      return { url, number: entry.number, values };
    })
    .sort((a, b) => a.number - b.number);
}
