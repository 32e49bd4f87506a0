import type { CollectionName } from './content/types';
import type { Rendition } from './charts/config';

/** Entries per listing page (and per step of the finder): enough to scan, short enough for a phone on a slow connection. */
export const LISTING_PAGE_SIZE = 20;

/** A chart image's name, without folder or extension: its content hash, and the drawing unless it is the wide one. */
const chartImageName = (key: string, rendition: Rendition = 'wide') => (rendition === 'wide' ? key : `${key}-${rendition}`);

/** Site-relative addresses, one rule each, so links and routes cannot drift apart. */
export const urls = {
  home: () => '/',
  entry: (collection: CollectionName, id: string) => `/${collection}/${id}/`,
  listing: (collection: CollectionName, page = 1) => (page > 1 ? `/${collection}/${page}/` : `/${collection}/`),
  feed: (collection?: CollectionName) => (collection ? `/${collection}/rss.xml` : '/rss.xml'),
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  organisations: () => '/organisations/',
  organisation: (id: string) => `/organisations/${id}/`,
  topicFeed: (id: string) => `/topics/${id}/atom.xml`,
  finderIndex: () => '/case-studies/finder.json',
  searchFacets: () => '/search/facets.json',
  searchWords: () => '/search/words.json',
  caseStudyFeed: (facet: string, value: string) => `/case-studies/${facet}/${value}/atom.xml`,
  evidenceStrength: () => '/case-studies/evidence-strength/',
  compare: () => '/case-studies/compare/',
  compareCsv: () => '/case-studies/compare.csv',
  glossary: () => '/glossary/',
  search: () => '/search/',
  datasets: () => '/data/',
  dataset: (id: string) => `/data/${id}/`,
  datasetCsv: (id: string) => `/data/${id}.csv`,
  chartImageName,
  chartImage: (key: string, rendition: Rendition = 'wide') => `/charts/${chartImageName(key, rendition)}.png`,
  /** The print stylesheet that gives printed links the site's address. */
  siteOrigin: () => '/site-origin.css',
};

/** Absolute URL on the site, for feeds, canonical links and citations. */
export const absolute = (path: string, siteUrl: string) => new URL(path, siteUrl).href;
