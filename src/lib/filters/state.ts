/**
 * The one filter engine's state: which values are chosen for each filter, and how that is written in a URL.
 * Shared by /search/ and the case-study finder; pure and free of Node APIs, so their browser scripts load it.
 */

/** The values chosen per filter: an item matches any value within a filter, and every filter together. */
export type Selection<K extends string> = Partial<Record<K, string[]>>;

/**
 * Reads the chosen values of `keys` from URL parameters: values trimmed, blanks and repeats dropped, sorted;
 * other parameters ignored. With `known`, a filter keeps only the values it lists.
 */
export function readSelection<K extends string>(params: URLSearchParams, keys: readonly K[], known?: Selection<K>): Selection<K> {
  const selection: Selection<K> = {};
  for (const key of keys) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter((v) => v && (!known?.[key] || known[key].includes(v)));
    if (values.length) selection[key] = values.sort();
  }
  return selection;
}

/** Appends a selection to `params` in a fixed order (filters as `keys` lists them, values sorted), so one selection has one URL. */
export function writeSelection<K extends string>(params: URLSearchParams, keys: readonly K[], selection: Selection<K>): URLSearchParams {
  for (const key of keys) for (const value of [...new Set(selection[key] ?? [])].sort()) params.append(key, value);
  return params;
}

/** The query part of a URL: `?` and the parameters, or nothing when there are none. */
export const queryOf = (params: URLSearchParams) => (params.toString() ? `?${params}` : '');

/** Whether any value is chosen. */
export const hasSelection = (selection: Selection<string>) => Object.values(selection).some((values) => values?.length);

/** The ids an address picks out, e.g. the case studies to compare: ?ids=a,b or ?ids=a&ids=b, only those that exist, each once. */
export function selectedIds(search: string, known: string[]): string[] {
  const asked = new URLSearchParams(search).getAll('ids').flatMap((v) => v.split(','));
  return [...new Set(asked.map((id) => id.trim()))].filter((id) => known.includes(id));
}
