import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findCharts } from '../../src/lib/charts/usage';
import { root } from '../support/build';
import { browserSession, watched } from '../support/session';
import { entryBody, sourceEntries } from '../support/site';

const { open } = browserSession();
const openWatched = (urlPath: string) => watched(open, urlPath);
const contentDir = path.join(root, 'content');
const charted = sourceEntries(contentDir).find((e) => e.data.draft !== true && findCharts(entryBody(contentDir, e)).length > 0)!;
const chartPage = `/${charted.collection}/${charted.slug}/`;

/** Whether the page may compile WebAssembly: the smallest valid module. */
const compilesWasm = (page: Page) =>
  page.evaluate(() =>
    WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
      () => true,
      () => false,
    ),
  );

describe('content security policy in Chromium', () => {
  it('lets /search/ load Pagefind, compile its WebAssembly and show results', async () => {
    const { page, errors, violations } = await openWatched(`/search/?q=${encodeURIComponent(String(charted.data.title))}`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    await expect(compilesWasm(page)).resolves.toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reports no violation on an entry page with an interactive chart, and refuses WebAssembly there', async () => {
    const { page, errors, violations } = await openWatched(chartPage);
    const figures = page.locator('figure[data-chart]');
    for (let i = 0; i < (await figures.count()); i++) {
      await figures.nth(i).scrollIntoViewIfNeeded();
      await figures.nth(i).locator('canvas').waitFor();
    }
    await expect(compilesWasm(page)).resolves.toBe(false);
    // The refusal just provoked is the only report.
    expect(await violations()).toEqual(['script-src blocked wasm-eval']);
    expect(errors.filter((e) => !e.includes('WebAssembly'))).toEqual([]);
    await page.context().close();
  });

  it('lets the case-study finder fetch its index and filter, with no violation', async () => {
    const { page, errors, violations } = await openWatched('/case-studies/');
    await page.locator('#finder').waitFor();
    await page.locator('#finder input[type=checkbox]').first().check();
    await page.waitForURL(/\?./);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
