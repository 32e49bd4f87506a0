import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/check/dist';
import { launch } from '../support/browser';
import { buildSite, buildSiteAsync, root, type BuildResult } from '../support/build';
import { serve } from '../support/server';

const fixture = (name: string) => path.join(root, 'tests/fixtures', name, 'content');
const allText = (dir: string) =>
  listFiles(dir)
    .filter((f) => /\.(html|xml|txt|bib|ris)$/.test(f))
    .map((f) => `${f}\n${fs.readFileSync(path.join(dir, f), 'utf8')}`)
    .join('\n');

// The drafts fixture built as of two days: today, and after its scheduled post's date.
let today: BuildResult;
let later: BuildResult;
beforeAll(() => {
  today = buildSite('drafts-today', fixture('drafts'), { BUILD_DATE: '2026-11-24' });
  later = buildSite('drafts-later', fixture('drafts'), { BUILD_DATE: '2027-06-01' });
});

describe('drafts and scheduled entries', () => {
  it('builds', () => {
    expect(today.ok, today.output).toBe(true);
    expect(later.ok, later.output).toBe(true);
  });

  it('leaves drafts out of every page, feed, sitemap and citation file', () => {
    const text = allText(today.outDir);
    expect(text).toContain('A published briefing');
    expect(text).not.toContain('secret-draft');
    expect(text).not.toContain('A secret draft');
    // Its organisation page exists but lists nothing.
    expect(fs.readFileSync(path.join(today.outDir, 'organisations/meam/index.html'), 'utf8')).toContain(
      'Nothing is tagged with this organisation yet.',
    );
  });

  it('holds a future-dated entry back until its date', () => {
    expect(allText(today.outDir)).not.toContain('scheduled-post');
    expect(fs.existsSync(path.join(later.outDir, 'posts/scheduled-post/index.html'))).toBe(true);
    expect(fs.readFileSync(path.join(later.outDir, 'posts/rss.xml'), 'utf8')).toContain('/posts/scheduled-post/');
    expect(fs.readFileSync(path.join(later.outDir, 'sitemap-0.xml'), 'utf8')).toContain('/posts/scheduled-post/');
  });
});

describe('corrections, moved entries and images', () => {
  const read = (file: string) => fs.readFileSync(path.join(today.outDir, file), 'utf8');

  it('shows what changed on the entry, in its JSON-LD and in the feeds', () => {
    const html = read('briefings/published-briefing/index.html');
    const doc = parseHTML(html).document;
    expect(doc.querySelector('.meta')?.textContent).toContain('Updated 1 February 2026 (what changed)');
    expect(doc.querySelector('#page-updates')?.closest('section')?.textContent).toContain(
      '1 February 2026Corrected the year of the source document.',
    );
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.dateModified).toBe('2026-02-01');
    expect(ld.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Corrected the year of the source document.', datePublished: '2026-02-01' },
    ]);
    for (const feed of ['rss.xml', 'briefings/rss.xml']) {
      expect(read(feed)).toContain('&lt;li&gt;1 February 2026: Corrected the year of the source document.&lt;/li&gt;');
    }
  });

  it('shows code in any language as text, never as markup', () => {
    const { document } = parseHTML(read('briefings/published-briefing/index.html'));
    expect(document.querySelector('.prose code')?.textContent).toBe('<img src="x" onerror="alert(1)">\n');
    expect(document.querySelector('.prose img')).toBeNull();
  });

  it('keeps an old address working: a redirect page with a canonical link, a _redirects rule, and no sitemap entry', () => {
    const doc = parseHTML(read('briefings/old-briefing-address/index.html')).document;
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0;url=/briefings/published-briefing/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://joined-up.example/briefings/published-briefing/',
    );
    expect(read('_redirects')).toBe('/briefings/old-briefing-address/ /briefings/published-briefing/ 301\n');
    expect(read('sitemap-0.xml')).not.toContain('old-briefing-address');
  });

  it('sends the hero image through the image pipeline: modern format, sizes, width and height, credit, preview image', () => {
    const doc = parseHTML(read('briefings/published-briefing/index.html')).document;
    const img = doc.querySelector('.hero img')!;
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/hero\.[\w-]+\.webp$/);
    expect(img.getAttribute('srcset')).toMatch(/480w, .*800w, .*1200w/);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900']);
    expect(img.getAttribute('alt')).toBe('A plain green rectangle used as a test image.');
    expect(doc.querySelector('.hero figcaption')?.textContent).toBe('Image: Generated for the tests');
    const og = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(fs.existsSync(path.join(today.outDir, new URL(og).pathname))).toBe(true);
  });
});

describe('a build over bad content', () => {
  let bad: BuildResult;
  beforeAll(() => {
    bad = buildSite('bad-entry', fixture('bad-entry'));
  });

  it('fails, naming the file, line and field of an unknown topic, a missing summary, missing alt text and a glossary item without a definition', () => {
    expect(bad.ok).toBe(false);
    const file = 'tests/fixtures/bad-entry/content/briefings/three-problems.mdx';
    expect(bad.output).toContain(`${file}:2  summary: missing required field "summary"`);
    expect(bad.output).toContain(
      `${file}:4  topics[1]: unknown topic "no-such-topic". Use one of: probation; or add it to content/topics.yml`,
    );
    expect(bad.output).toContain(`${file}:9  image.alt: missing required field "alt"`);
    expect(bad.output).toContain(
      'tests/fixtures/bad-entry/content/glossary.yml:2  [0].definition: add a short definition: one or two plain sentences',
    );
    expect(bad.output).toContain('4 errors, 0 warnings');
    expect(fs.existsSync(path.join(bad.outDir, 'index.html'))).toBe(false);
  });
});

