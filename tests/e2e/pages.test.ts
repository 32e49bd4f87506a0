import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/yaml';
import { site } from '../../src/site';
import { axeViolations } from '../support/axe';
import { root } from '../support/build';
import { browserSession } from '../support/session';
import { entryBody, sourceEntries } from '../support/site';

// One entry of each type, the first the content folder has; the case study is one that links to another entry.
const contentDir = path.join(root, 'content');
const entries = sourceEntries(contentDir).filter((e) => e.data.draft !== true);
const entryUrl = (e: { collection: string; slug: string }) => `/${e.collection}/${e.slug}/`;
const firstOf = (collection: string) => entries.find((e) => e.collection === collection)!;
const linkedEntry = (e: { collection: string; slug: string }) => /\]\((\/[a-z-]+\/[a-z0-9-]+\/)\)/.exec(entryBody(contentDir, e))?.[1];
const caseStudy = entries.find((e) => e.collection === 'case-studies' && linkedEntry(e))!;

const pages = {
  home: '/',
  listing: '/briefings/',
  briefing: entryUrl(firstOf('briefings')),
  'case study': entryUrl(caseStudy),
  inspection: entryUrl(firstOf('inspections')),
  post: entryUrl(firstOf('posts')),
  topic: `/topics/${(entries[0].data.topics as string[])[0]}/`,
  'publishing guide': '/publishing/',
  'field reference': '/publishing/fields/',
  'case-study finder': '/case-studies/',
  'case-study facet': `/case-studies/needs/${(caseStudy.data.needs as string[])[0]}/`,
  'case-study compare': '/case-studies/compare/',
  'strength of evidence': '/case-studies/evidence-strength/',
  glossary: '/glossary/',
  search: '/search/?q=probation',
  'not found': '/no-such-page/',
};

const { open, origin } = browserSession();

describe.each(Object.entries(pages))('%s page', (_name, path) => {
  it('loads with no console errors and no requests to other sites', async () => {
    const { page, errors } = await open(path);
    const foreign: string[] = [];
    page.on('request', (r) => !r.url().startsWith(origin()) && foreign.push(r.url()));
    await page.reload();
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations (WCAG 2.2 AA) in %s mode', async (colorScheme) => {
    // bypassCSP lets the test inject axe; the console test above runs under the real policy.
    const { page } = await open(path, { colorScheme, bypassCSP: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const { page } = await open(path, { viewport: { width: 320, height: 640 } });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

describe('keyboard and print', () => {
  it('offers a visible skip link first, which moves focus to the main content', async () => {
    const { page } = await open(pages.briefing);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.context().close();
  });

  it('shows a focus outline on links reached by keyboard', async () => {
    const { page } = await open(pages.briefing);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { background: s.backgroundColor, tag: document.activeElement!.tagName };
    });
    expect(style.tag).toBe('A');
    expect(style.background).toBe('rgb(255, 221, 0)');
    await page.context().close();
  });

  it('prints without navigation and with link addresses written out', async () => {
    const { page } = await open(pages['case study']);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
    // Download links do nothing on paper.
    await expect(
      page.locator('.downloads').evaluateAll((lists) => lists.every((l) => !(l as HTMLElement).checkVisibility())),
    ).resolves.toBe(true);
    await expect(page.locator('.downloads').count()).resolves.toBeGreaterThan(1);
    // In the text and in the side panels (organisations, sources), the full web address, as the accessibility
    // statement promises, not the bare path.
    for (const selector of ['.prose a[href^="/"]', '.panel a[href^="/"]']) {
      const { href, after } = await page.evaluate((s) => {
        const link = document.querySelector(s)!;
        return { href: link.getAttribute('href')!, after: getComputedStyle(link, '::after').content };
      }, selector);
      expect(after).toContain(`${new URL(site.url).origin}${href}`);
    }
    await page.context().close();
  });

  it('labels the header search box with words a sighted reader can see', async () => {
    const { page } = await open(pages.home, { viewport: { width: 320, height: 640 } });
    const label = page.locator('label[for="site-search"]');
    await expect(label.isVisible()).resolves.toBe(true);
    expect((await label.boundingBox())!.height).toBeGreaterThan(10);
    await expect(page.getByRole('searchbox', { name: `Search ${site.name}`, exact: true }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('offers a labelled search box on the page-not-found page, which searches the site', async () => {
    const { page } = await open(pages['not found']);
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the site', exact: true });
    await expect(box.isVisible()).resolves.toBe(true);
    await box.fill('housing');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=housing$/);
    expect(new URL(page.url()).pathname).toBe('/search/');
    await page.context().close();
  });

  it("names each dataset's CSV download to assistive technology by the dataset's title", async () => {
    const dataDir = path.join(contentDir, 'data');
    const titles = fs
      .readdirSync(dataDir)
      .filter((f) => f.endsWith('.yml'))
      .map((f) => ({
        id: f.replace(/\.yml$/, ''),
        title: (parseYaml(fs.readFileSync(path.join(dataDir, f), 'utf8')).data as { title: string }).title,
      }));
    expect(titles.length).toBeGreaterThan(0);
    const { page } = await open('/data/');
    for (const { id, title } of titles) {
      const expected = `Download the data (CSV) for ${title}`;
      await expect(page.getByRole('link', { name: expected, exact: true }).getAttribute('href'), id).resolves.toBe(`/data/${id}.csv`);
      await page.goto(`${origin()}/data/${id}/`);
      await expect(page.getByRole('link', { name: expected, exact: true }).count(), id).resolves.toBe(1);
      await expect(page.getByRole('link', { name: 'Download the data (CSV)', exact: true }).count(), id).resolves.toBe(0);
      await page.goto(`${origin()}/data/`);
    }
    await page.context().close();
  });

  it('downloads the citations of the summary and of the original as RIS files named after the entry, under the real content security policy', async () => {
    const { page, errors } = await open(pages['case study']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download RIS (Zotero, EndNote, Mendeley)', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${caseStudy.slug}.ris`);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^TY {2}- ELEC\r\n/);
    expect(text).toContain('UR  - ');
    expect(text).toContain(`${entryUrl(caseStudy)}\r\n`);
    // The original publication's own record, under a name that cannot overwrite the summary's.
    const [original] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: /^Download RIS for (the )?original/ })
        .first()
        .click(),
    ]);
    expect(original.suggestedFilename()).toMatch(new RegExp(`^${caseStudy.slug}-original(-1)?\\.ris$`));
    expect(fs.readFileSync(await original.path(), 'utf8')).toMatch(/^TY {2}- GEN\r\n/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
