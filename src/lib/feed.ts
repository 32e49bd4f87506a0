import rss from '@astrojs/rss';
import type { Taxonomies } from '../schemas/taxonomies';
import { contentType } from './content-types';
import { formatDate } from './dates';
import { escapeHtml } from './html';
import { entryUrl, type EntryLike } from './entries';
import { termName } from './taxonomies';

interface FeedOptions {
  title: string;
  description: string;
  site: URL;
  language: string;
  entries: EntryLike[];
  taxonomies: Taxonomies;
  /** An image to attach to an entry's item (its first chart), so feed readers show it. */
  imageOf?: (entry: EntryLike) => { url: string; length: number; type: string } | undefined;
}

/** An RSS feed of entries: absolute links, the full summary, and the type and topics as categories. */
export function entryFeed({ title, description, site, language, entries, taxonomies, imageOf = () => undefined }: FeedOptions) {
  return rss({
    title,
    description,
    site,
    trailingSlash: true,
    customData: `<language>${language}</language>`,
    items: entries.map((entry) => ({
      title: entry.data.title,
      link: entryUrl(entry),
      pubDate: entry.data.published,
      description: entry.data.summary,
      categories: [contentType(entry.collection).label, ...entry.data.topics.map((id) => termName(taxonomies.topics, id))],
      ...(entry.data.changes?.length ? { content: withChanges(entry.data.summary, entry.data.changes) } : {}),
      enclosure: imageOf(entry),
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
