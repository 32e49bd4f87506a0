import type { GlossaryItem } from '../../schemas/glossary';
import type { SynonymGroup } from '../../schemas/synonyms';
import type { Taxonomies } from '../../schemas/taxonomies';
import { contentType } from '../content/types';
import { entryUrl, type EntryLike } from '../content/entries';
import { meaningsFor, missingForms } from '../content/glossary';
import { organisationMentions } from '../content/grouping';
import { synonymForms } from '../content/synonyms';
import { termName } from '../content/taxonomies';
import { applyFilters } from '../filters/match';
import { tableEntries, type FacetTable } from './facets';
import { searchFilterKeys, searchFilters, type SearchFilterKey } from './state';

type SearchableEntry = EntryLike & { data: { inspectorate?: string; partners?: unknown[] } };

/**
 * The filter values of one entry, as names readers know (Pagefind shows them as given). "year" is the year of
 * the original publication: every entry is about a dated source, and that is the year readers look for.
 */
export function filterValues(entry: SearchableEntry, taxonomies: Taxonomies): [SearchFilterKey, string][] {
  const d = entry.data;
  const named = (key: SearchFilterKey, list: { id: string; name: string }[], ids: string[] = []) =>
    ids.map((id): [SearchFilterKey, string] => [key, termName(list, id)]);
  return [
    ['type', contentType(entry.collection).label],
    ...named('topic', taxonomies.topics, d.topics),
    ...named('organisation', taxonomies.organisations, organisationMentions(entry)),
    ...named('region', taxonomies.regions, d.region ? [d.region] : []),
    ...named('needs', taxonomies.needs, d.needs),
    ...named('programme', taxonomies.programmes, d.programme ? [d.programme] : []),
    ...[...new Set(d.sources.map((s) => s.date.slice(0, 4)))].sort().map((year): [SearchFilterKey, string] => ['year', year]),
  ];
}

/**
 * Every filter value and how many entries have it, each list in the order the search page shows it. The page is
 * built with these, so the filters are there before its script loads: nothing moves.
 */
export function filterCounts(table: FacetTable): { key: SearchFilterKey; label: string; values: [string, number][] }[] {
  // Counted as the page's script counts a search with no filters, over every entry.
  const { counts } = applyFilters(tableEntries(table), (e) => e.values, {}, searchFilterKeys);
  return searchFilters.flatMap(({ key, label }) => {
    const values = [...counts[key]].sort(([a], [b]) => a.localeCompare(b, 'en-GB', { numeric: true }));
    return values.length ? [{ key, label, values }] : [];
  });
}

/** Every entry's filter values by its address, numbered in the order given (newest evidence first), for the search page. */
export function facetTable(entries: SearchableEntry[], taxonomies: Taxonomies): FacetTable {
  const values: FacetTable['values'] = [];
  const positions = new Map<string, number>();
  const position = ([key, value]: [SearchFilterKey, string]) => {
    const pair = `${key}\u0000${value}`;
    if (!positions.has(pair)) positions.set(pair, values.push([key, value]) - 1);
    return positions.get(pair)!;
  };
  const table: FacetTable = { values, entries: {} };
  entries.forEach(
    (entry, number) => (table.entries[entryUrl(entry)] = { number, values: [...new Set(filterValues(entry, taxonomies).map(position))] }),
  );
  return table;
}

/**
 * Words an entry is found by but does not show: the other form of each acronym it uses, and the synonyms of its
 * terms, in its text or a case study's key facts (a need "Substance use"). The page indexes them hidden, weighted
 * below its own words, so entries that use the word searched come first.
 */
export function searchAliases(
  entry: EntryLike & { data: { population?: string } },
  glossary: GlossaryItem[],
  synonyms: SynonymGroup[],
  taxonomies: Taxonomies,
): string[] {
  const d = entry.data;
  const keyFacts = [
    ...(d.population ? [d.population] : []),
    ...(d.needs ?? []).map((id) => termName(taxonomies.needs, id)),
    ...(d.approach ?? []).map((id) => termName(taxonomies.approaches, id)),
  ];
  const text = [d.title, d.summary, entry.body ?? '', ...keyFacts].join('\n');
  return [...missingForms(text, meaningsFor(glossary, d.acronyms)), ...synonymForms(text, synonyms)];
}
