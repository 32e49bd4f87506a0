import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import type { FinderItem } from '../../src/lib/finder/facets';
import { axeViolations } from '../support/axe';
import { root } from '../support/build';
import { browserSession } from '../support/session';
import { entryBody, sourceEntries } from '../support/site';
import { parseYaml } from '../../src/lib/content/yaml';

const { open } = browserSession();

// What the pages should show comes from the content folder, so these tests hold as entries are added.
const entries = sourceEntries(path.join(root, 'content')).filter((e) => e.data.draft !== true);
const caseStudies = entries.filter((e) => e.collection === 'case-studies');
const entryUrl = (e: { collection: string; slug: string }) => `/${e.collection}/${e.slug}/`;
const namesIn = (file: string) =>
  parseYaml(fs.readFileSync(path.join(root, 'content', file), 'utf8')).data as { id: string; name: string }[];

/** How many entries of a type the site publishes, from the content folder. */
const published = (collection: string) => entries.filter((e) => e.collection === collection).length;
/** A case study with sections, and a word from its title to search for. */
const caseStudy = caseStudies.find((c) => /^## /m.test(entryBody(path.join(root, 'content'), c)))!;
const titleWord = String(caseStudy.data.title)
  .split(/[^A-Za-z]+/)
  .sort((a, b) => b.length - a.length)[0];
/** A word that case studies and entries of another type use, but not every entry: a search that a type filter narrows. */
const wordsOf = (e: { collection: string; slug: string }) =>
  new Set(
    entryBody(path.join(root, 'content'), e)
      .toLowerCase()
      .match(/\b[a-z]{6,}\b/g),
  );
const broad = [...wordsOf(caseStudy)].find((w) => {
  const using = entries.filter((e) => wordsOf(e).has(w));
  return using.length < entries.length && using.some((e) => e.collection !== 'case-studies');
})!;

/** The count shown beside each type filter, by type. */
const typeCounts = (page: Page) =>
  page.$$eval('#search-filters input[name="type"]', (boxes) =>
    Object.fromEntries(
      (boxes as HTMLInputElement[]).map((b) => [b.value, Number(/\((\d+)\)/.exec(b.labels![0].querySelector('.count')!.textContent!)![1])]),
    ),
  );

/** Waits until the search page has announced a result count, and returns it with the result addresses. */
async function results(page: Page): Promise<{ status: string; urls: string[] }> {
  await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const status = (await page.textContent('#search-status'))!;
  const urls = await page.$$eval('#search-results > li h2 a', (links) => links.map((a) => a.getAttribute('href')!));
  return { status, urls };
}

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('search', () => {
  it.each(entries.map((e) => [entryUrl(e), String(e.data.title)]))('finds %s by its title in the top three', async (expected, title) => {
    const { page, errors } = await open(`/search/?q=${encodeURIComponent(title)}`);
    const { urls } = await results(page);
    expect(urls.slice(0, 3)).toContain(expected);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows each result’s type, date, highlighted excerpt and links to matching sections', async () => {
    const { page } = await open(`/search/?q=${encodeURIComponent(String(caseStudy.data.title))}`);
    await results(page);
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('.entry-type').textContent()).resolves.toBe('Case study');
    // The evidence date, as precise as its source, then the summary's day.
    await expect(first.locator('.meta time').evaluateAll((t) => t.map((x) => x.getAttribute('datetime')))).resolves.toEqual([
      expect.stringMatching(/^\d{4}(-\d{2}){0,2}$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    ]);
    await expect(first.locator('.excerpt mark').count()).resolves.toBeGreaterThan(0);
    const sections = await page.$$eval('.sub-results a', (links) => links.map((a) => a.getAttribute('href')!));
    expect(sections.some((href) => /#[a-z]/.test(href))).toBe(true);
    await page.context().close();
  });

  it('narrows results with a filter, keeps it in the URL through a reload, and the back button undoes it', async () => {
    const { page } = await open(`/search/?q=${broad}`);
    const before = await results(page);
    await page.getByRole('checkbox', { name: /^Case study/ }).check();
    await page.waitForURL(/type=Case\+study/);
    await page.waitForFunction((s) => document.querySelector('#search-status')?.textContent !== s, before.status);
    const after = await results(page);
    expect(after.urls.length).toBeGreaterThan(0);
    expect(after.urls.length).toBeLessThan(before.urls.length);
    expect(after.urls.every((u) => u.startsWith('/case-studies/'))).toBe(true);
    expect(after.status).toMatch(/with 1 filter/);

    await page.reload();
    const reloaded = await results(page);
    expect(reloaded.urls).toEqual(after.urls);
    await expect(page.getByRole('checkbox', { name: /^Case study/ }).isChecked()).resolves.toBe(true);
    await expect(page.inputValue('#search-q')).resolves.toBe(broad);

    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('type='));
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length === n, before.urls.length);
    await expect(page.getByRole('checkbox', { name: /^Case study/ }).isChecked()).resolves.toBe(false);
    await page.context().close();
  });

  it('shows a count for each filter value', async () => {
    const { page } = await open(`/search/?q=${broad}`);
    await results(page);
    const label = await page.locator('label', { hasText: /^Case study/ }).textContent();
    expect(label).toMatch(/^Case study \(\d+\)$/);
    await page.context().close();
  });

  it('sorts newest evidence first on request, in the URL, and shows both dates on each result', async () => {
    const { page } = await open(`/search/?q=${broad}`);
    await results(page);
    await expect(page.locator('#search-sort option[value=newest]').textContent()).resolves.toBe('Newest evidence first');
    await page.selectOption('#search-sort', 'newest');
    await page.waitForURL(/sort=newest/);
    const lines = await page.$$eval('#search-results .meta', (m) => m.map((x) => x.textContent!));
    expect(lines.every((line) => /^Evidence from .+ · summarised here \d{1,2} \w+ \d{4}$/.test(line))).toBe(true);
    const dates = await page.$$eval('#search-results .meta time:first-of-type', (t) => t.map((x) => x.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    await page.context().close();
  });

  it('lands the header search form on results, with the query filled in', async () => {
    const { page } = await open('/');
    await page.fill('#site-search', titleWord);
    await page.press('#site-search', 'Enter');
    await page.waitForURL(new RegExp(`/search/\\?q=${titleWord}$`));
    const { urls } = await results(page);
    expect(urls).toContain(entryUrl(caseStudy));
    await expect(page.inputValue('#search-q')).resolves.toBe(titleWord);
    await page.context().close();
  });

  it('can be used with the keyboard alone: search, filter and open a result', async () => {
    const { page } = await open('/search/');
    await tabTo(page, '#search-q');
    await page.keyboard.type(broad);
    await page.keyboard.press('Enter');
    const before = await results(page);
    await tabTo(page, '#search-filters input[type=checkbox]');
    await page.keyboard.press('Space');
    await page.waitForFunction((s) => document.querySelector('#search-status')?.textContent !== s, before.status);
    const after = await results(page);
    expect(after.urls.length).toBeLessThan(before.urls.length);
    await tabTo(page, '#search-results a');
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === href);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('announces the number of results to screen readers', async () => {
    const { page } = await open(`/search/?q=${titleWord}`);
    await results(page);
    await expect(page.locator('#search-status').getAttribute('role')).resolves.toBe('status');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(new RegExp(`^\\d+ results? for “${titleWord}”$`));
    await page.context().close();
  });

  it('suggests topics and the case-study finder when nothing matches', async () => {
    const { page } = await open('/search/?q=zzxqy');
    await expect(results(page).then((r) => r.status)).resolves.toBe('No results for “zzxqy”');
    await expect(page.locator('#search-empty').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-empty a[href^="/topics/"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#search-empty a[href="/case-studies/"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('lists entries by a filter alone, newest evidence first, still counting the other types', async () => {
    const { page, errors } = await open('/search/?type=Case+study');
    const { status, urls } = await results(page);
    expect(status).toBe(`${published('case-studies')} results with 1 filter`);
    expect(urls.every((url) => url.startsWith('/case-studies/'))).toBe(true);
    const dates = await page.$$eval('#search-results .meta time:first-of-type', (times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    // A type's count ignores the type chosen: it is how many posts ticking "Post" as well would add.
    await expect(typeCounts(page)).resolves.toMatchObject({ Post: published('posts'), 'Case study': published('case-studies') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the other types’ counts when one type is ticked, and ticking another adds what its count said', async () => {
    const { page } = await open(`/search/?q=${broad}`);
    const before = await results(page);
    const counts = await typeCounts(page);
    expect(Object.values(counts).filter((n) => n > 0).length).toBeGreaterThan(1);
    const [other] = Object.entries(counts).find(([type, n]) => type !== 'Case study' && n > 0)!;
    await page.getByRole('checkbox', { name: /^Case study/ }).check();
    await page.waitForFunction((s) => document.querySelector('#search-status')?.textContent !== s, before.status);
    const caseStudies = await results(page);
    expect(caseStudies.status).toMatch(new RegExp(`^${counts['Case study']} results?`));
    await expect(typeCounts(page)).resolves.toEqual(counts);
    await page.getByRole('checkbox', { name: new RegExp(`^${other}`) }).check();
    await page.waitForFunction((s) => document.querySelector('#search-status')?.textContent !== s, caseStudies.status);
    await expect(results(page).then((r) => r.status)).resolves.toMatch(new RegExp(`^${counts['Case study'] + counts[other]} results`));
    await page.context().close();
  });

  it('shows the results for words while its list of filter values is missing, and says filtering could not load', async () => {
    const { page } = await open('/search/');
    await page.context().route('**/search/facets.json', (route) => route.fulfill({ status: 404, body: '' }));
    // Words alone need no filter values: their results still show.
    await page.goto(page.url().replace(/\/search\/.*$/, `/search/?q=${broad}`));
    await page.waitForFunction(() => /^\d+ results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await expect(page.locator('#search-results > li').count()).resolves.toBeGreaterThan(0);
    // A filter cannot be applied without them: the page says so and offers the topics.
    await page.goto(page.url().replace(/\/search\/.*$/, `/search/?q=${broad}&type=Case+study`));
    await page.waitForFunction(() => /could not load/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await expect(page.locator('#search-results > li').count()).resolves.toBe(0);
    await expect(page.locator('#search-empty a[href^="/topics/"]').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('says first, without JavaScript, that search needs it, hides what cannot work and links to the topics, the finder and the listings', async () => {
    const { page } = await open(`/search/?q=${broad}`, { javaScriptEnabled: false });
    const lines = (await page.locator('main').innerText()).split('\n').filter((line) => line.trim());
    expect(lines[0]).toBe('Search');
    expect(lines[1]).toMatch(/^Search needs JavaScript/);
    await expect(page.locator('main input[type=checkbox]:visible, #search-sort:visible, #search-q:visible').count()).resolves.toBe(0);
    for (const href of ['/topics/', '/case-studies/', '/briefings/'])
      await expect(page.locator(`main a[href="${href}"]`).first().isVisible(), href).resolves.toBe(true);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with results and filters shown, in %s mode', async (colorScheme) => {
    const { page } = await open(`/search/?q=${broad}&type=Case+study`, { colorScheme, bypassCSP: true });
    await results(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('case-study finder', () => {
  const listed = (page: Page) => page.$$eval('.entry-list > li:not([hidden]) h2 a', (links) => links.map((a) => a.getAttribute('href')!));
  /** The counts the finder shows in one facet's group, by value. */
  const groupCounts = (page: Page, facet: string) =>
    page.$$eval(`#finder input[name="${facet}"]`, (boxes) =>
      Object.fromEntries(
        (boxes as HTMLInputElement[]).map((b) => [
          b.value,
          Number(/\((\d+)\)/.exec(b.labels![0].querySelector('.count')!.textContent!)![1]),
        ]),
      ),
    );

  it('counts a facet’s values as search does: ignoring that facet’s own choice, applying the others', async () => {
    const { page } = await open('/case-studies/');
    await page.locator('#finder').waitFor();
    const items = (await page.evaluate(() => fetch('/case-studies/finder.json').then((r) => r.json()))) as FinderItem[];
    const count = (facet: keyof FinderItem['facets'], value: string, among = items) =>
      among.filter((i) => i.facets[facet].includes(value)).length;
    const needs = await groupCounts(page, 'needs');
    await page
      .getByRole('group', { name: 'Needs' })
      .getByRole('checkbox', { name: /^Homelessness/ })
      .check();
    await page.waitForURL(/\?needs=homelessness$/);
    // Within Needs, nothing changes: each count is what ticking that need as well would bring in.
    await expect(groupCounts(page, 'needs')).resolves.toEqual(needs);
    for (const [value, n] of Object.entries(needs)) expect(n, value).toBe(count('needs', value));
    // Other facets count only the case studies on homelessness.
    const homelessness = items.filter((i) => i.facets.needs.includes('homelessness'));
    const regions = await groupCounts(page, 'region');
    for (const [value, n] of Object.entries(regions)) expect(n, value).toBe(count('region', value, homelessness));
    await page.context().close();
  });

  /** The need fewest case studies have (at least one), its name, and those case studies. */
  const rarest = namesIn('needs.yml')
    .map((n) => ({ ...n, urls: caseStudies.filter((c) => (c.data.needs as string[]).includes(n.id)).map(entryUrl) }))
    .filter((n) => n.urls.length > 0)
    .sort((a, b) => a.urls.length - b.urls.length)[0];

  it('filters in place with JavaScript, updates counts and keeps the choice in the URL', async () => {
    const { page, errors } = await open('/case-studies/');
    const all = await listed(page);
    await page
      .getByRole('group', { name: 'Needs' })
      .getByRole('checkbox', { name: new RegExp(`^${rarest.name}`) })
      .check();
    await page.waitForURL(new RegExp(`\\?needs=${rarest.id}$`));
    const filtered = await listed(page);
    expect([...filtered].sort()).toEqual([...rarest.urls].sort());
    expect(filtered.length).toBeLessThan(all.length);
    await expect(page.textContent('#finder-status')).resolves.toBe(
      `${filtered.length} case ${filtered.length === 1 ? 'study' : 'studies'}, newest evidence first`,
    );

    await page.reload();
    await expect(listed(page)).resolves.toEqual(filtered);
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    await expect(listed(page)).resolves.toEqual(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works without JavaScript through a page per facet value', async () => {
    const { page } = await open('/case-studies/', { javaScriptEnabled: false });
    await expect(page.locator('#finder').isVisible()).resolves.toBe(false);
    await page.getByRole('link', { name: rarest.name, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/case-studies/needs/${rarest.id}/$`));
    await expect(page.locator('h1').textContent()).resolves.toBe(`Needs: ${rarest.name}`);
    await expect(page.locator('.entry-list > li').count()).resolves.toBe(rarest.urls.length);
    await page.context().close();
  });

  it('shows the evidence and gap map as a table whose numbers lead to the case studies', async () => {
    const { page } = await open('/case-studies/');
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'Case studies by approach' }) });
    await expect(table.locator('thead th[scope=col]').count()).resolves.toBe(namesIn('needs.yml').length);
    await expect(table.locator('tbody th[scope=row]').count()).resolves.toBe(namesIn('approaches.yml').length);
    await expect(table.locator('td.gap').count()).resolves.toBeGreaterThan(0);
    await table.locator('a').first().click();
    await page.waitForURL(/\/case-studies\/needs\/[a-z-]+\/approach\/[a-z-]+\/$/);
    await expect(page.locator('.entry-list > li').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('search and the finder on a phone', () => {
  const phone = { viewport: { width: 360, height: 740 } };
  const desktop = { viewport: { width: 1280, height: 800 } };
  const listed = (page: Page) => page.$$eval('#finder-results .entry-list > li h2 a', (links) => links.map((a) => a.getAttribute('href')!));
  /** The region fewest case studies are in (at least one, not all), its name, and those case studies. */
  const region = namesIn('regions.yml')
    .map((r) => ({ ...r, urls: caseStudies.filter((c) => c.data.region === r.id).map(entryUrl) }))
    .filter((r) => r.urls.length > 0 && r.urls.length < caseStudies.length)
    .sort((a, b) => a.urls.length - b.urls.length)[0];
  const top = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => e.getBoundingClientRect().top);
  /** Whether the focused element shows a focus outline or ring. */
  const focusShows = (page: Page) =>
    page.evaluate(() => {
      const focused = document.activeElement!;
      const style = getComputedStyle(focused);
      return focused.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
    });

  it('shows the result count and the first result on the first screen after a search from the header', async () => {
    const { page } = await open('/', phone);
    await page.fill('#site-search', titleWord);
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await results(page);
    await expect(page.evaluate(() => scrollY)).resolves.toBe(0);
    const status = await page.locator('#search-status').boundingBox();
    expect(status!.y + status!.height).toBeLessThanOrEqual(740);
    expect(await top(page, '#search-results > li')).toBeLessThan(740);
    expect(await top(page, '#search-results > li h2 a')).toBeLessThan(740);
    await page.context().close();
  });

  it('shows the finder’s count and its first case study’s heading on the first screen, with the links about case studies after the results', async () => {
    const { page } = await open('/case-studies/', phone);
    await page
      .locator('#finder-status')
      .filter({ hasText: /newest/ })
      .waitFor();
    const status = await page.locator('#finder-status').boundingBox();
    expect(status!.y + status!.height).toBeLessThanOrEqual(740);
    // The heading's first line, at least, is on the first screen.
    const firstLine = await page
      .locator('#finder-results li h2 a')
      .first()
      .evaluate((a) => a.getClientRects()[0].bottom);
    expect(firstLine).toBeLessThanOrEqual(740);
    // Nothing is hidden to get there: the links about case studies follow the results.
    const compare = page.getByRole('link', { name: 'Compare case studies in a table' });
    await expect(compare.isVisible()).resolves.toBe(true);
    expect(await top(page, '#finder-results')).toBeLessThan(await compare.evaluate((a) => a.getBoundingClientRect().top));
    await page.context().close();
  });

  it('folds the search filters behind a button that says how many are chosen; each chosen filter shows above the results and removes itself', async () => {
    const { page } = await open(`/search/?q=${broad}`, phone);
    const before = await results(page);
    const toggle = page.locator('.filter-toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('#search-filters input[type=checkbox]:visible').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByRole('checkbox', { name: /^Case study/ }).check();
    await page.waitForFunction((s) => document.querySelector('#search-status')?.textContent !== s, before.status);
    const after = await results(page);
    expect(after.urls.every((u) => u.startsWith('/case-studies/'))).toBe(true);
    await expect(toggle.textContent()).resolves.toBe('Filter (1 chosen)');
    const remove = page.getByRole('button', { name: 'Remove filter: Type Case study' });
    expect(await top(page, '.chosen-filter')).toBeLessThan(await top(page, '#search-results > li'));
    expect(await top(page, '#search-status')).toBeLessThan(await top(page, '.chosen-filter'));
    // One live region: the count.
    await expect(page.locator('[aria-live], [role=status], [role=alert]').count()).resolves.toBe(1);
    await remove.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length === n, before.urls.length);
    await expect(results(page)).resolves.toEqual(before);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-status');
    await expect(toggle.textContent()).resolves.toBe('Filter');
    await expect(page.locator('.chosen-filter').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('folds the finder’s filters behind the same button, with the chosen filters removable above the case studies', async () => {
    const { page, errors } = await open('/case-studies/', phone);
    await page.getByRole('button', { name: 'Filter', exact: true }).waitFor();
    const toggle = page.locator('.filter-toggle');
    const all = await listed(page);
    await expect(page.locator('#finder').isVisible()).resolves.toBe(false);
    await toggle.click();
    await page
      .getByRole('group', { name: 'Region' })
      .getByRole('checkbox', { name: new RegExp(`^${region.name}`) })
      .check();
    await page.waitForURL(new RegExp(`\\?region=${region.id}$`));
    await expect(listed(page).then((l) => l.sort())).resolves.toEqual([...region.urls].sort());
    await expect(page.locator('.filter-toggle').textContent()).resolves.toBe('Filter (1 chosen)');
    await toggle.click();
    await expect(page.locator('#finder').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: `Remove filter: Region ${region.name}` }).click();
    await page.waitForURL((url) => url.search === '');
    await expect(listed(page)).resolves.toEqual(all);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('finder-status');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers "Clear all filters" when more than one is chosen', async () => {
    // The region and a need of a case study in it: two filters that show it.
    const [need] = caseStudies.find((c) => c.data.region === region.id)!.data.needs as string[];
    const { page } = await open(`/case-studies/?needs=${need}&region=${region.id}`, phone);
    await page.getByRole('button', { name: 'Filter (2 chosen)' }).waitFor();
    await expect(page.locator('.chosen-filter').count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForURL((url) => url.search === '');
    await expect(page.locator('.filter-toggle').textContent()).resolves.toBe('Filter');
    await expect(page.locator('.clear-filters').count()).resolves.toBe(0);
    await page.context().close();
  });

  it.each([
    ['/search/', `/search/?q=${broad}`, '#search-status'],
    ['/case-studies/', '/case-studies/', '#finder-status'],
  ])('can skip to results and use the filters on %s with the keyboard alone, with visible focus', async (_, path, status) => {
    const { page } = await open(path, phone);
    await page.locator('.filter-toggle').waitFor();
    await page.locator(status).filter({ hasText: /\d/ }).waitFor();
    await tabTo(page, '.skip-to-results');
    await expect(
      page
        .locator('.skip-to-results')
        .boundingBox()
        .then((b) => b!.width > 1 && b!.height > 1),
    ).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement!.className)).resolves.toBe('filter-toggle');
    await expect(focusShows(page)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('.filter-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).type)).resolves.toBe('checkbox');
    await expect(focusShows(page)).resolves.toBe(true);
    await page.keyboard.press('Space');
    await page.locator('.chosen-filter').waitFor();
    await expect(page.locator('.filter-toggle').textContent()).resolves.toBe('Filter (1 chosen)');
    await tabTo(page, '.chosen-filter', 120);
    await expect(focusShows(page)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.chosen-filter').waitFor({ state: 'detached' });
    await expect(page.evaluate(() => `#${document.activeElement!.id}`)).resolves.toBe(status);
    await expect(page.locator('input[type=checkbox]:checked').count()).resolves.toBe(0);
    await page.context().close();
  });

  it.each([
    ['/search/', `/search/?q=${broad}`, '#search-status'],
    ['/case-studies/', '/case-studies/', '#finder-status'],
  ])(
    'closes the open filters on %s with Escape, from a checkbox or the button, and returns focus to the button',
    async (_, path, status) => {
      const { page } = await open(path, phone);
      await page.locator(status).filter({ hasText: /\d/ }).waitFor();
      const toggle = page.locator('.filter-toggle');
      await toggle.click();
      await page.locator('.filter-fields input[type=checkbox]').first().focus();
      await page.keyboard.press('Escape');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.locator('.filter-fields').isVisible()).resolves.toBe(false);
      await expect(page.evaluate(() => document.activeElement!.className)).resolves.toBe('filter-toggle');
      await page.keyboard.press('Enter');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      await page.keyboard.press('Escape');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.evaluate(() => document.activeElement!.className)).resolves.toBe('filter-toggle');
      await page.context().close();
    },
  );

  it.each([
    ['/search/', `/search/?q=${broad}`, '#search-status', 'Type', 'Case study', /^(\d+) results?/, 'result'],
    ['/case-studies/', '/case-studies/', '#finder-status', 'Region', region.name, /^(\d+) case stud/, 'case study'],
  ])(
    'ends the open filters on %s with a button that shows how many results they give, closes them and goes to the count',
    async (_, path, status, group, value, counted, noun) => {
      const { page } = await open(path, phone);
      const count = async () => Number(counted.exec((await page.textContent(status))!)![1]);
      const showButton = async () => {
        const n = await count();
        const plural = noun === 'case study' ? 'case studies' : 'results';
        return page.getByRole('button', { name: `Show ${n} ${n === 1 ? noun : plural}`, exact: true });
      };
      await page.locator(status).filter({ hasText: counted }).waitFor();
      await page.locator('.filter-toggle').click();
      await expect((await showButton()).isVisible()).resolves.toBe(true);
      const before = (await page.textContent(status))!;
      await page
        .getByRole('group', { name: group })
        .getByRole('checkbox', { name: new RegExp(`^${value}`) })
        .check();
      await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent !== t, [status, before]);
      await page.locator(status).filter({ hasText: counted }).waitFor();
      const show = await showButton();
      // At the end of the filters, after every checkbox.
      const atEnd = show.evaluate(
        (button) =>
          button.closest('.filter-fields') !== null &&
          [...document.querySelectorAll('.filter-fields input[type=checkbox]')].every(
            (box) => box.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING,
          ),
      );
      await expect(atEnd).resolves.toBe(true);
      await show.click();
      await expect(page.locator('.filter-toggle').getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.evaluate(() => `#${document.activeElement!.id}`)).resolves.toBe(status);
      const box = await page.locator(status).boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(740);
      await page.context().close();
    },
  );

  it.each([
    ['/search/', `/search/?q=${broad}`],
    ['/case-studies/', '/case-studies/'],
  ])('keeps the filters in a side column on %s at desktop width, with no filter button', async (_, path) => {
    const { page } = await open(path, desktop);
    await page.locator('.filter-fields input[type=checkbox]').first().waitFor();
    await expect(page.locator('.filter-toggle').isVisible()).resolves.toBe(false);
    const [filters, count] = await Promise.all([
      page.locator('.filter-fields').boundingBox(),
      page.locator('.search-status').boundingBox(),
    ]);
    expect(filters!.x + filters!.width).toBeLessThanOrEqual(count!.x);
    await page.context().close();
  });

  it('says without JavaScript that a finder address’s filters need it, and leads to the filter’s own page', async () => {
    const { page } = await open(`/case-studies/?region=${region.id}`, { ...phone, javaScriptEnabled: false });
    await expect(page.locator('main').innerText()).resolves.toMatch(/Filtering these case studies in place needs JavaScript/);
    await expect(page.locator('main input[type=checkbox]:visible').count()).resolves.toBe(0);
    // The case studies come before the links to filter them on a narrow screen.
    expect(await top(page, '#finder-status')).toBeLessThan(await top(page, '.facet-links'));
    const link = page.locator(`.facet-links a[href="/case-studies/region/${region.id}/"]`);
    await expect(link.textContent()).resolves.toBe(region.name);
    await link.click();
    await page.waitForURL(new RegExp(`/case-studies/region/${region.id}/$`));
    const shown = await page.$$eval('.entry-list > li h2 a', (links) => links.map((a) => a.getAttribute('href')!));
    expect(shown.sort()).toEqual([...region.urls].sort());
    await page.context().close();
  });

  it('says when the finder’s filters could not load that those in its address are not applied, and keeps the links', async () => {
    const { page } = await open('/', phone);
    await page.context().route('**/case-studies/finder.json', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(page.url().replace(/\/$/, `/case-studies/?region=${region.id}`));
    await page.waitForFunction(() => /could not load/.test(document.querySelector('#finder-status')?.textContent ?? ''));
    await expect(page.locator('.facet-links').isVisible()).resolves.toBe(true);
    await expect(page.locator('.filter-toggle').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with a filter chosen and the filters open, in %s mode',
    async (colorScheme) => {
      for (const [path, ready] of [
        [`/search/?q=${broad}&type=Case+study`, '.chosen-filter'],
        [`/case-studies/?region=${region.id}`, '.chosen-filter'],
      ]) {
        const { page } = await open(path, { ...phone, colorScheme, bypassCSP: true });
        await page.locator(ready).waitFor();
        await page.click('.filter-toggle');
        expect(await axeViolations(page), path).toEqual([]);
        await page.context().close();
      }
    },
  );
});
