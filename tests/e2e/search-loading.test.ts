import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { searchWasm } from '../../src/lib/search/facets';
import { root } from '../support/build';
import { browserSession } from '../support/session';
import { entryBody, sourceEntries } from '../support/site';

const { open, origin } = browserSession();

// A word from the title of a published entry without a chart (a page that ships no script of its own), so a search
// for it has results.
const entry = sourceEntries(path.join(root, 'content')).find(
  (e) => e.data.draft !== true && !entryBody(path.join(root, 'content'), e).includes('<Chart'),
)!;
const word = String(entry.data.title)
  .split(/[^A-Za-z]+/)
  .sort((a, b) => b.length - a.length)[0];

/** Goes to `address` on a page that records the Pagefind files it asks for from then on. */
async function visit(page: Page, address: string) {
  const pagefind: string[] = [];
  page.on('request', (r) => new URL(r.url()).pathname.startsWith('/pagefind/') && pagefind.push(new URL(r.url()).pathname));
  await page.goto(origin() + address);
  await page.waitForLoadState('networkidle');
  return pagefind;
}

describe('search loads when it is needed', () => {
  it('fetches nothing of Pagefind on /search/ without a query until the reader focuses the search box', async () => {
    const { page, errors } = await open('/');
    const pagefind = await visit(page, '/search/');
    await expect(page.textContent('#search-status')).resolves.toMatch(/^Type a word/);
    expect(pagefind).toEqual([]);

    const requested = page.waitForRequest((r) => new URL(r.url()).pathname === '/pagefind/pagefind.js');
    await page.focus('#search-q');
    await requested;
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /\d+ results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(page.url()).toMatch(new RegExp(`/search/\\?q=${word}$`));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('runs a search typed and submitted before Pagefind has loaded, on the same page', async () => {
    const { page, errors } = await open('/');
    await visit(page, '/search/');
    // Pagefind's script held back, so the submit comes before it has loaded.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.fill('#search-q', word);
    await page.press('#search-q', 'Enter');
    release();
    await page.waitForFunction(() => /\d+ results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(page.url()).toMatch(new RegExp(`/search/\\?q=${word}$`));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([`?q=${word}`, '?type=Case+study'])('fetches Pagefind at once on arrival at /search/%s', async (query) => {
    const { page, errors } = await open('/');
    const pagefind = await visit(page, `/search/${query}`);
    expect(pagefind).toContain('/pagefind/pagefind.js');
    await page.waitForFunction(() => /results? /.test(document.querySelector('#search-status')?.textContent ?? ''));
    // Its WebAssembly is asked for beside its script, before Pagefind's entry file could name it, and only once.
    expect(pagefind.filter((p) => p === searchWasm)).toHaveLength(1);
    expect(pagefind.indexOf(searchWasm)).toBeLessThan(pagefind.findIndex((p) => p.startsWith('/pagefind/pagefind-entry.json')));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('adds no JavaScript to a page with the header search box', async () => {
    const { page, scripts } = await open(`/${entry.collection}/${entry.slug}/`);
    await expect(page.locator('#site-search').count()).resolves.toBe(1);
    expect(scripts).toEqual([]);
    await page.context().close();
  });
});
