/**
 * The one door from pages to content: published entries and the controlled lists.
 * Everything here is loaded once per build and shaped by the pure functions in lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionNames, type CollectionName } from './lib/content-types';
import { byNewest, isPublic } from './lib/entries';
import { buildDate } from './lib/clock';
import { facetValuesOf, type FacetValues } from './lib/facets';
import { loadGlossary } from './lib/glossary';
import { contentDir } from './lib/paths';
import { loadTaxonomies } from './lib/taxonomies';

export type Entry = CollectionEntry<CollectionName>;

export const { taxonomies } = loadTaxonomies(contentDir);
export const { glossary } = loadGlossary(contentDir);

export const now = buildDate();

let cache: Entry[] | undefined;

/**
 * Every entry that is public at build time, newest first. `npm run dev` also shows drafts and scheduled entries,
 * with a banner, so staff can preview them.
 */
export async function getEntries(collection?: CollectionName): Promise<Entry[]> {
  cache ??= (await Promise.all(collectionNames.map((name) => getCollection(name))))
    .flat()
    .filter((e) => import.meta.env.PREVIEW_DRAFTS || isPublic(e, now))
    .sort(byNewest);
  return collection ? cache.filter((e) => e.collection === collection) : cache;
}

export type CaseStudy = CollectionEntry<'case-studies'>;

/** Published case studies with the values the finder filters them by. */
export async function getCaseStudies(): Promise<{ entry: CaseStudy; facets: FacetValues }[]> {
  const organisationType = (id: string) => taxonomies.organisations.find((o) => o.id === id)?.type;
  return ((await getEntries('case-studies')) as CaseStudy[]).map((entry) => ({ entry, facets: facetValuesOf(entry.data, organisationType) }));
}
