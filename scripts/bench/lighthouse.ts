/**
 * Lighthouse on a built site served locally, with its mobile emulation and throttling on a phone 360 px wide (the
 * narrowest common width), driving Debian's Chromium (CHROME_PATH, else /usr/bin/chromium). Every category must
 * score 100 on every page type measured.
 *
 *   npm run bench:lighthouse [-- --dist dist]
 * Without --dist it measures the real site in dist/ (run `npm run build` first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from '../../tests/support/server';
import type { BudgetCheck, PageType } from './pages';
import { root } from './measure';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseResult {
  type: PageType;
  path: string;
  /** 0 to 100, as Lighthouse shows them. */
  scores: Record<Category, number>;
  /** The audits that cost points, for a quick look at what to fix. */
  failing: string[];
}

/** A phone 360 CSS px wide, as in the issue's tests; Lighthouse's own default is 412. */
export const phoneScreen = { mobile: true, width: 360, height: 740, deviceScaleFactor: 3, disabled: false };

/** Runs Lighthouse on each page, one at a time (parallel runs would skew the performance score). */
export async function runLighthouse(dist: string, pages: [PageType, string][]): Promise<LighthouseResult[]> {
  // Text gzipped, as a host serves it.
  const server = await serve(path.resolve(dist), { compress: true });
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const [type, urlPath] of pages) {
      const run = await lighthouse(`${server.url}${urlPath}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...categories],
        formFactor: 'mobile',
        screenEmulation: phoneScreen,
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${urlPath}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${urlPath}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
        Category,
        number
      >;
      // Audits that count towards a category's score and did not pass.
      const counted = new Set(categories.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []));
      const failing = Object.values(lhr.audits)
        .filter((a) => counted.has(a.id) && a.score !== null && a.score < 1)
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      results.push({ type, path: urlPath, scores, failing });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}

/** Each category on each page must score 100. */
export function lighthouseBudgets(results: LighthouseResult[]): BudgetCheck[] {
  return results.flatMap((r) =>
    categories.map((c): BudgetCheck => ({
      page: r.type,
      budget: `Lighthouse ${c}`,
      unit: 'score',
      limit: 100,
      actual: r.scores[c],
      ok: r.scores[c] >= 100,
    })),
  );
}

export function lighthouseTable(results: LighthouseResult[]): string {
  return [
    `| page | ${categories.join(' | ')} | what costs points |`,
    `| --- | ${categories.map(() => '---:').join(' | ')} | --- |`,
    ...results.map((r) => `| ${r.type} (${r.path}) | ${categories.map((c) => r.scores[c]).join(' | ')} | ${r.failing.join(', ') || '–'} |`),
  ].join('\n');
}

/** The real site's pages of each type: an entry with a chart and one without are found in the output. */
export function realSitePages(dist: string): [PageType, string][] {
  const entries = ['briefings', 'case-studies', 'inspections', 'posts'].flatMap((type) =>
    fs.existsSync(path.join(dist, type))
      ? fs
          .readdirSync(path.join(dist, type), { withFileTypes: true })
          .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name) && fs.existsSync(path.join(dist, type, d.name, 'index.html')))
          .map((d) => `/${type}/${d.name}/`)
      : [],
  );
  const hasChart = (p: string) => fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8').includes('data-chart');
  const plain = entries.find((p) => !hasChart(p));
  const chart = entries.find(hasChart);
  return [
    ['home', '/'],
    ['listing', '/briefings/'],
    ...(plain ? [['entry', plain] as [PageType, string]] : []),
    ...(chart ? [['chart entry', chart] as [PageType, string]] : []),
    ['search', '/search/'],
    ['finder', '/case-studies/'],
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: path.join(root, 'dist') } } });
  if (!fs.existsSync(path.join(values.dist, 'index.html'))) {
    console.error(`No built site in ${values.dist}: run npm run build first, or pass --dist.`);
    process.exit(2);
  }
  const results = await runLighthouse(values.dist, realSitePages(values.dist));
  console.log(lighthouseTable(results));
  const low = lighthouseBudgets(results).filter((b) => !b.ok);
  if (low.length) {
    console.log(`\nBelow 100:\n${low.map((b) => `  ${b.page}: ${b.budget} ${b.actual}`).join('\n')}`);
    process.exitCode = 1;
  }
}
