/** The bench result as a markdown report: one table of builds, one of page weights, then the budgets exceeded. */
import type { BareResult } from './bare';
import type { Phases, SearchIndex } from './measure';
import type { BudgetCheck, PageWeight } from './pages';
import type { CorpusSummary } from './corpus';
import { lighthouseTable, type LighthouseResult } from './lighthouse';
import { median, TYPING_MS, type SearchLatency, type ThrottledSearch } from './search-latency';

export interface BuildMeasurement {
  /** Minimum over the runs: identical runs here differ by up to 1.8x. */
  wallMs: number;
  runsMs: number[];
  msPerEntry: number;
  /** Highest over the runs. */
  peakRssMb: number;
  rssMethod: 'time' | 'proc';
  outputBytes: number;
  outputFiles: number;
  /** What the index holds; its write time is among the phases. */
  searchIndex?: Omit<SearchIndex, 'ms' | 'finishMs'>;
  /** With --rebuild: a build with the caches kept, after editing one entry. */
  rebuildMs?: number;
  /** Each the minimum over the runs' logs. */
  phases: Phases;
}

export interface CaseResult {
  n: number;
  format: 'mdx' | 'md';
  corpus: CorpusSummary;
  build: BuildMeasurement;
  pages: PageWeight[];
  budgets: BudgetCheck[];
  bare?: BareResult;
  /** With --browser. */
  lighthouse?: LighthouseResult[];
  search?: SearchLatency;
  /** With --browser: first results on a cold, throttled phone. */
  throttledSearch?: ThrottledSearch;
  /** With --determinism: how many files a second build of the same content wrote differently, and the first of them. */
  determinism?: { differing: number; examples: string[] };
  /** Our build over bare Astro plus Pagefind. */
  ratio?: number;
  rssRatio?: number;
}

export interface BenchResult {
  version: 1;
  date: string;
  machine: { cpus: number; memoryGb: number; node: string; platform: string };
  options: { ns: number[]; runs: number; md: boolean; bare: boolean; rebuild: boolean; browser: boolean };
  cases: CaseResult[];
}

const s = (ms?: number) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function markdownReport(result: BenchResult): string {
  const lines = [
    `# Bench ${result.date}`,
    '',
    `${result.machine.cpus} CPUs, ${result.machine.memoryGb} GB, Node ${result.machine.node}; ${result.options.runs} run(s) each, timings the minimum, memory the maximum.`,
    '',
    '## Builds',
    '',
    '| N | format | wall | ms/entry | peak RSS | output | index (pages, size, write) | validation | content | bundle | pages | of which chart images | link check | after the last page | rebuild, one entry edited | bare + Pagefind | ratio | RSS ratio |',
    '| ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of result.cases) {
    const b = c.build;
    const index = b.searchIndex ? `${b.searchIndex.indexedPages}, ${b.searchIndex.kB} kB, ${s(b.phases.searchIndexMs)}` : '–';
    const bare = c.bare ? (c.bare.ok ? `${s(c.bare.wallMs)} + ${s(c.bare.pagefindMs)} (${c.bare.peakRssMb} MB)` : 'failed') : '–';
    lines.push(
      `| ${c.n} | ${c.format} | ${s(b.wallMs)} | ${Math.round(b.msPerEntry)} | ${b.peakRssMb} MB | ${mb(b.outputBytes)} | ${index} | ${s(b.phases.validationMs)} | ${s(b.phases.contentMs)} | ${s(b.phases.bundleMs)} | ${s(b.phases.pagesMs)} | ${s(b.phases.chartImagesMs)} | ${s(b.phases.linkCheckMs)} | ${s(b.phases.finishMs)} | ${s(b.rebuildMs)} | ${bare} | ${c.ratio?.toFixed(2) ?? '–'} | ${c.rssRatio?.toFixed(2) ?? '–'} |`,
    );
  }
  for (const c of result.cases.filter((c) => c.determinism)) {
    const d = c.determinism!;
    lines.push(
      '',
      `Two builds of N=${c.n} ${c.format}: ${d.differing ? `${d.differing} file(s) differ, among them ${d.examples.slice(0, 5).join(', ')}` : 'byte-identical'}.`,
    );
  }
  lines.push(
    '',
    '## Pages (gzipped)',
    '',
    '| N | format | page | HTML | CSS | JS up front | JS lazy | search WebAssembly | requests |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const c of result.cases) {
    for (const p of c.pages)
      lines.push(
        `| ${c.n} | ${c.format} | ${p.type} | ${kb(p.htmlGz)} | ${kb(p.cssGz)} | ${kb(p.jsGz)} | ${kb(p.lazyJsGz)} | ${p.wasmBytes ? kb(p.wasmBytes) : '–'} | ${p.requests} |`,
      );
  }
  const throttled = result.cases.filter((c) => c.throttledSearch);
  if (throttled.length) lines.push('', '## Search on a phone', '', ...searchOnAPhone(throttled));
  const browsed = result.cases.filter((c) => c.lighthouse || c.search);
  if (browsed.length) {
    lines.push('', '## In Chromium', '');
    for (const c of browsed) {
      if (c.lighthouse) lines.push(`Lighthouse, mobile, N=${c.n} ${c.format}:`, '', lighthouseTable(c.lighthouse), '');
      if (c.search) {
        const ms = (v: number[]) => `median ${Math.round(median(v))} ms, slowest ${Math.round(Math.max(...v))} ms`;
        lines.push(
          `Search, N=${c.n} ${c.format}, ${c.search.queries.length} queries: first run ${ms(c.search.coldMs)}; warm cache (each query's median) ${ms(c.search.warmMs)}; slowest single warm run ${Math.round(Math.max(...c.search.warmSlowestMs))} ms.`,
          '',
        );
      }
    }
  }
  const over = exceeded(result);
  const checked = result.cases.reduce((n, c) => n + c.budgets.length, 0);
  lines.push(
    '',
    '## Budgets',
    '',
    "Page budgets: an entry without a chart ships no JS, HTML ≤ 20 kB and CSS ≤ 12 kB; chart JS ≤ 70 kB; with --browser, Lighthouse 100 in every category, every search within 300 ms on a warm cache, and first results within 2 s on a cold, throttled phone. Build budgets: for .mdx at N ≥ 5,000, ≤ 1.25x bare Astro MDX + Pagefind and peak RSS ≤ bare (.md and smaller N report their ratios only); from each N to the next, the growth of ms per entry, in all and per phase of 1 s or more, at most the bare site's own growth plus 15% (checked with --bare).",
    '',
    ...(over.length ? over.map((l) => `- over budget: ${l}`) : [`All ${checked} budgets checked are met.`]),
  );
  return `${lines.join('\n')}\n`;
}

