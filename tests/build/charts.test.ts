import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { narrowScreens } from '../../src/lib/charts/config';
import { findCharts } from '../../src/lib/charts/usage';
import { listFiles, pageScripts, type PageScript } from '../../src/lib/check/dist';
import { site } from '../../src/site';
import { root } from '../support/build';
import { entryBody, page, sourceEntries } from '../support/site';

const siteDir = inject('siteDir');
const contentDir = path.join(root, 'content');
const datasetIds = fs
  .readdirSync(path.join(contentDir, 'data'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.replace(/\.csv$/, ''));
// A dataset's title, as its metadata file gives it: the CSV links name it.
const titleOf = (id: string) => (loadYaml(fs.readFileSync(path.join(contentDir, 'data', `${id}.yml`), 'utf8')) as { title: string }).title;
const entries = sourceEntries(contentDir).filter((e) => e.data.draft !== true);
const chartsIn = (e: { collection: string; slug: string }) => findCharts(entryBody(contentDir, e));
const charted = entries.filter((e) => chartsIn(e).length > 0);
const htmlFiles = listFiles(siteDir).filter((f) => f.endsWith('.html'));
const pngSize = (file: string) => {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describe('charts in the built site', () => {
  it('has datasets, and entries that chart them', () => {
    expect(datasetIds.length).toBeGreaterThan(0);
    expect(charted.length).toBeGreaterThan(0);
    for (const e of charted) for (const c of chartsIn(e)) expect(datasetIds, e.slug).toContain(String(c.attributes.dataset));
  });

  it('draws every <Chart> in an entry as a figure in its page', () => {
    for (const e of charted) {
      const figures = [...page(siteDir, `/${e.collection}/${e.slug}/`).querySelectorAll('figure[data-chart]')];
      expect(figures.map((f) => f.id)).toEqual(chartsIn(e).map((c) => `chart-${String(c.attributes.dataset)}`));
    }
  });

  it('gives every chart on every page its static image (and a narrow one for phones), alt text, table, source, CSV link and permalink', () => {
    let count = 0;
    for (const file of htmlFiles) {
      const doc = page(siteDir, `/${file}`);
      for (const figure of doc.querySelectorAll('figure[data-chart]')) {
        count++;
        const where = `${file} #${figure.id}`;
        const img = figure.querySelector('.chart-frame img')!;
        const src = img.getAttribute('src')!;
        expect(src, where).toMatch(/^\/charts\/[0-9a-f]{16}\.png$/);
        const size = pngSize(path.join(siteDir, src));
        expect([size.width, size.height], where).toEqual([Number(img.getAttribute('width')), Number(img.getAttribute('height'))]);
        // Phones get the narrow drawing of the same chart, another image of the size its <source> says.
        expect(img.parentElement!.tagName, where).toBe('PICTURE');
        const sources = [...img.parentElement!.querySelectorAll('source')];
        expect(
          sources.map((s) => s.getAttribute('media')),
          where,
        ).toEqual([narrowScreens]);
        const narrow = sources[0].getAttribute('srcset')!;
        expect(narrow, where).toBe(src.replace(/\.png$/, '-narrow.png'));
        const narrowSize = pngSize(path.join(siteDir, narrow));
        expect([narrowSize.width, narrowSize.height], where).toEqual([
          Number(sources[0].getAttribute('width')),
          Number(sources[0].getAttribute('height')),
        ]);
        expect(narrowSize.width, where).toBeLessThan(size.width);
        expect(img.getAttribute('alt'), where).toMatch(
          /^(Bar chart|Comparison of two values|Grouped bar chart|Stacked bar chart|Line chart): .+ Source: .+\.$/,
        );
        expect(figure.querySelector('figcaption .chart-title')?.textContent, where).toBeTruthy();
        expect(figure.querySelector('.chart-source')?.textContent, where).toMatch(/^Units: .+\. Source: .+, .+\.$/);
        const csv = figure.querySelector('a[download]')!;
        const id = /^\/data\/(.+)\.csv$/.exec(csv.getAttribute('href')!)![1];
        expect(csv.textContent, where).toBe(`Download the data (CSV) for ${titleOf(id)}`);
        expect(fs.existsSync(path.join(siteDir, csv.getAttribute('href')!)), where).toBe(true);
        expect(figure.querySelector(`a[href="#${figure.id}"]`), where).not.toBeNull();
        const table = figure.querySelector('details.chart-table table')!;
        expect(figure.querySelector('details')!.hasAttribute('open'), where).toBe(false);
        const spec = JSON.parse(figure.querySelector('script[type="application/json"][data-chart-spec]')!.textContent!);
        expect(table.querySelectorAll('tbody tr').length, where).toBe(spec.labels.length);
        expect(img.getAttribute('alt')).toBe(spec.alt);
      }
    }
    expect(count).toBeGreaterThanOrEqual(datasetIds.length * 2);
  });

  it('says in the caption which bar the orange picks out, naming its label, wherever a one-series bar chart has a highlight', () => {
    let count = 0;
    for (const file of htmlFiles) {
      for (const figure of page(siteDir, `/${file}`).querySelectorAll('figure[data-chart]')) {
        const spec = JSON.parse(figure.querySelector('script[data-chart-spec]')!.textContent!);
        const note = figure.querySelector('figcaption .chart-highlight')?.textContent;
        if (spec.highlight !== undefined && spec.series.length === 1 && spec.type !== 'line') {
          count++;
          expect(note, `${file} #${figure.id}`).toBe(`The highlighted bar, in orange, is “${spec.labels[spec.highlight]}”.`);
        } else expect(note, `${file} #${figure.id}`).toBeUndefined();
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('publishes every dataset’s CSV exactly as written, under /data/', () => {
    for (const id of datasetIds) {
      expect(fs.readFileSync(path.join(siteDir, 'data', `${id}.csv`), 'utf8')).toBe(
        fs.readFileSync(path.join(contentDir, 'data', `${id}.csv`), 'utf8'),
      );
    }
  });

  it('lists every dataset on /data/ with its description, source, download and the entries using it', () => {
    const doc = page(siteDir, '/data/');
    for (const id of datasetIds) {
      const item = doc.querySelector(`a[href="/data/${id}/"]`)?.closest('li');
      expect(item, id).toBeTruthy();
      expect(item!.querySelector(`a[href="/data/${id}.csv"]`)?.textContent).toBe(`Download the data (CSV) for ${titleOf(id)}`);
      expect(item!.textContent).toContain('Source:');
      const users = charted.filter((e) => chartsIn(e).some((c) => c.attributes.dataset === id)).map((e) => `/${e.collection}/${e.slug}/`);
      expect(users.length, `${id} is charted in some entry`).toBeGreaterThan(0);
      for (const href of users) expect(item!.querySelector(`a[href="${href}"]`), `${id} used in ${href}`).not.toBeNull();
    }
    expect(page(siteDir, '/').querySelector('.site-nav a[href="/data/"]')).not.toBeNull();
  });

  it('gives each dataset its own page with its chart, table, units, licence and columns', () => {
    for (const id of datasetIds) {
      const doc = page(siteDir, `/data/${id}/`);
      expect(doc.querySelector(`figure#chart-${id} img`), id).not.toBeNull();
      expect(doc.querySelector(`figure#chart-${id} table`), id).not.toBeNull();
      const facts = [...doc.querySelectorAll('.dataset-facts dt')].map((dt) => dt.textContent);
      expect(facts).toEqual(expect.arrayContaining(['Source', 'Units', 'Licence']));
      const header = fs.readFileSync(path.join(contentDir, 'data', `${id}.csv`), 'utf8').split('\n')[0];
      for (const column of header.split(',')) expect(facts, id).toContain(column);
    }
  });

  it('uses the first chart as the Open Graph image of an entry', () => {
    for (const e of charted) {
      const doc = page(siteDir, `/${e.collection}/${e.slug}/`);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
      const first = doc.querySelector('figure[data-chart] img')!.getAttribute('src')!;
      expect(image).toBe(new URL(first, site.url).href);
      expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    }
  });

  it('attaches each charted entry’s first chart image to its feed item', () => {
    const feed = fs.readFileSync(path.join(siteDir, 'rss.xml'), 'utf8');
    for (const e of charted) {
      const item = feed.split('<item>').find((i) => i.includes(`<link>${new URL(`/${e.collection}/${e.slug}/`, site.url).href}</link>`))!;
      const [, url, length] = /<enclosure url="([^"]+)" length="(\d+)" type="image\/png"\/>/.exec(item)!;
      const file = path.join(siteDir, new URL(url).pathname);
      expect(fs.statSync(file).size).toBe(Number(length));
    }
    expect(feed.match(/<enclosure /g)).toHaveLength(charted.length);
  });

  it('loads no JavaScript on a page without a chart, and Chart.js on a chart page only once it is asked for', () => {
    const read = (p: string) => fs.readFileSync(path.join(siteDir, p), 'utf8');
    const plain = entries.find((e) => !charted.includes(e))!;
    expect(pageScripts(siteDir, read(`${plain.collection}/${plain.slug}/index.html`))).toEqual([]);
    const scripts = pageScripts(siteDir, read(`${charted[0].collection}/${charted[0].slug}/index.html`));
    // Chart.js's own error message marks its code; sizes are the bench's budgets (npm run bench).
    const chartJs = (s: PageScript) => s.code.includes('Failed to create chart');
    expect(scripts.filter((s) => !s.lazy).length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.lazy && chartJs(s))).toEqual([]);
    expect(scripts.filter((s) => s.lazy && chartJs(s)).length).toBe(1);
  });

  it('puts chart pages’ scripts in the page only as a hashed module and escaped JSON', () => {
    for (const e of charted) {
      const doc = page(siteDir, `/${e.collection}/${e.slug}/`);
      const types = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('type'));
      expect(types.filter((t) => t === 'module')).toHaveLength(1);
      expect(types.filter((t) => t === 'application/json')).toHaveLength(chartsIn(e).length);
      expect(types.every((t) => ['module', 'application/json', 'application/ld+json'].includes(t!))).toBe(true);
      const module = doc.querySelector('script[type="module"]')!;
      expect(module.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
    }
  });
});
