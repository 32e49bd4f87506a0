import fs from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readSite } from '../../src/lib/check/dist';
import { findBrokenLinks } from '../../src/lib/check/links';
import { fixedPages } from '../../src/lib/check/site-pages';
import { contentTypes } from '../../src/lib/content/types';
import { site } from '../../src/site';
import { root } from '../support/build';
import { entryBody, page, sourceEntries } from '../support/site';
import { parseYaml } from '../../src/lib/content/yaml';

const siteDir = inject('siteDir');
const entries = sourceEntries(path.join(root, 'content')).filter((e) => e.data.draft !== true);
const htmlFiles = listFiles(siteDir).filter((f) => f.endsWith('.html'));
const entryPath = (e: { collection: string; slug: string }) => `/${e.collection}/${e.slug}/`;
const named = (list: string) => parseYaml(fs.readFileSync(path.join(root, 'content', list), 'utf8')).data as { id: string; name: string }[];
const nameOf = (list: string, id: string) => named(list).find((item) => item.id === id)!.name;
const bodyOf = (e: { collection: string; slug: string }) => entryBody(path.join(root, 'content'), e);

describe('the built site', () => {
  it('has every page the issue lists', () => {
    const topic = (entries[0].data.topics as string[])[0];
    const organisation = entries.flatMap((e) => (e.data.organisations as string[] | undefined) ?? [])[0];
    for (const p of [
      '/',
      '/about/',
      '/accessibility/',
      '/search/',
      '/publishing/',
      '/publishing/fields/',
      '/topics/',
      `/topics/${topic}/`,
      '/organisations/',
      `/organisations/${organisation}/`,
      '/404.html',
      '/rss.xml',
      '/sitemap-index.xml',
      '/robots.txt',
    ]) {
      expect(fs.existsSync(path.join(siteDir, p.endsWith('/') ? `${p}index.html` : p)), p).toBe(true);
    }
    for (const t of contentTypes) {
      expect(fs.existsSync(path.join(siteDir, t.collection, 'index.html')), t.collection).toBe(true);
      expect(fs.existsSync(path.join(siteDir, t.collection, 'rss.xml')), `${t.collection} feed`).toBe(true);
    }
  });

  it('lists every published entry of each type on its listing pages, and no other', () => {
    for (const t of contentTypes) {
      const listed: string[] = [];
      for (let p: string | null | undefined = `/${t.collection}/`; p;) {
        const doc = page(siteDir, p);
        listed.push(...[...doc.querySelectorAll('.entry-list > li h2 a')].map((a) => a.getAttribute('href')!));
        p = doc.querySelector('.pagination a[rel="next"]')?.getAttribute('href');
      }
      expect(listed.sort(), t.collection).toEqual(
        entries
          .filter((e) => e.collection === t.collection)
          .map(entryPath)
          .sort(),
      );
    }
  });

  it('gives every published entry exactly one page, at /<type>/<slug>/', () => {
    const expected = entries.map(entryPath).sort();
    // The site's own pages under a type, such as /case-studies/compare/, are not entries.
    const ownPages = fixedPages(path.join(root, 'src/pages'));
    const built = htmlFiles
      .map((f) => `/${f.replace(/index\.html$/, '')}`)
      .filter(
        (p) =>
          contentTypes.some((t) => p.startsWith(`/${t.collection}/`)) &&
          p.split('/').length === 4 &&
          !/^\/[^/]+\/\d+\/$/.test(p) &&
          !ownPages.has(p),
      )
      .sort();
    expect(built).toEqual(expected);
  });

  it('shows on each entry its title, type, dates, reading time, topics, source and citation downloads', () => {
    for (const e of entries) {
      const doc = page(siteDir, entryPath(e));
      expect(doc.querySelector('h1')?.textContent, entryPath(e)).toBe(e.data.title);
      expect(doc.querySelector('.entry-type')?.textContent).toBe(contentTypes.find((t) => t.collection === e.collection)!.label);
      // The evidence date, then the date we published the summary (tests/build/evidence.test.ts checks the words).
      expect([...doc.querySelectorAll('.meta time')].map((t) => t.getAttribute('datetime'))[1]).toBe(String(e.data.published));
      expect(doc.querySelector('.meta')?.textContent).toMatch(/\d+ minute read/);
      expect(doc.querySelectorAll('nav[aria-label="Topics"] a').length).toBe((e.data.topics as string[]).length);
      const sources = doc.querySelector('.source-box')?.textContent ?? '';
      for (const s of e.data.sources as { title: string }[]) expect(sources).toContain(s.title);
      const download = (name: string) => {
        const link = doc.querySelector(`.downloads a[download="${name}"]`);
        expect(link, `${entryPath(e)}: no download named ${name}`).not.toBeNull();
        return decodeURIComponent(link!.getAttribute('href')!.replace(/^data:[^,]*,/, ''));
      };
      expect(download(`${e.slug}.bib`)).toMatch(new RegExp(`^@misc\\{joinedup\\d{4}-${e.collection}-${e.slug},\n`));
      expect(download(`${e.slug}.bib`)).toContain(`${entryPath(e)}}`);
      expect(download(`${e.slug}.ris`)).toContain(`TI  - ${e.data.title}`);
    }
  });

  it('shows key facts on case studies and inspection details on inspection summaries', () => {
    for (const c of entries.filter((e) => e.collection === 'case-studies')) {
      const doc = page(siteDir, entryPath(c));
      const facts = [...doc.querySelectorAll('.key-facts dt')].map((dt) => dt.textContent);
      expect(facts, entryPath(c)).toEqual(expect.arrayContaining(['Area', 'Region', 'Needs', 'Approach', 'Who it is for']));
      expect(doc.querySelector('.key-facts')?.textContent).toContain(nameOf('regions.yml', c.data.region as string));
    }
    for (const i of entries.filter((e) => e.collection === 'inspections')) {
      const doc = page(siteDir, entryPath(i));
      expect(doc.querySelector('.inspection-details')?.textContent, entryPath(i)).toContain(
        nameOf('organisations.yml', i.data.inspectorate as string),
      );
      expect(doc.querySelectorAll('.inspection-details li').length).toBeGreaterThan(2);
    }
  });

  it('keeps the links an entry makes to other entries', () => {
    let linked = 0;
    for (const e of entries) {
      const hrefs = [...page(siteDir, entryPath(e)).querySelectorAll('.prose a')].map((a) => a.getAttribute('href'));
      for (const [, href] of bodyOf(e).matchAll(/\]\((\/[a-z-]+\/[a-z0-9-]+\/)\)/g)) {
        if (!entries.some((o) => entryPath(o) === href)) continue;
        expect(hrefs, entryPath(e)).toContain(href);
        linked++;
      }
    }
    expect(linked).toBeGreaterThan(0);
  });

  it('has a table of contents on entries with three or more sections, and footnotes where the entry has them', () => {
    let long = 0;
    for (const e of entries) {
      const doc = page(siteDir, entryPath(e));
      const sections = bodyOf(e).match(/^## /gm)?.length ?? 0;
      const toc = [...doc.querySelectorAll('.toc a')].map((a) => a.getAttribute('href')!.slice(1));
      if (sections >= 3) {
        long++;
        expect(toc.length, entryPath(e)).toBeGreaterThanOrEqual(3);
      } else expect(toc, entryPath(e)).toEqual([]);
      for (const id of toc) expect(doc.getElementById(decodeURIComponent(id)), id).not.toBeNull();
      const footnotes = bodyOf(e).match(/^\[\^[^\]]+\]:/gm)?.length ?? 0;
      expect(doc.querySelectorAll('section[data-footnotes] li').length, entryPath(e)).toBe(footnotes);
    }
    expect(long).toBeGreaterThan(0);
  });

  it("leaves none of Astro's page-rendering code behind, in the output or the build cache", () => {
    expect(fs.existsSync(path.join(siteDir, '.prerender'))).toBe(false);
    expect(fs.readdirSync(`${siteDir}-cache`)).not.toContain('prerender-done');
  });

  it('has no broken internal links or anchors', () => {
    const { pages, files } = readSite(siteDir);
    expect(findBrokenLinks(pages, files, site.url)).toEqual([]);
  });

  it('has no style attributes, which the Content Security Policy would block', () => {
    const styled = listFiles(siteDir).filter(
      (f) => f.endsWith('.html') && /<[^>]+\sstyle=/.test(fs.readFileSync(path.join(siteDir, f), 'utf8')),
    );
    expect(styled).toEqual([]);
  });

  it('ships no script on article pages without charts except JSON-LD', () => {
    const plain = entries.filter((e) => !page(siteDir, entryPath(e)).querySelector('figure[data-chart]'));
    expect(plain.length).toBeGreaterThan(0);
    for (const e of plain) {
      const scripts = [...page(siteDir, entryPath(e)).querySelectorAll('script')];
      expect(
        scripts.map((s) => s.getAttribute('type')),
        entryPath(e),
      ).toEqual(['application/ld+json']);
    }
  });

  it('gives every entry canonical, Open Graph, citation_* and JSON-LD metadata', () => {
    for (const e of entries) {
      const doc = page(siteDir, entryPath(e));
      const url = new URL(entryPath(e), site.url).href;
      const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
      expect(meta('meta[name="description"]')).toBe(e.data.summary);
      expect(meta('meta[property="og:url"]')).toBe(url);
      expect(meta('meta[property="og:type"]')).toBe('article');
      expect(meta('meta[name="citation_title"]')).toBe(e.data.title);
      expect(meta('meta[name="citation_publication_date"]')).toBe(String(e.data.published).replace(/-/g, '/'));
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld).toMatchObject({
        '@type': ['briefings', 'inspections'].includes(e.collection) ? 'Report' : 'Article',
        headline: e.data.title,
        url,
        datePublished: String(e.data.published),
      });
      expect(ld.isBasedOn).toHaveLength((e.data.sources as unknown[]).length);
    }
  });

  it('writes feeds and sitemaps that parse as XML, with absolute links and full summaries', () => {
    const parser = new XMLParser();
    for (const f of listFiles(siteDir).filter((f) => f.endsWith('.xml'))) {
      expect(() => SyntaxValidator.validate(fs.readFileSync(path.join(siteDir, f), 'utf8')), f).not.toThrow();
    }
    const feed = parser.parse(fs.readFileSync(path.join(siteDir, 'rss.xml'), 'utf8')).rss.channel;
    const items = [feed.item].flat();
    expect(items).toHaveLength(entries.length);
    for (const e of entries) {
      const item = items.find((i) => i.link === new URL(entryPath(e), site.url).href);
      expect(item, entryPath(e)).toBeDefined();
      // The description is HTML (escaped once more in the XML): its text is the evidence date, then the summary.
      const text = decodeHTML(item.description);
      expect(text.startsWith('Evidence from '), entryPath(e)).toBe(true);
      expect(text.endsWith(`. ${String(e.data.summary)}`), entryPath(e)).toBe(true);
    }
    const briefingsFeed = [parser.parse(fs.readFileSync(path.join(siteDir, 'briefings/rss.xml'), 'utf8')).rss.channel.item].flat();
    expect(briefingsFeed.map((i) => i.link).sort()).toEqual(
      entries
        .filter((e) => e.collection === 'briefings')
        .map((e) => new URL(entryPath(e), site.url).href)
        .sort(),
    );
    const sitemap = fs.readFileSync(path.join(siteDir, 'sitemap-0.xml'), 'utf8');
    for (const e of entries) expect(sitemap).toContain(`<loc>${new URL(entryPath(e), site.url).href}</loc>`);
    expect(fs.readFileSync(path.join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site.url).href}`);
  });

  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // A search-engine length hint, not a validity rule: entry titles are editorial and often longer.
        'long-title': 'off',
        // A group of filter checkboxes shares one name by design: the query string lists each chosen value.
        'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
      },
    });
    const results: string[] = [];
    for (const f of htmlFiles) {
      const report = await validator.validateString(fs.readFileSync(path.join(siteDir, f), 'utf8'), f);
      for (const r of report.results) for (const m of r.messages) results.push(`${f}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(results).toEqual([]);
  });
});