/** The issue's target for first results on a cold, throttled phone, in ms. */
export const THROTTLED_SEARCH_LIMIT_MS = 2000;

const throttledWays = [
  ['typedMs', `typed on /search/ (focused, ${TYPING_MS} ms a key, Enter)`],
  ['headerMs', 'from the header search of another page'],
] as const;

/** Each way into search: its slowest query's first result on a cold, throttled phone within the limit. */
export const throttledSearchBudgets = (t: ThrottledSearch): BudgetCheck[] =>
  throttledWays.map(([key, way]) => {
    const slowest = Math.max(...t[key]);
    return {
      page: 'search',
      budget: `first result on a cold, throttled phone, ${way}, slowest query`,
      unit: 'ms',
      limit: THROTTLED_SEARCH_LIMIT_MS,
      actual: slowest,
      ok: slowest <= THROTTLED_SEARCH_LIMIT_MS,
    };
  });

/** The throttled first-result times beside the warm ones, one row per N. */
export function searchOnAPhone(cases: CaseResult[]): string[] {
  const ms = (v: number[]) => `${Math.round(median(v))} ms (slowest ${Math.round(Math.max(...v))} ms)`;
  return [
    `Cold: Lighthouse's mobile throttling (slow 4G, CPU 4× slower), an empty cache, a screen 360 px wide; to the first result on the page, median of the queries. Warm: as under In Chromium. Budget ${THROTTLED_SEARCH_LIMIT_MS / 1000} s cold.`,
    '',
    `| N | format | warm | ${throttledWays.map(([, way]) => `cold, ${way}`).join(' | ')} |`,
    '| ---: | --- | ---: | ---: | ---: |',
    ...cases.map((c) => {
      const t = c.throttledSearch!;
      return `| ${c.n} | ${c.format} | ${c.search ? ms(c.search.warmMs) : '–'} | ${throttledWays.map(([key]) => ms(t[key])).join(' | ')} |`;
    }),
  ];
}

/** The phases checked for growth, as the report names them. */
const growthPhases: [keyof Phases, string][] = [
  ['validationMs', 'validation'],
  ['contentMs', 'content'],
  ['bundleMs', 'bundle'],
  ['pagesMs', 'pages'],
  ['chartImagesMs', 'chart images'],
  // The index write and the link check run side by side, each slowing the other, so their sum is the phase.
  ['finishMs', 'after the last page (sitemap, link check, index write)'],
];

