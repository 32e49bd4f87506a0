import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/yaml';
import { axeViolations } from '../support/axe';
import { root } from '../support/build';
import { browserSession } from '../support/session';
import { page as builtPage, sourceEntries } from '../support/site';

// Searches people make, on the real site. What the right results are comes from the content itself: the text of
// each entry's page, the synonym list and the acronyms, so these tests hold as entries are added.
const siteDir = inject('siteDir');
const { open } = browserSession();
const contentDir = path.join(root, 'content');
const entries = sourceEntries(contentDir).filter((e) => e.data.draft !== true);
const entryUrl = (e: { collection: string; slug: string }) => `/${e.collection}/${e.slug}/`;
const readYaml = <T>(file: string) => parseYaml(fs.readFileSync(path.join(contentDir, file), 'utf8')).data as T;
const synonyms = readYaml<{ terms: string[] }[]>('synonyms.yml');
const glossary = readYaml<{ term: string; expansion: string }[]>('glossary.yml');

/** An entry's text as its page shows it: the searchable part, each piece of text apart, without hidden search aliases. */
function textOf(url: string): string {
  const body = builtPage(siteDir, url).querySelector('[data-pagefind-body]')!;
  for (const hidden of body.querySelectorAll('[hidden], [data-pagefind-ignore]')) hidden.remove();
  const texts: string[] = [];
  const walk = (node: Node) => (node.nodeType === 3 ? texts.push(node.textContent ?? '') : node.childNodes.forEach(walk));
  walk(body);
  return texts.join(' ').replace(/\s+/g, ' ');
}
const texts = new Map(entries.map((e) => [entryUrl(e), textOf(entryUrl(e))]));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether a text uses a term as a whole word or phrase; an acronym in its own case. */
const uses = (text: string, term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(term).replace(/ /g, '\\s+')}s?(?![\\p{L}\\p{N}])`, /^[A-Z]{2,}$/.test(term) ? 'u' : 'iu').test(
    text,
  );
const using = (...terms: string[]) => [...texts].filter(([, text]) => terms.some((t) => uses(text, t))).map(([url]) => url);

/** Waits until the search page has announced a result count; returns the results, their marks and the notice. */
async function search(page: Page) {
  await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page.evaluate(() => ({
    urls: [...document.querySelectorAll('#search-results > li h2 a')].map((a) => a.getAttribute('href')!),
    marks: [...document.querySelectorAll('#search-results > li')].map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent!)),
    notice:
      (document.querySelector<HTMLElement>('#search-notice')!.hidden ? '' : document.querySelector('#search-notice')!.textContent) ?? '',
  }));
}

async function searchFor(q: string) {
  const { page, errors } = await open(`/search/?q=${encodeURIComponent(q)}`);
  return { page, errors, ...(await search(page)) };
}

describe('search relevance', () => {
  // The relatives the issue saw marked and ranked first: "House" (of Lords) for "housing", "Gateshead" for "gate".
  it.each([
    ['housing', 'House'],
    ['gate', 'Gateshead'],
  ])('“%s”: entries with the word itself come before its relatives, and only the word is marked, never “%s”', async (q, relative) => {
    const { page, errors, urls, marks } = await searchFor(q);
    const exact = using(q);
    expect(exact.length).toBeGreaterThan(0);
    expect(urls.slice(0, exact.length).sort()).toEqual(exact.filter((url) => urls.includes(url)).sort());
    expect(marks[0].length).toBeGreaterThan(0);
    expect(
      marks
        .slice(0, 3)
        .flat()
        .filter((m) => m.replace(/\W/g, '').toLowerCase() === relative.toLowerCase()),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('“through the gate”: entries with the phrase come first', async () => {
    const { page, urls } = await searchFor('through the gate');
    const phrase = [...texts].filter(([, text]) => /\bthrough the gate\b/i.test(text)).map(([url]) => url);
    expect(phrase.length).toBeGreaterThan(0);
    expect(new Set(urls.slice(0, phrase.length))).toEqual(new Set(phrase));
    await page.context().close();
  });

  it.each(['BAME', 'BME', 'substance misuse'])('“%s”: finds the entries that use it or a synonym of it, in the top three', async (q) => {
    const group = synonyms.find((s) => s.terms.includes(q))!.terms;
    const right = using(...group);
    expect(right.length).toBeGreaterThan(0);
    const { page, urls } = await searchFor(q);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.slice(0, 3).filter((url) => !right.includes(url))).toEqual([]);
    expect(urls).toEqual(expect.arrayContaining(right));
    await page.context().close();
  });

  it('“women leaving prison South East”: no entry has every word, so it shows those with most of them, saying so', async () => {
    const words = ['women', 'leaving', 'prison', 'south', 'east'];
    // A word counts with its endings ("leaves", "prisoners", "women’s"), not as the start of a longer word ("Southend").
    const has = (text: string, word: string) =>
      new RegExp(`\\b${word.replace(/(ing|e|s)$/, '')}(e|es|s|ing|ed|ers?|['’]s)?\\b`, 'i').test(text.replace(/-/g, ' '));
    const count = new Map([...texts].map(([url, text]) => [url, words.filter((w) => has(text, w)).length]));
    expect(Math.max(...count.values()), 'an entry now has every word: choose words none has').toBeLessThan(words.length);
    const { page, urls, notice } = await searchFor('women leaving prison South East');
    expect(notice).toBe('No entry has all your words. These have most of them.');
    const top = urls.slice(0, 3);
    const others = [...count].filter(([url]) => !top.includes(url)).map(([, n]) => n);
    expect(top).toHaveLength(3);
    for (const url of top) expect(count.get(url), url).toBeGreaterThanOrEqual(Math.max(...others));
    await page.context().close();
  });

  it('“NPS”: entries that use the acronym come first, and the reader can choose between its meanings', async () => {
    const meanings = [
      glossary.find((g) => g.term === 'NPS')!.expansion,
      ...new Set(entries.flatMap((e) => (e.data.acronyms as Record<string, string> | undefined)?.NPS ?? [])),
    ];
    expect(meanings.length).toBeGreaterThan(1);
    const { page, urls, notice } = await searchFor('NPS');
    expect(urls.slice(0, 3).filter((url) => !uses(texts.get(url)!, 'NPS'))).toEqual([]);
    const choices = await page.$$eval('#search-notice a', (links) => links.map((a) => a.textContent));
    expect(notice).toContain('“NPS” means different things in different entries');
    expect(choices).toEqual(meanings);
    // Choosing the entry's own meaning finds the entry that means it first.
    const own = entries.find((e) => (e.data.acronyms as Record<string, string> | undefined)?.NPS === meanings[1])!;
    await page.click(`#search-notice a:text-is("${meanings[1]}")`);
    await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, meanings[1]);
    const chosen = await search(page);
    expect(chosen.urls[0]).toBe(entryUrl(own));
    expect(chosen.notice).toBe('');
    await page.context().close();
  });

  it('a word that finds nothing is corrected to the nearest word of the site, saying so, with a way back', async () => {
    // A long word of a title, with two of its first letters swapped.
    const word = String(entries[0].data.title)
      .split(/[^A-Za-z]+/)
      .sort((a, b) => b.length - a.length)[0]
      .toLowerCase();
    const slip = `${word[0]}${word[2]}${word[1]}${word.slice(3)}`;
    const { page, urls, notice } = await searchFor(slip);
    expect(notice).toBe(`Showing results for ${word}. Search instead for ${slip}.`);
    expect(urls).toContain(entryUrl(entries[0]));
    await page.click('#search-notice a');
    await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, `"${slip}"`);
    const asTyped = await search(page);
    expect(asTyped.urls).toEqual([]);
    expect(asTyped.notice).toBe('');
    await page.context().close();
  });
});

describe('the notice above the results', () => {
  it.each(['light', 'dark'] as const)('has no axe violations in %s mode', async (colorScheme) => {
    for (const q of ['NPS', 'women leaving prison South East']) {
      const { page } = await open(`/search/?q=${encodeURIComponent(q)}`, { colorScheme, bypassCSP: true });
      expect((await search(page)).notice).not.toBe('');
      expect(await axeViolations(page), q).toEqual([]);
      await page.context().close();
    }
  });
});

describe('key facts in the search index', () => {
  it('reads each fact as a phrase: “Area: … . Region: … .”', async () => {
    const caseStudy = entries.find((e) => e.collection === 'case-studies')!;
    const region = readYaml<{ id: string; name: string }[]>('regions.yml').find((r) => r.id === caseStudy.data.region)!.name;
    const { page } = await open('/search/');
    const content = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search(${JSON.stringify(String(caseStudy.data.title))});
      const pages = await Promise.all(results.map((r) => r.data()));
      return pages.find((p) => p.url === ${JSON.stringify(entryUrl(caseStudy))}).content;
    })()`);
    expect(content).toContain(`Area: ${String(caseStudy.data.area)}. Region: ${region}.`);
    await page.context().close();
  });
});
