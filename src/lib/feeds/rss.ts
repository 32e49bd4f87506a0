import rss from '@astrojs/rss';
import type { Taxonomies } from '../../schemas/taxonomies';
import { contentType } from '../content/types';
import { formatDate } from '../dates';
import { escapeHtml } from '../html';
import { entryUrl, type EntryLike } from '../content/entries';
import { termName } from '../content/taxonomies';
import { evidenceDateOf, evidenceSentence } from '../content/evidence';

/**
 * What a feed item says of an entry: the evidence date, then the summary. The item's own date is the site's, so
 * readers also need the evidence's before they take the summary as news.
 */
export const feedSummary = (entry: EntryLike) => `${evidenceSentence(evidenceDateOf(entry.data))} ${entry.data.summary}`;

/**
 * Items per feed: the newest, as GOV.UK and most publishers do. Feed readers fetch feeds often, and with every
 * entry the site-wide feed would grow with the archive.
 */
export const FEED_SIZE = 50;

interface FeedOptions {
  title: string;
  description: string;
  site: URL;
  language: string;
  /** Newest first; the feed keeps the first FEED_SIZE. */
  entries: EntryLike[];
  taxonomies: Taxonomies;
  /** An image to attach to an entry's item (its first chart), so feed readers show it. */
  imageOf?: (entry: EntryLike) => Promise<FeedImage | undefined>;
}

export interface FeedImage {
  url: string;
  length: number;
  type: string;
}

/** An RSS feed of the newest entries: absolute links, the evidence date and full summary, and the type and topics as categories. */
export async function entryFeed({ title, description, site, language, entries, taxonomies, imageOf = async () => undefined }: FeedOptions) {
  const newest = entries.slice(0, FEED_SIZE);
  const images = await Promise.all(newest.map(imageOf));
  return rss({
    title,
    description,
    site,
    trailingSlash: true,
    customData: `<language>${language}</language>`,
    items: newest.map((entry, i) => ({
      title: entry.data.title,
      link: entryUrl(entry),
      pubDate: entry.data.published,
      // RSS readers show a description as HTML: the summary is plain text, so its < and & must print as written.
      description: escapeHtml(feedSummary(entry)),
      categories: [contentType(entry.collection).label, ...entry.data.topics.map((id) => termName(taxonomies.topics, id))],
      ...(entry.data.changes?.length ? { content: withChanges(feedSummary(entry), entry.data.changes) } : {}),
      enclosure: images[i],
    })),
  });
}

/** Feed body for a corrected entry: the summary, then what changed, so readers of the feed see corrections too. */
export function withChanges(summary: string, changes: { date: Date; change: string }[]): string {
  const items = [...changes]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .map((c) => `<li>${formatDate(c.date)}: ${escapeHtml(c.change)}</li>`)
    .join('');
  return `<p>${escapeHtml(summary)}</p><p>What changed:</p><ul>${items}</ul>`;
}
