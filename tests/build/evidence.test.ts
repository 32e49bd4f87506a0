import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../src/lib/check/dist';
import { evidenceDateOf, isOldEvidence, type EvidenceData } from '../../src/lib/content/evidence';
import { formatDate, formatPartialDate } from '../../src/lib/dates';
import type { Source } from '../../src/schemas/source';
import { buildSite, root, type BuildResult } from '../support/build';
import { page, sourceEntries } from '../support/site';

// The real site, checked against the content folder: each entry's dates and sources as staff wrote them.
const siteDir = inject('siteDir');
const entries = sourceEntries(path.join(root, 'content')).filter((e) => e.data.draft !== true);
const entryPath = (e: { collection: string; slug: string }) => `/${e.collection}/${e.slug}/`;
const evidenceOf = (e: { data: Record<string, unknown> }) => evidenceDateOf(e.data as unknown as EvidenceData);
const sourcesOf = (e: { data: Record<string, unknown> }) => e.data.sources as Source[];
const words = (e: { data: Record<string, unknown> }) =>
  `Evidence from ${formatPartialDate(evidenceOf(e))} · summarised here ${formatDate(new Date(`${String(e.data.published)}T00:00:00Z`))}`;

describe('evidence dates on the real site', () => {
  it('says both dates in the header of every entry, in words that cannot be mistaken for each other', () => {
    for (const e of entries) {
      const meta = page(siteDir, entryPath(e)).querySelector('.entry .meta li')!;
      expect(meta.textContent, entryPath(e)).toBe(words(e));
      expect(meta.querySelector('time')?.getAttribute('datetime')).toBe(evidenceOf(e));
    }
  });

  it('shows the evidence date on every listing card, on the home page and on type listings', () => {
    const cards = ['/', ...new Set(entries.map((e) => `/${e.collection}/`))].flatMap((p) =>
      [...page(siteDir, p).querySelectorAll('.entry-list > li')].map((li) => ({
        href: li.querySelector('h2 a, h3 a')!.getAttribute('href')!,
        meta: [...li.querySelectorAll('.meta')].map((m) => m.textContent!.trim()).find((t) => t.startsWith('Evidence from')),
      })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(entries.length);
    for (const card of cards) expect(card.meta, card.href).toBe(words(entries.find((e) => entryPath(e) === card.href)!));
  });

  it('starts every feed item with the evidence date, and keeps the site’s date as the item’s', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const feeds = listFiles(siteDir).filter((f) => /(rss|atom)\.xml$/.test(f));
    let items = 0;
    for (const f of feeds) {
      const xml = parser.parse(fs.readFileSync(path.join(siteDir, f), 'utf8'));
      const list = [xml.rss?.channel?.item ?? xml.feed?.entry ?? []].flat();
      for (const item of list) {
        const link = String(item.link?.['@_href'] ?? item.link);
        const e = entries.find((x) => link.endsWith(entryPath(x)))!;
        expect(String(item.description ?? item.summary), `${f} ${link}`).toMatch(
          new RegExp(`^Evidence from ${formatPartialDate(evidenceOf(e))}\\. `),
        );
        if (item.pubDate) expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(String(e.data.published));
        items += 1;
      }
    }
    expect(items).toBeGreaterThanOrEqual(entries.length);
  });

  it('notices old evidence on exactly the entries older than the threshold today, linking any newer entry', () => {
    for (const e of entries) {
      const notice = page(siteDir, entryPath(e)).querySelector('.evidence-notice');
      const old = isOldEvidence(evidenceOf(e), new Date());
      expect(Boolean(notice?.textContent?.includes('Things may have changed since then.')), entryPath(e)).toBe(old);
      if (e.data.supersededBy) expect(notice?.querySelector(`a[href="${String(e.data.supersededBy)}"]`)).not.toBeNull();
    }
  });

  it('names each original publication with its own date in the JSON-LD, while citation_* tags describe the summary', () => {
    for (const e of entries) {
      const doc = page(siteDir, entryPath(e));
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld.isBasedOn.map((s: { name: string; datePublished: string }) => [s.name, s.datePublished])).toEqual(
        sourcesOf(e).map((s) => [s.title, s.date]),
      );
      expect(doc.querySelector('meta[name="citation_publication_date"]')?.getAttribute('content')).toBe(
        String(e.data.published).replace(/-/g, '/'),
      );
    }
  });
});

