import type { Taxonomies } from '../schemas/taxonomies';
import { contentType } from './content-types';
import type { EntryLike } from './entries';
import { organisationMentions } from './taxonomy-pages';
import { termName } from './taxonomies';
import { type SearchFilterKey } from './search-state';

type SearchableEntry = EntryLike & { data: { inspectorate?: string; partners?: unknown[] } };

/**
 * The filter values of one entry, as names readers know (Pagefind shows them as given). "year" is the year of
 * the original publication: every entry is about a dated source, and that is the year readers look for.
 */
export function filterValues(entry: SearchableEntry, taxonomies: Taxonomies): [SearchFilterKey, string][] {
  const d = entry.data;
  const named = (key: SearchFilterKey, list: { id: string; name: string }[], ids: string[] = []) => ids.map((id): [SearchFilterKey, string] => [key, termName(list, id)]);
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
