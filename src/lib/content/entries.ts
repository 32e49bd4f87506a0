import type { Source } from '../../schemas/source';
import type { Taxonomies } from '../../schemas/taxonomies';
import type { Citable } from '../citations/formats';
import { contentType, type CollectionName } from './types';
import { isoDay } from '../dates';
import type { Relatable } from './related';
import { termName } from './taxonomies';
import { absolute, urls } from '../urls';

/** The fields every entry has after validation (see src/schemas/entry.ts). */
export interface EntryData {
  title: string;
  summary: string;
  published: Date;
  updated?: Date;
  topics: string[];
  organisations: string[];
  sources: Source[];
  changes?: { date: Date; change: string }[];
  draft: boolean;
  /** Acronyms with a different meaning in this entry than in the glossary. */
  acronyms?: Record<string, string>;
  // Case-study facets, present only on case studies.
  region?: string;
  needs?: string[];
  approach?: string[];
  programme?: string;
}

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

/** What related-entry matching sees: topics, organisations and, for case studies, their facets. */
export function relatableOf(entry: EntryLike): Relatable & { entry: EntryLike } {
  const d = entry.data;
  const facets = [
    ...(d.needs ?? []).map((n) => `need:${n}`),
    ...(d.approach ?? []).map((a) => `approach:${a}`),
    ...(d.region ? [`region:${d.region}`] : []),
    ...(d.programme ? [`programme:${d.programme}`] : []),
  ];
  return { key: entryKey(entry), published: d.published, topics: d.topics, organisations: d.organisations, facets, entry };
}

/** What "similar case studies" are matched on: shared needs, approaches and region only. */
export function similarityOf(entry: EntryLike): Relatable & { entry: EntryLike } {
  const d = entry.data;
  const facets = [...(d.needs ?? []).map((n) => `need:${n}`), ...(d.approach ?? []).map((a) => `approach:${a}`), ...(d.region ? [`region:${d.region}`] : [])];
  return { key: entryKey(entry), published: d.published, topics: [], organisations: [], facets, entry };
}

export function citableOf(entry: EntryLike, site: { name: string; url: string; organisation: { name: string } }, taxonomies: Taxonomies): Citable {
  const type = contentType(entry.collection);
  return {
    key: entryKey(entry),
    title: entry.data.title,
    author: site.organisation.name,
    siteName: site.name,
    kind: type.label,
    published: entry.data.published,
    updated: entry.data.updated,
    url: absolute(entryUrl(entry), site.url),
    summary: entry.data.summary,
    keywords: entry.data.topics.map((t) => termName(taxonomies.topics, t)),
    risType: entry.collection === 'posts' || entry.collection === 'case-studies' ? 'ELEC' : 'RPRT',
  };
}

/** `citation_*` meta tags, read by Zotero and Google Scholar. */
export function citationMeta(c: Citable): [string, string][] {
  const day = (d: Date) => isoDay(d).replace(/-/g, '/');
  return [
    ['citation_title', c.title],
    ['citation_author', c.author],
    ['citation_publication_date', day(c.published)],
    ['citation_online_date', day(c.updated ?? c.published)],
    ['citation_publisher', c.siteName],
    ...(c.risType === 'RPRT' ? [['citation_technical_report_institution', c.author] as [string, string]] : []),
    ['citation_abstract_html_url', c.url],
    ['citation_language', 'en'],
    ['citation_keywords', c.keywords.join('; ')],
  ];
}

/** schema.org description of an entry: a Report for briefings and inspection summaries, otherwise an Article. */
export function entryJsonLd(entry: EntryLike, c: Citable, publisher: { name: string; url: string }) {
  const org = { '@type': 'Organization', name: publisher.name, url: publisher.url };
  return {
    '@context': 'https://schema.org',
    '@type': c.risType === 'RPRT' ? 'Report' : 'Article',
    headline: c.title,
    name: c.title,
    description: c.summary,
    url: c.url,
    mainEntityOfPage: c.url,
    datePublished: isoDay(c.published),
    ...(c.updated ? { dateModified: isoDay(c.updated) } : {}),
    inLanguage: 'en-GB',
    author: org,
    publisher: org,
    genre: c.kind,
    ...(entry.data.changes?.length
      ? { correction: entry.data.changes.map((ch) => ({ '@type': 'CorrectionComment', text: ch.change, datePublished: isoDay(ch.date) })) }
      : {}),
    keywords: c.keywords.join(', '),
    isBasedOn: entry.data.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.author ? { author: s.author } : {}),
      datePublished: s.date,
      ...(s.url ? { url: s.url } : {}),
    })),
  };
}
