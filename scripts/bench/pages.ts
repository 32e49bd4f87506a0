/** What each kind of page costs a reader: bytes gzipped and requests, read from the built output. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts } from '../../src/lib/check/dist';

export const pageTypes = ['home', 'listing', 'entry', 'chart entry', 'search', 'finder'] as const;
export type PageType = (typeof pageTypes)[number];

export interface PageWeight {
  type: PageType;
  path: string;
  htmlGz: number;
  cssGz: number;
  /** Scripts loaded with the page (module scripts, inline ones too, and their static imports). */
  jsGz: number;
  /** Scripts imported later, e.g. Chart.js when a chart comes into view, or Pagefind's script and worker on a search. */
  lazyJsGz: number;
  /** Pagefind's WebAssembly, fetched on the first search (already compressed). */
  wasmBytes: number;
  /** The HTML plus its stylesheets, scripts loaded up front, images and preloads. */
  requests: number;
}

export interface BudgetCheck {
  page: PageType | 'build';
  budget: string;
  unit: 'bytes' | 'ratio' | 'ms' | 'score';
  limit: number;
  actual: number;
  ok: boolean;
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const local = (href: string) => href.startsWith('/') && !href.startsWith('//');

export function pageWeight(dist: string, type: PageType, urlPath: string): PageWeight | undefined {
  const file = path.join(dist, urlPath, 'index.html');
  if (!fs.existsSync(file)) return undefined;
  const html = fs.readFileSync(file, 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const links = html.match(/<link\b[^>]*>/g) ?? [];
  const stylesheets = links
    .filter((l) => /\brel="stylesheet"/.test(l))
    .map((l) => attr(l, 'href')!)
    .filter((h) => h && local(h));
  const preloads = links.filter((l) => /\brel="(preload|modulepreload)"/.test(l)).length;
  const images = new Set(
    (html.match(/<img\b[^>]*>/g) ?? []).map((t) => attr(t, 'src')).filter((s): s is string => !!s && !s.startsWith('data:')),
  );
  const scripts = pageScripts(dist, html);
  // Pagefind is imported from a URL built at run time, which no static reading can follow.
  const pagefind = /\/pagefind\/pagefind\.js/.test(scripts.map((s) => s.code).join('\n'));
  const pagefindFiles = pagefind
    ? ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js'].filter((f) => fs.existsSync(path.join(dist, f)))
    : [];
  for (const file of pagefindFiles)
    scripts.push({ file, lazy: true, inline: false, code: '', gzipped: gz(fs.readFileSync(path.join(dist, file))) });
  const wasm = path.join(dist, 'pagefind/wasm.en.pagefind');
  const sum = (lazy: boolean) => scripts.filter((s) => s.lazy === lazy).reduce((n, s) => n + s.gzipped, 0);
  const cssGz = stylesheets.reduce((n, href) => n + gz(fs.readFileSync(path.join(dist, href.slice(1)))), 0);
  return {
    type,
    path: urlPath,
    htmlGz: gz(html),
    cssGz,
    jsGz: sum(false),
    lazyJsGz: sum(true),
    wasmBytes: pagefind && fs.existsSync(wasm) ? fs.statSync(wasm).size : 0,
    requests: 1 + stylesheets.length + scripts.filter((s) => !s.lazy && !s.inline).length + images.size + preloads,
  };
}

/** The pages measured for each type, given a sample entry with and without a chart. */
export function samplePages(sample: { entry: string; chartEntry?: string }): [PageType, string | undefined][] {
  return [
    ['home', '/'],
    ['listing', '/briefings/'],
    ['entry', sample.entry ? `/${sample.entry}/` : undefined],
    ['chart entry', sample.chartEntry ? `/${sample.chartEntry}/` : undefined],
    ['search', '/search/'],
    ['finder', '/case-studies/'],
  ];
}

const KB = 1024;

/** The page budgets of issue 7. */
export function checkBudgets(pages: PageWeight[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const check = (page: PageType, budget: string, limit: number, actual: number) =>
    checks.push({ page, budget, unit: 'bytes', limit, actual, ok: actual <= limit });
  const entry = pages.find((p) => p.type === 'entry');
  if (entry) {
    check('entry', 'JS (bytes)', 0, entry.jsGz + entry.lazyJsGz);
    check('entry', 'HTML gzipped', 20 * KB, entry.htmlGz);
    check('entry', 'CSS gzipped', 12 * KB, entry.cssGz);
  }
  const chart = pages.find((p) => p.type === 'chart entry');
  if (chart) check('chart entry', 'chart JS gzipped', 70 * KB, chart.jsGz + chart.lazyJsGz);
  return checks;
}
