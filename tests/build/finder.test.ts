import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_BUILD_DATE, generateCorpus } from '../../scripts/bench/corpus';
import type { FinderItem } from '../../src/lib/finder/facets';
import { launch } from '../support/browser';
import { buildSite, outputDir, type BuildResult } from '../support/build';
import { serve } from '../support/server';

// A generated archive of 100 entries holds 30 case studies: more than the finder's first page of 20.
const contentDir = path.join(outputDir, 'finder-content');
const trickyTitle = 'A <b>bold</b> claim & </script><script>alert(1)</script>';
let site: BuildResult;
let items: FinderItem[];
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  generateCorpus(100, contentDir);
  // Content is untrusted text: one title that would be markup if it were ever parsed as HTML.
  const dir = path.join(contentDir, 'case-studies');
  const file = path.join(dir, fs.readdirSync(dir)[0]);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(trickyTitle)}`));
  site = buildSite('finder', contentDir, { BUILD_DATE: CORPUS_BUILD_DATE });
  items = JSON.parse(fs.readFileSync(path.join(site.outDir, 'case-studies/finder.json'), 'utf8'));
  server = await serve(site.outDir);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const listed = (page: Page) => page.$$eval('#finder-results .entry-list > li h2 a', (links) => links.map((a) => a.getAttribute('href')!));

describe('the case-study finder over more case studies than fit on a page', () => {
  it('builds, with an index of every case study, newest evidence first', () => {
    expect(site.ok, site.output).toBe(true);
    expect(items).toHaveLength(30);
    expect(items.map((i) => i.evidence)).toEqual(
      items
        .map((i) => i.evidence)
        .sort()
        .reverse(),
    );
    expect(Object.keys(items[0]).sort()).toEqual(['evidence', 'facets', 'facts', 'published', 'summary', 'title', 'url']);
  });

  it('without JavaScript, shows the newest 20 and pages on to the rest', () => {
    const first = parseHTML(fs.readFileSync(path.join(site.outDir, 'case-studies/index.html'), 'utf8')).document;
    expect([...first.querySelectorAll('#finder-results .entry-list > li h2 a')].map((a) => a.getAttribute('href'))).toEqual(
      items.slice(0, 20).map((i) => i.url),
    );
    expect(first.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/case-studies/2/');
    const second = parseHTML(fs.readFileSync(path.join(site.outDir, 'case-studies/2/index.html'), 'utf8')).document;
    expect([...second.querySelectorAll('.entry-list > li h2 a')].map((a) => a.getAttribute('href'))).toEqual(
      items.slice(20).map((i) => i.url),
    );
    expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe('/case-studies/');
  });

  it('with JavaScript, filters all of them, counts every match and shows 20 at a time', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/case-studies/`);
    await page.locator('#finder').waitFor();
    await expect(page.locator('.pagination').isVisible()).resolves.toBe(false);
    await expect(listed(page)).resolves.toEqual(items.slice(0, 20).map((i) => i.url));
    await expect(page.textContent('#finder-status')).resolves.toBe('30 case studies, newest evidence first');
    await page.click('#finder-more');
    await expect(listed(page)).resolves.toEqual(items.map((i) => i.url));
    await expect(page.locator('#finder-more').isVisible()).resolves.toBe(false);

    // The oldest case study is not on the first page; choosing its region finds it.
    const oldest = items.at(-1)!;
    const region = oldest.facets.region[0];
    const expected = items.filter((i) => i.facets.region.includes(region)).map((i) => i.url);
    await page.check(`#finder input[name=region][value="${region}"]`);
    await page.waitForURL(new RegExp(`\\?region=${region}$`));
    await expect(listed(page)).resolves.toEqual(expected.slice(0, 20));
    expect(expected).toContain(oldest.url);
    await expect(page.textContent('#finder-status')).resolves.toBe(
      `${expected.length} case ${expected.length === 1 ? 'study' : 'studies'}, newest evidence first`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a title with markup in it as text', async () => {
    const tricky = items.find((i) => i.title === trickyTitle)!;
    const page = await browser.newPage();
    let alerted = false;
    page.on('dialog', async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await page.goto(`${server.url}/case-studies/`);
    await page.locator('#finder').waitFor();
    await page.click('#finder-more');
    await expect(page.locator(`#finder-results a[href="${tricky.url}"]`).textContent()).resolves.toBe(trickyTitle);
    await expect(page.locator('#finder-results b').count()).resolves.toBe(0);
    expect(alerted).toBe(false);
    await page.close();
  });
});
