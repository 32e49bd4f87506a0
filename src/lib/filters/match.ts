/**
 * The one filter engine's matching and counting, for /search/, the case-study finder and its static pages.
 * Pure and free of Node APIs, so the browser scripts load it.
 */
import type { Selection } from './state';

/** An item's values per filter; a filter it has no value for matches none of that filter's choices. */
export type FilterValues<K extends string> = Partial<Record<K, readonly string[]>>;

/** How many items each value of each filter would show: `counts[key].get(value)`. */
export type FilterCounts<K extends string> = Record<K, Map<string, number>>;

/** The filters among `keys` whose choice an item misses: it has none of their chosen values. */
const missed = <K extends string>(values: FilterValues<K>, selection: Selection<K>, keys: readonly K[]) =>
  keys.filter((key) => selection[key]?.length && !selection[key].some((v) => values[key]?.includes(v)));

/** Whether an item has one of the chosen values of every filter with a choice. */
export const matches = <K extends string>(values: FilterValues<K>, selection: Selection<K>) =>
  missed(values, selection, Object.keys(selection) as K[]).length === 0;

/**
 * The items that match `selection`, in their order, and for every filter value how many items it would show.
 * A filter's counts apply every other filter's choices but not its own, as GOV.UK finders count: choosing
 * "Case study" leaves "Post" with the posts that match everything else, not zero
 * (docs/decisions/filter-counts.md).
 */
export function applyFilters<T, K extends string>(
  items: readonly T[],
  valuesOf: (item: T) => FilterValues<K>,
  selection: Selection<K>,
  keys: readonly K[],
): { kept: T[]; counts: FilterCounts<K> } {
  const counts = Object.fromEntries(keys.map((key) => [key, new Map<string, number>()])) as FilterCounts<K>;
  const tally = (key: K, values: FilterValues<K>) => {
    for (const value of values[key] ?? []) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
  };
  const kept: T[] = [];
  for (const item of items) {
    const values = valuesOf(item);
    const misses = missed(values, selection, keys);
    if (misses.length === 0) {
      // A match counts towards every filter's values.
      kept.push(item);
      for (const key of keys) tally(key, values);
    } else if (misses.length === 1) {
      // Missing one filter's choice: it would show if that filter's choice changed, so it counts there only.
      tally(misses[0], values);
    }
  }
  return { kept, counts };
}
