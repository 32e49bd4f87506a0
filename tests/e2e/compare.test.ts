import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceStrengths } from '../../src/schemas/case-study-facts';
import { root } from '../support/build';
import { browserSession } from '../support/session';
import { sourceEntries } from '../support/site';

const caseStudies = sourceEntries(path.join(root, 'content')).filter((e) => e.collection === 'case-studies' && e.data.draft !== true);
const { open } = browserSession();
const rowIds = (page: Awaited<ReturnType<typeof open>>['page']) =>
  page.$$eval('#compare tbody tr:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-id')));

describe('the compare page', () => {
  it('sorts by a column from the keyboard, both ways, and says so in aria-sort', async () => {
    const { page, errors } = await open('/case-studies/compare/');
    const header = page.locator('#compare thead th', { hasText: 'Case study' });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const byTitle = [...caseStudies].sort((a, b) => String(a.data.title).localeCompare(String(b.data.title), 'en-GB')).map((c) => c.slug);
    await expect(rowIds(page)).resolves.toEqual(byTitle);
    await page.keyboard.press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(rowIds(page)).resolves.toEqual([...byTitle].reverse());

    // Strength of evidence sorts by the scale, strongest first when descending, not by name.
    const strength = page.locator('#compare thead th', { hasText: 'Strength of evidence' });
    await strength.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const rank = (slug: string | null) =>
      evidenceStrengths.findIndex((s) => s.id === caseStudies.find((c) => c.slug === slug)!.data.evidenceStrength);
    const ranks = (await rowIds(page)).map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    await expect(header.getAttribute('aria-sort')).resolves.toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows only the case studies its address names, and builds such an address from ticked boxes', async () => {
    const chosen = caseStudies.slice(0, 2).map((c) => c.slug);
    const { page, errors } = await open(`/case-studies/compare/?ids=${chosen.join(',')},no-such-case-study`);
    expect((await rowIds(page)).sort()).toEqual([...chosen].sort());
    await expect(page.locator('#compare-status').textContent()).resolves.toContain(`Showing 2 of ${caseStudies.length} case studies`);
    await expect(page.locator('#compare-without-script').isVisible()).resolves.toBe(false);

    await page.goto(page.url().replace(/\?.*$/, ''));
    await expect(rowIds(page)).resolves.toHaveLength(caseStudies.length);
    const last = caseStudies.at(-1)!.slug;
    await page.locator(`#compare-${last}`).check();
    await page.getByRole('button', { name: 'Compare the ticked case studies' }).click();
    await page.waitForURL(new RegExp(`/case-studies/compare/\\?ids=${last}$`));
    await expect(rowIds(page)).resolves.toEqual([last]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the whole table without JavaScript, and says why', async () => {
    const { page } = await open(`/case-studies/compare/?ids=${caseStudies[0].slug}`, { javaScriptEnabled: false });
    await expect(rowIds(page)).resolves.toHaveLength(caseStudies.length);
    await expect(page.locator('#compare-without-script').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
