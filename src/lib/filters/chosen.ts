/**
 * The chosen filters in words, for the filter button and the removable list above the results on /search/ and
 * the case-study finder. Pure and free of Node APIs, so their browser scripts load it.
 */
import type { Selection } from './state';

/** A filter as the page shows it: its key, its label and the name of each value it offers. */
export interface FilterGroup<K extends string> {
  key: K;
  label: string;
  names: ReadonlyMap<string, string>;
}

/** One chosen value, named as its checkbox is: "Region" and "South East". */
export interface ChosenFilter<K extends string> {
  key: K;
  value: string;
  label: string;
  name: string;
}

/** Every chosen value in the order the filters and their values are shown; a value the page does not offer is left out. */
export const chosenFilters = <K extends string>(selection: Selection<K>, groups: readonly FilterGroup<K>[]): ChosenFilter<K>[] =>
  groups.flatMap(({ key, label, names }) =>
    [...names].filter(([value]) => selection[key]?.includes(value)).map(([value, name]) => ({ key, value, label, name })),
  );

/** The filter button's words: "Filter", or "Filter (2 chosen)" so a reader knows filters apply before opening it. */
export const filterButtonText = (chosen: number) => (chosen ? `Filter (${chosen} chosen)` : 'Filter');

/** What is counted, in the singular and the plural: "case study" and "case studies". */
export interface Noun {
  one: string;
  other: string;
}

/**
 * The words of the button that ends the filters: "Show 3 case studies", or "Show results" while there is no count
 * (before a search).
 */
export const showResultsText = (count: number | undefined, noun: Noun) =>
  count === undefined ? `Show ${noun.other}` : `Show ${count} ${count === 1 ? noun.one : noun.other}`;

/** What the button that removes a chosen filter says to assistive technology: "Remove filter: Region South East". */
export const removeFilterText = (chosen: ChosenFilter<string>) => `Remove filter: ${chosen.label} ${chosen.name}`;
