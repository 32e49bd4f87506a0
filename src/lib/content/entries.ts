import type { EntryDataOf } from '../../schemas';
import type { CommonEntryData } from '../../schemas/entry';
import type { CollectionName } from './types';
import { urls } from '../urls';

/**
 * The fields every entry has after validation, and the case-study facets that related-entry matching and
 * search read when present. Inferred from the schemas.
 */
export type EntryData = CommonEntryData & Partial<Pick<EntryDataOf<'case-studies'>, 'region' | 'needs' | 'approach' | 'programme'>>;

/** The shape of an Astro collection entry that the functions below rely on. */
export interface EntryLike {
  collection: CollectionName;
  id: string;
  body?: string;
  data: EntryData;
}

/**
 * Whether an entry belongs in the published site at `now`: not a draft, and not dated in the future.
 * `now` is a parameter so builds and tests can set the clock.
 */
export function isPublic(entry: EntryLike, now: Date): boolean {
  return !entry.data.draft && entry.data.published.getTime() <= now.getTime();
}

/** Newest first; entries published the same day sort by title so the order is stable. */
export function byNewest(a: EntryLike, b: EntryLike): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'en-GB');
}

export const entryKey = (entry: EntryLike) => `${entry.collection}/${entry.id}`;
export const entryUrl = (entry: EntryLike) => urls.entry(entry.collection, entry.id);
