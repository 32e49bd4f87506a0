/**
 * The one door from pages to content: published entries and the controlled lists.
 * Everything here is loaded once per build and shaped by the pure functions in lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ChartSpec } from './lib/charts/config';
import { findCharts, type ChartUsage } from './lib/charts/usage';
import { resolveChart } from './lib/charts/resolve';
import { collectionNames, type CollectionName } from './lib/content/types';
import { chartPng } from './lib/charts/image';
import { loadDatasets, type Dataset } from './lib/datasets/load';
import { byNewest, entryUrl, isPublic } from './lib/content/entries';
import type { FeedImage } from './lib/feeds/rss';
import { buildDate } from './lib/content/clock';
import { facetValuesOf, type FacetValues } from './lib/finder/facets';
import { loadGlossary } from './lib/content/glossary';
import { loadSynonyms } from './lib/content/synonyms';
import { byNewestEvidence } from './lib/content/evidence';
import { cacheDir, contentDir } from './lib/paths';
import { absolute, urls } from './lib/urls';
import { site } from './site';
import { loadTaxonomies } from './lib/content/taxonomies';
import type { FacetTable } from './lib/search/facets';
import { facetTable } from './lib/search/meta';

export type Entry = CollectionEntry<CollectionName>;

export const { taxonomies } = loadTaxonomies(contentDir);
export const { glossary } = loadGlossary(contentDir);
export const { synonyms } = loadSynonyms(contentDir);

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
  return ((await getEntries('case-studies')) as CaseStudy[]).map((entry) => ({
    entry,
    facets: facetValuesOf(entry.data, organisationType),
  }));
}

let searchFacets: FacetTable | undefined;

/**
 * Every published entry's search filter values by its address (/search/facets.json), numbered newest evidence first:
 * search's "Newest evidence first" order is the order of these numbers.
 */
export async function getFacetTable(): Promise<FacetTable> {
  return (searchFacets ??= facetTable([...(await getEntries())].sort(byNewestEvidence), taxonomies));
}

/** An entry's number in /search/facets.json, which its page gives Pagefind as a sort key. */
export async function searchNumberOf(entry: Entry): Promise<number> {
  const found = (await getFacetTable()).entries[entryUrl(entry)];
  if (!found) throw new Error(`${entryUrl(entry)} is not in /search/facets.json`);
  return found.number;
}

/** Every dataset that passed its checks (the content-validation integration stops the build otherwise). */
export const { datasets } = loadDatasets(contentDir);

/** The chart a `<Chart>` with these attributes draws. The check has already accepted every chart in the content. */
export function chartSpec(attributes: Record<string, unknown>): ChartSpec {
  const dataset = datasets.find((d) => d.id === attributes.dataset);
  const result = dataset ? resolveChart(dataset, attributes) : { problems: ['no such dataset'] };
  if ('problems' in result)
    throw new Error(`<Chart dataset="${String(attributes.dataset)}">: ${result.problems.join('; ')}. Run npm run check.`);
  return result.spec;
}

const chartTags = new WeakMap<object, ChartUsage[]>();
/** The `<Chart>` tags in an entry's body, read once per entry: several pages ask about every entry. */
function chartTagsOf(entry: Pick<Entry, 'body'>): ChartUsage[] {
  let tags = chartTags.get(entry);
  if (!tags) chartTags.set(entry, (tags = findCharts(entry.body ?? '')));
  return tags;
}

/** The charts in an entry's body, in order. */
export const chartsOf = (entry: Pick<Entry, 'body'>): ChartSpec[] => chartTagsOf(entry).map((u) => chartSpec(u.attributes));

/** Each dataset's own chart, on its page: its `chart` defaults and nothing else. */
export const datasetChart = (dataset: Dataset): ChartSpec => chartSpec({ dataset: dataset.id });

/** Every chart on the site, once each: entries' charts and each dataset's own (a table-only dataset has none). */
export async function allCharts(): Promise<ChartSpec[]> {
  const specs = [...(await getEntries()).flatMap(chartsOf), ...datasets.filter((d) => !d.meta.tableOnly).map(datasetChart)];
  return [...new Map(specs.map((s) => [s.key, s])).values()];
}

let users: Map<unknown, Entry[]> | undefined;

/** Published entries that chart a dataset, newest first. */
export async function entriesUsing(id: string): Promise<Entry[]> {
  // Grouped once: each dataset page asking every entry would make the data pages quadratic.
  if (!users) {
    users = new Map();
    for (const entry of await getEntries()) {
      for (const dataset of new Set(chartTagsOf(entry).map((u) => u.attributes.dataset))) {
        if (!users.has(dataset)) users.set(dataset, []);
        users.get(dataset)!.push(entry);
      }
    }
  }
  return users.get(id) ?? [];
}

/** An entry's first chart as a feed enclosure: the static image, with its size in bytes as RSS asks. */
export async function feedImageOf(entry: Pick<Entry, 'body'>): Promise<FeedImage | undefined> {
  const [first] = chartsOf(entry);
  if (!first) return undefined;
  return { url: absolute(urls.chartImage(first.key), site.url), length: (await chartPng(first, cacheDir)).length, type: 'image/png' };
}
