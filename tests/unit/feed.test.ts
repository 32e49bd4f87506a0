import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { Taxonomies } from '../../src/schemas/taxonomies';
import { atomFeed } from '../../src/lib/feeds/atom';
import { entryFeed } from '../../src/lib/feeds/rss';
import type { EntryLike } from '../../src/lib/content/entries';

const summary = `<b>x</b> & y's "z" &amp; <script>alert(1)</script>`;
const entry: EntryLike = {
  collection: 'posts',
  id: 'markup-in-summary',
  data: {
    title: 'Markup in a summary',
    summary,
    published: new Date('2026-01-05T00:00:00Z'),
    topics: [],
    organisations: [],
    sources: [
      { title: 'Report', publisher: 'P', date: '2019' },
      { title: 'Evidence', publisher: 'P', date: '2020-06' },
    ],
    draft: false,
  },
};

describe('RSS feed', () => {
  it('shows a summary that looks like markup as those characters: escaped for HTML, then once more by the XML writer', async () => {
    const feed = await entryFeed({
      title: 'T',
      description: 'D',
      site: new URL('https://joined-up.example/'),
      language: 'en-GB',
      entries: [entry],
      taxonomies: { topics: [] } as unknown as Taxonomies,
    });
    const xml = await feed.text();
    const description: string = new XMLParser().parse(xml).rss.channel.item.description;
    // A feed reader reads the description as HTML; rendered, it is the summary's own text and no element.
    const { document } = parseHTML(`<!doctype html><html><body><div>${description}</div></body></html>`);
    const div = document.querySelector('div')!;
    expect(div.textContent).toBe(`Evidence from June 2020. ${summary}`);
    expect(div.children).toHaveLength(0);
  });

  it("starts each item with the evidence date and keeps the site's date as the item's, in RSS and Atom", async () => {
    const options = { title: 'T', siteUrl: 'https://joined-up.example/', language: 'en-GB', entries: [entry] };
    const rss = new XMLParser().parse(
      await (
        await entryFeed({
          ...options,
          description: 'D',
          site: new URL(options.siteUrl),
          taxonomies: { topics: [] } as unknown as Taxonomies,
        })
      ).text(),
    ).rss.channel.item;
    expect(rss.description).toMatch(/^Evidence from June 2020\. /);
    expect(new Date(rss.pubDate).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    const atom = new XMLParser().parse(
      atomFeed({
        ...options,
        subtitle: 'S',
        pagePath: '/',
        feedPath: '/atom.xml',
        author: 'A',
        topicNames: () => [],
        fallbackUpdated: new Date(),
      }),
    ).feed.entry;
    expect(atom.summary).toMatch(/^Evidence from June 2020\. /);
    expect(atom.published).toBe('2026-01-05T00:00:00Z');
  });
});