/**
 * Phases shorter than this at the larger N are reported, not checked for growth: a sum of per-page times under a
 * second, with four pages rendering at once, moves more between identical runs than any growth it could show
 * (chart images, read from the cache once drawn ahead, took 0.1 s at 1,000 entries and 0.5 to 0.6 s at 5,000).
 */
export const GROWTH_FLOOR_MS = 1000;

/** The size at which issue 7 sets the ratios to bare Astro. */
export const RATIO_BUDGET_N = 5000;

/** How much faster than the bare site's a phase's time per entry may grow before it counts as ours: run-to-run noise. */
export const GROWTH_MARGIN = 1.15;

/**
 * The build budgets. For the `.mdx` corpus at N = 5,000 and above: our build at most 1.25x bare Astro MDX plus
 * Pagefind, and peak memory no higher than the bare build's. The `.md` corpus reports the same ratios. Smaller
 * sites show their ratios, but are not held to them: our site has about 130 pages whatever N is (topics, facets,
 * feeds), the bare site none, so the ratio only settles once entries dominate.
 * Growth, against the next smaller N of the same run: the build's ms per entry, and each phase's of a second or
 * more, may grow by at most the bare site's own growth plus GROWTH_MARGIN; a phase the bare site does not have
 * (validation, chart images) is held to the bare build's growth as a whole. So what Astro and Pagefind do on
 * their own at scale (Pagefind's write is not linear) is not counted against us. Without a bare run, growth is
 * not checked.
 */
export function buildBudgets(c: CaseResult, smaller?: CaseResult): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const check = (budget: string, unit: BudgetCheck['unit'], limit: number, actual: number) =>
    checks.push({ page: 'build', budget, unit, limit, actual, ok: actual <= limit });
  const heldToRatios = c.format === 'mdx' && c.n >= RATIO_BUDGET_N;
  if (heldToRatios && c.ratio !== undefined) check('time over bare Astro MDX + Pagefind', 'ratio', 1.25, c.ratio);
  if (heldToRatios && c.rssRatio !== undefined) check('peak RSS over bare Astro MDX', 'ratio', 1, c.rssRatio);
  if (!smaller?.bare?.ok || !c.bare?.ok) return checks;
  const [bare, bareBefore] = [c.bare, smaller.bare];
  const growthOf = (now: number, before: number) => now / c.n / (before / smaller.n);
  const held = (name: string, now: number, before: number, bareGrowth: number, bareName: string) => {
    const label = `${name} growth in ms per entry, N=${smaller.n} to ${c.n}, against ${bareName}'s ${bareGrowth.toFixed(2)}x`;
    check(label, 'ratio', bareGrowth * GROWTH_MARGIN, growthOf(now, before));
  };
  const bareBuild = growthOf(bare.totalMs, bareBefore.totalMs);
  held('build', c.build.wallMs, smaller.build.wallMs, bareBuild, 'the bare build');
  for (const [phase, name] of growthPhases) {
    const [now, before] = [c.build.phases[phase], smaller.build.phases[phase]];
    if (now === undefined || before === undefined || now < GROWTH_FLOOR_MS) continue;
    // The bare site's counterpart: the same Astro phase, or for the stage after the last page, its Pagefind run.
    const bareOf = (r: BareResult) => (phase === 'finishMs' ? r.pagefindMs : r.phases[phase]);
    const [bareNow, bareThen] = [bareOf(bare), bareOf(bareBefore)];
    if (bareNow && bareThen) held(name, now, before, growthOf(bareNow, bareThen), phase === 'finishMs' ? 'bare Pagefind' : `bare ${name}`);
    else held(name, now, before, bareBuild, 'the bare build');
  }
  return checks;
}

const amount = (b: BudgetCheck, value: number) =>
  b.unit === 'bytes'
    ? kb(value)
    : b.unit === 'score'
      ? String(value)
      : b.unit === 'ratio'
        ? `${value.toFixed(2)}x`
        : `${value < 10 ? value.toFixed(2) : Math.round(value)} ms`;

/** One line per exceeded budget, for the report and the console. */
export function exceeded(result: BenchResult): string[] {
  return result.cases.flatMap((c) =>
    c.budgets
      .filter((b) => !b.ok)
      .map((b) => `N=${c.n} ${c.format}: ${b.page} ${b.budget} is ${amount(b, b.actual)}, budget ${amount(b, b.limit)}`),
  );
}