describe('search metadata', () => {
  let built: BuildResult;
  beforeAll(() => {
    built = buildSite('search-metadata', fixture('search-metadata'));
  });

  it('gives search the entry’s image and alt text, and expands the glossary acronym once', () => {
    expect(built.ok, built.output).toBe(true);
    const html = fs.readFileSync(path.join(built.outDir, 'briefings/with-image/index.html'), 'utf8');
    expect(html).toMatch(/data-pagefind-meta="image:\/_astro\/square\.[^"]+\.webp"/);
    expect(html).toContain('data-pagefind-meta="image_alt:A small square"');
    expect(html.match(/<abbr title="Community Rehabilitation Company">CRC<\/abbr>/g)).toHaveLength(1);
    expect(built.output).toMatch(/indexed 1 of \d+ pages/);
  });
});

describe('builds over bad datasets and charts', () => {
  const file = (name: string, rest: string) => `tests/fixtures/${name}/content/${rest}`;
  const cases = {
    'data-missing-file': `${file('data-missing-file', 'data/releases.csv')}  missing file: ${file('data-missing-file', 'data/releases.yml')} describes a dataset but there is no releases.csv beside it`,
    'data-unknown-column': `${file('data-unknown-column', 'data/releases.csv')}:1:3  unknown column "Extra": describe it under columns in ${file('data-unknown-column', 'data/releases.yml')}, or fix the heading`,
    'data-non-numeric': `${file('data-non-numeric', 'data/releases.csv')}:3:2  "n/a" is not a number in numeric column "People"; write a number such as 51 or 1,209`,
    'data-empty-label': `${file('data-empty-label', 'data/releases.csv')}:3:1  empty label in column "Group": every row needs a name`,
    'chart-unknown-dataset': `${file('chart-unknown-dataset', 'briefings/chart.mdx')}:17  Chart dataset="no-such-data": unknown dataset "no-such-data": there is no content/data/no-such-data.csv and no-such-data.yml. Datasets: releases`,
  };
  const results: Record<string, BuildResult> = {};
  beforeAll(async () => {
    // Side by side: each fails in the validation step, before Astro renders anything.
    await Promise.all(Object.keys(cases).map(async (name) => (results[name] = await buildSiteAsync(name, fixture(name)))));
  });

  it.each(Object.entries(cases))('%s fails the build, saying where and what', (name, expected) => {
    const result = results[name];
    expect(result.ok).toBe(false);
    expect(result.output).toContain(expected);
    expect(result.output).toContain('1 error, 0 warnings');
    expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  });
});

describe('a dataset label that looks like markup', () => {
  const label = '</script><script>alert(1)</script>';
  let built: BuildResult;
  let html: string;
  beforeAll(() => {
    built = buildSite('chart-xss', fixture('chart-xss'));
    html = fs.readFileSync(path.join(built.outDir, 'briefings/chart/index.html'), 'utf8');
  });

  it('builds', () => {
    expect(built.ok, built.output).toBe(true);
  });

  it('is text in the table, the alt text, the data page and the JSON passed to the browser', () => {
    const doc = parseHTML(html).document;
    const rows = [...doc.querySelectorAll('figure#chart-releases tbody th')].map((th) => th.textContent);
    expect(rows).toEqual(['Men', label, 'Young adults']);
    expect(doc.querySelector('figure[data-chart] img')!.getAttribute('alt')).toContain(`${label} (highlighted): 89`);
    expect(doc.querySelector('figure#chart-releases .chart-highlight')!.textContent).toBe(`The highlighted bar, in orange, is “${label}”.`);
    const json = doc.querySelector('script[data-chart-spec]')!;
    expect(JSON.parse(json.textContent!).labels).toContain(label);
    // No executable script other than the one bundled module, and the raw markup never appears unescaped.
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual([
      'application/ld+json',
      'application/json',
      'module',
      'application/json',
    ]);
    // Outside attribute values (where `<` is plain text) the markup never appears unescaped.
    const outsideAttributes = (text: string) => text.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes(html)).not.toContain('<script>alert(1)');
    const dataPage = fs.readFileSync(path.join(built.outDir, 'data/releases/index.html'), 'utf8');
    expect(outsideAttributes(dataPage)).not.toContain('<script>alert(1)');
    expect(parseHTML(dataPage).document.querySelector('tbody')!.textContent).toContain(label);
  });

  it('never runs in a browser, in the chart or its tooltip, beside a line chart', async () => {
    const server = await serve(built.outDir);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/briefings/chart/`);
      const canvas = page.locator('figure#chart-releases canvas');
      await canvas.waitFor();
      await canvas.focus();
      // Move the tooltip to the label that looks like markup.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(canvas.getAttribute('aria-label')).resolves.toContain(label);
      await expect(page.locator('script:not([type])').count()).resolves.toBe(0);
      // The line chart beside it loads its own Chart.js parts and draws too.
      await page.locator('figure#chart-trend').scrollIntoViewIfNeeded();
      await page.locator('figure#chart-trend canvas').waitFor();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('a site with broken internal links', () => {
  it('fails to build and names every broken link with its file, line and the reason', () => {
    const built = buildSite('broken-link', fixture('broken-link'));
    const file = 'tests/fixtures/broken-link/content/briefings/links-nowhere.mdx:15';
    expect(built.ok).toBe(false);
    expect(built.output).toContain(`${file}  link to /no-such-page/: no page at /no-such-page/ that the check can confirm`);
    expect(built.output).toContain(`${file}  link to /about/#no-such-section: /about/ has no element with the id "no-such-section"`);
  });
});