describe('sources a reader can follow', () => {
  it('links every source that has an address, with its date and reference, in the Source box', () => {
    let withUrl = 0;
    let linked = 0;
    for (const e of entries) {
      const box = page(siteDir, entryPath(e)).querySelector('#sources')!;
      for (const s of sourcesOf(e)) {
        const item = [...box.querySelectorAll('li')].find((li) => li.querySelector('cite')?.textContent === s.title)!;
        expect(item.textContent, entryPath(e)).toContain(formatPartialDate(s.date));
        if (s.reference) expect(item.textContent).toContain(`Reference: ${s.reference}`);
        if (s.url) {
          withUrl += 1;
          if (item.querySelector(`cite a[href="${s.url}"]`)) linked += 1;
        }
      }
    }
    expect(linked).toBe(withUrl);
    expect(withUrl).toBeGreaterThan(0);
  });

  it('puts a one-line source under the title that leads to the Source box', () => {
    for (const e of entries) {
      const doc = page(siteDir, entryPath(e));
      const line = doc.querySelector('.entry .source-line')!;
      expect(line.querySelector('a')?.getAttribute('href')).toBe('#sources');
      expect(line.textContent).toContain(sourcesOf(e)[0].title);
      expect(doc.querySelector('#sources')).not.toBeNull();
    }
  });

  it('makes every web address written in a footnote a link', () => {
    let footnotes = 0;
    for (const e of entries) {
      for (const li of page(siteDir, entryPath(e)).querySelectorAll('.footnotes li')) {
        footnotes += 1;
        const linked = [...li.querySelectorAll('a[href^="http"]')].map((a) => a.getAttribute('href'));
        const written = li.textContent!.match(/https?:\/\/\S+/g) ?? [];
        for (const url of written) expect(linked, entryPath(e)).toContain(url.replace(/[.,)]+$/, ''));
      }
    }
    expect(footnotes).toBeGreaterThan(0);
  });

  it('offers a citation of each original publication apart from the summary’s', () => {
    for (const e of entries) {
      const cite = page(siteDir, entryPath(e)).querySelector('.cite')!;
      const files = [...cite.querySelectorAll('a[download]')].map((a) => a.getAttribute('download'));
      expect(new Set(files).size).toBe(files.length);
      expect(files.filter((f) => f!.includes('-original'))).toHaveLength(sourcesOf(e).length * 2);
      for (const s of sourcesOf(e)) expect(cite.textContent).toContain(s.title);
    }
  });
});

// A fixture built as of 24 November 2026: evidence from June 2023 is more than three years old then, from
// January 2024 it is not. Built by the real clock, either could be.
describe('the old-evidence notice, on a build date set by BUILD_DATE', () => {
  let site: BuildResult;
  beforeAll(() => {
    site = buildSite('evidence-dates', path.join(root, 'tests/fixtures/evidence-dates/content'), { BUILD_DATE: '2026-11-24' });
  });
  const at = (urlPath: string) => page(site.outDir, urlPath);

  it('builds', () => expect(site.ok, site.output).toBe(true));

  it('shows the notice, at the top, on an entry whose evidence is older than the threshold, with a link to the newer entry', () => {
    const doc = at('/briefings/old-evidence/');
    expect(doc.querySelector('.entry .meta li')?.textContent).toBe('Evidence from June 2023 · summarised here 10 January 2026');
    const notice = doc.querySelector('.entry .evidence-notice')!;
    expect(notice.textContent).toContain('This summary describes evidence from June 2023. Things may have changed since then.');
    const link = notice.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/briefings/recent-evidence/');
    expect(link.textContent).toBe('A briefing on recent evidence');
    // Before the body: a reader meets it before any of the summary.
    expect(notice.compareDocumentPosition(doc.querySelector('.prose')!) & 4).toBe(4);
  });

  it('shows no notice on entries whose evidence is recent', () => {
    expect(at('/briefings/recent-evidence/').querySelector('.evidence-notice')).toBeNull();
    expect(at('/posts/several-sources/').querySelector('.evidence-notice')).toBeNull();
  });

  it("takes an entry's own evidence date over its newest source's", () => {
    expect(at('/posts/several-sources/').querySelector('.entry .meta li')?.textContent).toBe(
      'Evidence from 1 March 2024 · summarised here 10 March 2026',
    );
  });

  it('links the source with an address, with its date and reference', () => {
    const item = [...at('/briefings/old-evidence/').querySelectorAll('#sources li')].find((li) =>
      li.textContent!.includes('A later document'),
    )!;
    expect(item.querySelector('cite a')?.getAttribute('href')).toBe('https://example.org/later-document');
    expect(item.textContent).toContain('June 2023');
    expect(item.textContent).toContain('Reference: ABC0001');
  });
});
