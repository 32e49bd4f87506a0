import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/yaml';
import { root } from '../support/build';
import { browserSession } from '../support/session';
import { entryBody, sourceEntries } from '../support/site';

// What the built index holds, asked of Pagefind's public JavaScript API in the browser, as the search page asks it.
const contentDir = path.join(root, 'content');
const entries = sourceEntries(contentDir).filter((e) => e.data.draft !== true);
const entryUrl = (e: { collection: string; slug: string }) => `/${e.collection}/${e.slug}/`;
const bodyOf = (e: { collection: string; slug: string }) => entryBody(contentDir, e);

const straightQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

interface Found {
  url: string;
  content: string;
  excerpt: string;
}

const { open } = browserSession();
let page: Page;
/** Each entry's title, and every page the index gives for it (address, indexed text and excerpt). */
let byTitle: Map<string, Found[]>;

/**
 * Runs searches through the site's own /pagefind/pagefind.js, loading each result's record. Written as a string, so
 * that the test runner's bundler leaves its import() to the browser.
 */
const search = (terms: string[]): Promise<[string, Found[]][]> =>
  page.evaluate(`(async (terms) => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const found = [];
    for (const term of terms) {
      const { results } = await pagefind.search(term);
      const data = await Promise.all(results.map((r) => r.data()));
      found.push([term, data.map(({ url, content, excerpt }) => ({ url, content, excerpt }))]);
    }
    return found;
  })(${JSON.stringify(terms)})`);

beforeAll(async () => {
  ({ page } = await open('/search/'));
  byTitle = new Map(await search(entries.map((e) => String(e.data.title))));
});

describe('the search index of the built site', () => {
  it('finds every published entry by its title, and gives only entries', () => {
    const urls = new Set(entries.map(entryUrl));
    for (const e of entries)
      expect(
        byTitle.get(String(e.data.title))!.map((f) => f.url),
        entryUrl(e),
      ).toContain(entryUrl(e));
    const given = [...byTitle.values()].flat().map((f) => f.url);
    expect(given.filter((url) => !urls.has(url))).toEqual([]);
  });

  it('finds no page by the text of the pages around the entries', async () => {
    const [[, found]] = await search(['"Search needs JavaScript"']);
    expect(found).toEqual([]);
  });

  it('reads each entry without its reading time, sidebar or footnote markers', () => {
    let markers = 0;
    for (const e of entries) {
      const { content } = byTitle.get(String(e.data.title))!.find((f) => f.url === entryUrl(e))!;
      expect(content.match(/↩|minute read|Cite this/)?.[0], entryUrl(e)).toBeUndefined();
      // A sentence with a footnote marker after it reads on without the marker's number: "both.[^3] Many" as "both. Many".
      for (const [, before, after] of bodyOf(e).matchAll(/([A-Za-z]+[.,;:]?)\[\^[^\]]+\] ([A-Za-z]+)/g)) {
        expect(content.includes(`${before} ${after}`), `${entryUrl(e)}: ${before} ${after}`).toBe(true);
        markers++;
      }
    }
    expect(markers).toBeGreaterThan(0);
  });

  it('keeps the footnotes’ own text', () => {
    const withFootnotes = entries.filter((e) => /^\[\^[^\]]+\]:/m.test(bodyOf(e)));
    expect(withFootnotes.length).toBeGreaterThan(0);
    for (const e of withFootnotes) {
      const { content } = byTitle.get(String(e.data.title))!.find((f) => f.url === entryUrl(e))!;
      for (const [, text] of bodyOf(e).matchAll(/^\[\^[^\]]+\]:\s*(.+)$/gm)) {
        // The definition as a reader sees it: link text without its address, quotes as typed.
        const plain = text
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/[*_`]/g, '')
          .trim();
        expect(straightQuotes(content).includes(plain), `${entryUrl(e)}: ${plain}`).toBe(true);
      }
    }
  });

  // Search finds an entry by either form of an acronym in the glossary, unless the entry gives the acronym its own meaning.
  const glossary = parseYaml(fs.readFileSync(path.join(contentDir, 'glossary.yml'), 'utf8')).data as { term: string; expansion: string }[];
  const otherForms = glossary.flatMap(({ term, expansion }) =>
    entries.flatMap((e) => {
      if ((e.data.acronyms as Record<string, string> | undefined)?.[term]) return [];
      const text = `${String(e.data.title)}\n${bodyOf(e)}`;
      const hasTerm = new RegExp(`\\b${term}\\b`).test(text);
      const hasExpansion = text.toLowerCase().includes(expansion.toLowerCase());
      return hasTerm === hasExpansion ? [] : [{ search: hasTerm ? expansion : term, url: entryUrl(e) }];
    }),
  );

  it('finds an entry that uses one form of an acronym by the other form', async () => {
    expect(otherForms.length).toBeGreaterThan(0);
    const found = new Map(await search([...new Set(otherForms.map((f) => f.search))]));
    for (const { search, url } of otherForms)
      expect(
        found.get(search)!.map((f) => f.url),
        `"${search}" → ${url}`,
      ).toContain(url);
  });

  it('gives an excerpt that marks the words searched for', async () => {
    const e = entries[0];
    const word = String(e.data.title)
      .split(/\W+/)
      .find((w) => w.length > 4)!;
    const [[, found]] = await search([word]);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].excerpt.toLowerCase()).toContain(`<mark>${word.toLowerCase()}`);
  });
});
