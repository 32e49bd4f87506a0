import { contentType } from '../content/types';
import { isoDay } from '../dates';
import { entryUrl, type EntryLike } from '../content/entries';
import { absolute } from '../urls';
import { FEED_SIZE, feedSummary } from './rss';

/** Content and data are untrusted text: everything that goes into the XML is escaped. */
export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

interface AtomOptions {
  title: string;
  subtitle: string;
  /** Site-relative address of the page the feed follows, and of the feed itself. */
  pagePath: string;
  feedPath: string;
  siteUrl: string;
  author: string;
  language: string;
  entries: EntryLike[];
  /** Names of an entry's topics, as Atom categories. */
  topicNames: (entry: EntryLike) => string[];
  /** When the feed last changed if it has no entries (Atom needs an `updated`). */
  fallbackUpdated: Date;
}

const stamp = (d: Date) => `${isoDay(d)}T00:00:00Z`;

/** An Atom 1.0 feed of the newest FEED_SIZE entries, newest first as given: used to follow a topic or a case-study facet. */
export function atomFeed(o: AtomOptions): string {
  const abs = (p: string) => escapeXml(absolute(p, o.siteUrl));
  const newest = o.entries.slice(0, FEED_SIZE);
  const lastChange =
    newest.map((e) => e.data.updated ?? e.data.published).sort((a, b) => b.getTime() - a.getTime())[0] ?? o.fallbackUpdated;
  const entries = newest.map((e) =>
    [
      '  <entry>',
      `    <title>${escapeXml(e.data.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${abs(entryUrl(e))}"/>`,
      `    <id>${abs(entryUrl(e))}</id>`,
      `    <published>${stamp(e.data.published)}</published>`,
      `    <updated>${stamp(e.data.updated ?? e.data.published)}</updated>`,
      `    <summary>${escapeXml(feedSummary(e))}</summary>`,
      `    <category term="${escapeXml(contentType(e.collection).label)}"/>`,
      ...o.topicNames(e).map((t) => `    <category term="${escapeXml(t)}"/>`),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(o.language)}">`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <subtitle>${escapeXml(o.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${abs(o.feedPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${abs(o.pagePath)}"/>`,
    `  <id>${abs(o.feedPath)}</id>`,
    `  <updated>${stamp(lastChange)}</updated>`,
    `  <author><name>${escapeXml(o.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
