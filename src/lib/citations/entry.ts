import type { Taxonomies } from '../../schemas/taxonomies';
import { entryKey, entryUrl, type EntryLike } from '../content/entries';
import { termName } from '../content/taxonomies';
import { contentType } from '../content/types';
import { isoDay } from '../dates';
import { absolute } from '../urls';
import type { Citable } from './formats';

export function citableOf(
  entry: EntryLike,
  site: { name: string; url: string; organisation: { name: string } },
  taxonomies: Taxonomies,
): Citable {
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
