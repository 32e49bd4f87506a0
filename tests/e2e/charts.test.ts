import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renditions } from '../../src/lib/charts/config';
import { findCharts } from '../../src/lib/charts/usage';
import { axeViolations } from '../support/axe';
import { root } from '../support/build';
import { browserSession } from '../support/session';
import { entryBody, sourceEntries } from '../support/site';

// The first entry with a chart, its first chart, and an entry without one, from the content folder.
const contentDir = path.join(root, 'content');
const entries = sourceEntries(contentDir).filter((e) => e.data.draft !== true);
const chartsIn = (e: { collection: string; slug: string }) => findCharts(entryBody(contentDir, e));
const charted = entries.find((e) => chartsIn(e).length > 0)!;
const chartPage = `/${charted.collection}/${charted.slug}/`;
const figure = `#chart-${String(chartsIn(charted)[0].attributes.dataset)}`;
const plain = entries.find((e) => chartsIn(e).length === 0)!;
const datasets = fs.readdirSync(path.join(contentDir, 'data')).filter((f) => f.endsWith('.csv'));

const { open, origin } = browserSession();

/** Scrolls every chart into view and waits until each has its interactive canvas. */
async function enhanceAll(page: Page) {
  const figures = page.locator('figure[data-chart]');
  for (let i = 0; i < (await figures.count()); i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await figures.nth(i).locator('canvas').waitFor();
  }
}

describe('a chart page', () => {
  it('shows the static image and the table without JavaScript', async () => {
    const { page } = await open(chartPage, { javaScriptEnabled: false });
    const image = page.locator(`${figure} img`);
    await image.scrollIntoViewIfNeeded();
    await expect(image.isVisible()).resolves.toBe(true);
    await expect(image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
    await expect(page.locator(`${figure} canvas`).count()).resolves.toBe(0);
    // The table is collapsed until asked for.
    await expect(page.locator(`${figure} table`).isVisible()).resolves.toBe(false);
    await page.locator(`${figure} summary`).click();
    await expect(page.locator(`${figure} table`).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it.each([320, 360])('shows the narrow image on a phone %i px wide, every word at 12 CSS px or more', async (width) => {
    // Without JavaScript the static image stays: what phones show before the chart loads, and with scripts off.
    const { page } = await open(chartPage, { javaScriptEnabled: false, viewport: { width, height: 740 }, isMobile: true });
    const images = page.locator('figure[data-chart] .chart-frame img');
    expect(await images.count()).toBeGreaterThan(0);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await image.evaluate((img: HTMLImageElement) => img.decode());
      const shown = await image.evaluate((img: HTMLImageElement) => ({
        src: new URL(img.currentSrc).pathname,
        natural: img.naturalWidth,
        displayed: img.getBoundingClientRect().width,
        pageWidth: document.documentElement.scrollWidth,
      }));
      expect(shown.src).toMatch(/-narrow\.png$/);
      // Every word in the narrow drawing is set at its text size, in the drawing's own pixels.
      const { scale, textSize } = renditions.narrow;
      expect(textSize * (shown.displayed / (shown.natural / scale))).toBeGreaterThanOrEqual(12);
      expect(shown.pageWidth).toBeLessThanOrEqual(width);
    }
    await page.context().close();
  });

  it('shows the wide image on a wider screen', async () => {
    const { page } = await open(chartPage, { javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });
    const image = page.locator(`${figure} img`);
    await image.scrollIntoViewIfNeeded();
    await image.evaluate((img: HTMLImageElement) => img.decode());
    await expect(image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).resolves.toMatch(
      /\/charts\/[0-9a-f]{16}\.png$/,
    );
    await page.context().close();
  });

  it('replaces the image with an interactive chart when it scrolls into view, with no console errors', async () => {
    const { page, errors, scripts } = await open(chartPage);
    // Chart.js waits until a chart is near the screen.
    expect(scripts.some((s) => s.includes('chart-runtime'))).toBe(false);
    const alt = await page.locator(`${figure} img`).getAttribute('alt');
    await page.locator(figure).scrollIntoViewIfNeeded();
    const canvas = page.locator(`${figure} canvas`);
    await canvas.waitFor();
    expect(scripts.some((s) => s.includes('chart-runtime'))).toBe(true);
    await expect(page.locator(`${figure} img`).isVisible()).resolves.toBe(false);
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
    // The chart tells a screen reader what the image's alt text did.
    expect(alt).toMatch(/ chart: /);
    await expect(canvas.getAttribute('aria-label')).resolves.toBe(alt);
    // Keyboard: the chart takes focus and the arrow keys move the tooltip, drawn on the canvas.
    const before = await canvas.screenshot();
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(500);
    expect(Buffer.compare(before, await canvas.screenshot())).not.toBe(0);
    await enhanceAll(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the arrow-keys hint to keyboard users only, and describes the chart with it', async () => {
    const { page } = await open(chartPage, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await page.locator(figure).scrollIntoViewIfNeeded();
    const canvas = page.locator(`${figure} canvas`);
    await canvas.waitFor();
    const hint = page.locator(`${figure} .chart-hint`);
    await expect(hint.isVisible()).resolves.toBe(false);
    // A tap focuses the chart and shows a tooltip, but no word of keys.
    await canvas.tap();
    await expect(canvas.evaluate((c) => c === document.activeElement)).resolves.toBe(true);
    await expect(hint.isVisible()).resolves.toBe(false);
    // A screen reader still hears it, as the chart's description.
    await expect(canvas.getAttribute('aria-describedby')).resolves.toBe(await hint.getAttribute('id'));
    await expect(hint.textContent()).resolves.toMatch(/arrow keys/);
    // Reached by the Tab key, the chart shows the hint; leaving it hides the hint again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(canvas.evaluate((c) => c.matches(':focus-visible'))).resolves.toBe(true);
    await expect(hint.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(hint.isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it.each([
    ['reduce', true],
    ['no-preference', false],
  ] as const)('animates the chart only without a reduced-motion preference (%s: finished at once is %s)', async (reducedMotion, still) => {
    const { page } = await open(chartPage, { reducedMotion });
    await page.locator(figure).scrollIntoViewIfNeeded();
    const canvas = page.locator(`${figure} canvas`);
    await canvas.waitFor();
    // Compare the canvas as soon as it appears with a moment later: an animated chart is still growing.
    const unchanged = await canvas.evaluate(async (c: HTMLCanvasElement) => {
      const first = c.toDataURL();
      await new Promise((resolve) => setTimeout(resolve, 700));
      return first === c.toDataURL();
    });
    expect(unchanged).toBe(still);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with its charts drawn, in %s mode', async (colorScheme) => {
    const { page } = await open(chartPage, { colorScheme, bypassCSP: true });
    await enhanceAll(page);
    await page.locator(`${figure} summary`).click();
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('prints the static image and the whole table', async () => {
    const { page } = await open(chartPage);
    await enhanceAll(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(`${figure} img`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`${figure} canvas`).isVisible()).resolves.toBe(false);
    await expect(page.locator(`${figure} table`).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('a page without a chart', () => {
  it('loads no Chart.js and no script at all', async () => {
    const { page, scripts } = await open(`/${plain.collection}/${plain.slug}/`);
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(300);
    expect(scripts).toEqual([]);
    await page.context().close();
  });
});

describe('the data section', () => {
  it('lists every dataset and shows each one’s chart', async () => {
    const { page, errors } = await open('/data/');
    const links = await page.locator('.dataset-list h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBe(datasets.length);
    await page.goto(origin() + links[0]);
    await page.locator('figure[data-chart] canvas').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
