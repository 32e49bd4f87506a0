/**
 * `npm run bench`: builds a synthetic corpus at several sizes with the real pipeline and reports build time,
 * memory, output and search-index size, phase timings, page weights against the budgets of issue 7 and,
 * with --bare, the ratio to a bare Astro MDX site. Not a test: timings vary by up to 1.8x between identical runs.
 *
 *   npm run bench -- --n 1000 [--runs 2] [--md] [--bare] [--rebuild] [--browser] [--determinism] [--out file.json]
 * --rebuild also times a build with the caches kept after editing one entry (unchanged charts are not drawn again).
 * --browser runs Lighthouse on each page type and times searches in Chromium, warm and on a cold, throttled phone.
 * --determinism builds once more, untimed, and reports the files that differ from the last timed build (none, if
 * two builds of the same content are byte-identical).
 * `npm run bench:charts` keeps the chart-only numbers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBare, fastestBare } from './bare';
import { CORPUS_BUILD_DATE, generateCorpus } from './corpus';
import { differingFiles } from './determinism';
import { folderSize, minimumPhases, parsePhases, parseSearchIndex, root, run, setAside, type RunResult, type SearchIndex } from './measure';
import { checkBudgets, pageWeight, samplePages, type PageType, type PageWeight } from './pages';
import { lighthouseBudgets, runLighthouse } from './lighthouse';
import { measureSearch, measureThrottledSearch, searchBudget } from './search-latency';
import { buildBudgets, exceeded, markdownReport, throttledSearchBudgets, type BenchResult, type CaseResult } from './report';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '200,1000,5000' },
    runs: { type: 'string', default: '2' },
    md: { type: 'boolean', default: false },
    bare: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    browser: { type: 'boolean', default: false },
    determinism: { type: 'boolean', default: false },
    out: { type: 'string' },
    work: { type: 'string', default: path.join(root, 'tests/.output/bench') },
  },
});

const ns = values.n.split(',').map((v) => Number(v.trim()));
const runs = Number(values.runs);
if (ns.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    'Usage: npm run bench -- [--n 200,1000,5000] [--runs 2] [--md] [--bare] [--rebuild] [--browser] [--determinism] [--out results.json]\n--n takes whole numbers of entries, --runs a whole number of at least 1.',
  );
  process.exit(2);
}
// Absolute, because the bare site reads the corpus from its own folder.
const workDir = path.resolve(values.work);
// What the runs leave behind, deleted once nothing is timed any more (see setAside).
const bin = path.join(workDir, 'set-aside');
const formats: ('mdx' | 'md')[] = values.md ? ['mdx', 'md'] : ['mdx'];
const log = (text: string) => console.log(`[bench] ${text}`);
const build = (contentDir: string, outDir: string) =>
  run(path.join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    env: { CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_DATE: CORPUS_BUILD_DATE },
  });

const cases: CaseResult[] = [];
// The index's size and page count; its timings are kept with the phases, as minimums over the runs.
const indexContents = (index?: SearchIndex) => index && { indexedPages: index.indexedPages, pages: index.pages, kB: index.kB };

for (const n of ns) {
  for (const format of formats) {
    const work = path.join(workDir, `${format}-${n}`);
    const contentDir = path.join(work, 'content');
    const outDir = path.join(work, 'dist');
    log(`N=${n} ${format}: generating the corpus`);
    setAside(contentDir, bin);
    const corpus = generateCorpus(n, contentDir, { format });
    const results: RunResult[] = [];
    for (let i = 0; i < runs; i++) {
      // Cold builds: no output and no cache from the previous run.
      setAside(outDir, bin);
      setAside(`${outDir}-cache`, bin);
      log(`N=${n} ${format}: build ${i + 1} of ${runs}`);
      const result = await build(contentDir, outDir);
      if (!result.ok) {
        console.error(result.output.slice(-4000));
        throw new Error(`the build of N=${n} ${format} failed; its output is above`);
      }
      // Kept for profiling: Astro logs every route with its time.
      fs.writeFileSync(path.join(work, `build-${i + 1}.log`), result.output);
      log(`N=${n} ${format}: ${(result.wallMs / 1000).toFixed(1)} s, ${result.peakRssMb} MB`);
      results.push(result);
    }
    const fastest = results.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
    const size = folderSize(outDir);
    const pages = samplePages(corpus.sample).flatMap(([type, urlPath]) =>
      urlPath ? [pageWeight(outDir, type, urlPath)].filter((p): p is PageWeight => !!p) : [],
    );
    const result: CaseResult = {
      n,
      format,
      corpus,
      build: {
        wallMs: Math.round(fastest.wallMs),
        runsMs: results.map((r) => Math.round(r.wallMs)),
        msPerEntry: fastest.wallMs / n,
        peakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
        rssMethod: fastest.rssMethod,
        outputBytes: size.bytes,
        outputFiles: size.files,
        searchIndex: indexContents(parseSearchIndex(fastest.output)),
        phases: minimumPhases(results.map((r) => parsePhases(r.output))),
      },
      pages,
      budgets: checkBudgets(pages),
    };
    if (values.browser) {
      log(`N=${n} ${format}: Lighthouse and search in Chromium`);
      const samples = samplePages(corpus.sample).filter((p): p is [PageType, string] => !!p[1] && p[0] !== 'finder');
      result.lighthouse = await runLighthouse(outDir, samples);
      result.search = await measureSearch(outDir);
      log(`N=${n} ${format}: search on a cold, throttled phone`);
      result.throttledSearch = await measureThrottledSearch(outDir);
      result.budgets.push(
        ...lighthouseBudgets(result.lighthouse),
        searchBudget(result.search),
        ...throttledSearchBudgets(result.throttledSearch),
      );
    }
    if (values.determinism) {
      const again = `${outDir}-again`;
      setAside(again, bin);
      setAside(`${again}-cache`, bin);
      log(`N=${n} ${format}: building again to compare`);
      const second = await build(contentDir, again);
      if (!second.ok) throw new Error(`the second build of N=${n} ${format} failed:\n${second.output.slice(-4000)}`);
      const differing = differingFiles(outDir, again);
      result.determinism = { differing: differing.length, examples: differing.slice(0, 20) };
      log(
        `N=${n} ${format}: ${differing.length ? `${differing.length} file(s) differ between two builds, first ${differing[0]}` : 'two builds are byte-identical'}`,
      );
    }
    if (values.rebuild) {
      // The last run's output and cache stay; one entry changes, as when staff fix a typo.
      const file = path.join(contentDir, `${corpus.sample.entry}.${format}`);
      fs.appendFileSync(file, '\nOne more sentence, added to time a rebuild.\n');
      log(`N=${n} ${format}: rebuild after editing one entry`);
      const again = await build(contentDir, outDir);
      if (!again.ok) throw new Error(`the rebuild of N=${n} ${format} failed:\n${again.output.slice(-4000)}`);
      result.build.rebuildMs = Math.round(again.wallMs);
    }
    if (values.bare) {
      log(`N=${n} ${format}: bare Astro MDX site and Pagefind`);
      const bares = [];
      for (let i = 0; i < runs; i++) bares.push(await buildBare(path.join(work, 'bare'), contentDir, bin));
      const ok = bares.filter((b) => b.ok);
      const bare = ok.length ? fastestBare(ok) : bares[0];
      bare.peakRssMb = Math.max(...bares.map((b) => b.peakRssMb));
      result.bare = bare;
      if (bare.ok) {
        result.ratio = result.build.wallMs / bare.totalMs;
        result.rssRatio = result.build.peakRssMb / bare.peakRssMb;
      } else console.error(`[bench] the bare site failed to build:\n${bare.error}`);
    }
    result.budgets.push(
      ...buildBudgets(
        result,
        cases.findLast((c) => c.format === format && c.n < n),
      ),
    );
    cases.push(result);
  }
}

fs.rmSync(bin, { recursive: true, force: true });

const date = new Date().toISOString();
const result: BenchResult = {
  version: 1,
  date,
  machine: {
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  },
  options: { ns, runs, md: values.md, bare: values.bare, rebuild: values.rebuild, browser: values.browser },
  cases,
};
const out = path.resolve(values.out ?? path.join(root, 'bench/results', `${date.replace(/[:.]/g, '-')}.json`));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
const report = markdownReport(result);
fs.writeFileSync(out.replace(/\.json$/, '') + '.md', report);
console.log(`\n${report}`);
const over = exceeded(result);
if (over.length) console.log(`Over budget:\n${over.map((l) => `  ${l}`).join('\n')}`);
log(`wrote ${path.relative(process.cwd(), out)} and its .md`);
