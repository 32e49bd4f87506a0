import { contentTypes, type ContentType } from './types';
import type { EntryLike } from './entries';

/** How many entries carry each id, for "Topic (3)" style counts. */
export function countBy<T>(entries: T[], ids: (entry: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const id of new Set(ids(entry))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Entries split by type, in the site's type order, leaving out empty types. */
export function groupByType<T extends EntryLike>(entries: T[]): { type: ContentType; entries: T[] }[] {
  return contentTypes
    .map((type) => ({ type, entries: entries.filter((e) => e.collection === type.collection) }))
    .filter((g) => g.entries.length > 0);
}

/** Every organisation an entry names: tagged, inspectorate or case-study partner. */
export function organisationMentions(entry: EntryLike & { data: { inspectorate?: string; partners?: unknown[] } }): string[] {
  const { organisations, inspectorate, partners = [] } = entry.data;
  return [...new Set([...organisations, ...(inspectorate ? [inspectorate] : []), ...partners.filter((p): p is string => typeof p === 'string')])];
}

export function organisationTypeLabel(type: string): string {
  const text = type.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
