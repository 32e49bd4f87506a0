/**
 * `npm run bench:charts`: the speed and size numbers for charts alone, kept out of the tests so they never flake.
 * Draws every chart without a cache (the wide image, then the narrow one for phones), builds the site with a cold and a warm chart cache, and measures
 * the static images and the JavaScript (gzipped) on a chart page and on a page without one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chartPng } from '../../src/lib/charts/image';
import { findCharts } from '../../src/lib/charts/usage';
import { resolveChart } from '../../src/lib/charts/resolve';
import { collectionNames } from '../../src/lib/content/types';
import { loadDatasets } from '../../src/lib/datasets/load';
import { listFiles, pageScripts } from '../../src/lib/check/dist';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { contentDir } from '../../src/lib/paths';

const { datasets } = loadDatasets(contentDir);
const usages = collectionNames.flatMap((c) => {
  const dir = path.join(contentDir, c);
  return fs.existsSync(dir)
    ? fs.readdirSync(dir).flatMap((f) => findCharts(splitFrontmatter(fs.readFileSync(path.join(dir, f), 'utf8')).body))
    : [];
});
const specs = [...usages.map((u) => u.attributes), ...datasets.map((d) => ({ dataset: d.id }))].flatMap((attributes) => {
  const result = resolveChart(
    datasets.find((d) => d.id === attributes.dataset)!,
    attributes,
  );
  return 'spec' in result ? [result.spec] : [];
});
const unique = [...new Map(specs.map((s) => [s.key, s])).values()];

// Drawing: first with an empty cache, then again from it.
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'joined-up-bench-'));
const time = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};
const warmup = fs.mkdtempSync(path.join(os.tmpdir(), 'joined-up-warmup-'));
await chartPng(unique[0], warmup); // starts the drawing thread and loads the canvas library and fonts once
const cold = await time(() => Promise.all(unique.map((s) => chartPng(s, cache))));
// The phone's drawing on its own, as the build adds it.
const coldNarrow = await time(() => Promise.all(unique.map((s) => chartPng(s, cache, 'narrow'))));
const warm = await time(() => Promise.all(unique.map((s) => chartPng(s, cache))));
for (const dir of [cache, warmup]) fs.rmSync(dir, { recursive: true, force: true });

// Whole builds: cold chart cache, then warm.
const outDir = path.join(os.tmpdir(), 'joined-up-bench-site');
const build = () => {
  const started = performance.now();
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  return performance.now() - started;
};
fs.rmSync(`${outDir}-cache`, { recursive: true, force: true });
const coldBuild = build();
const warmBuild = build();

const images = listFiles(path.join(outDir, 'charts'))
  .map((f) => fs.statSync(path.join(outDir, 'charts', f)).size)
  .sort((a, b) => a - b);
const js = (page: string) => {
  const scripts = pageScripts(outDir, fs.readFileSync(path.join(outDir, page, 'index.html'), 'utf8'));
  const sum = (lazy: boolean) => scripts.filter((s) => s.lazy === lazy).reduce((n, s) => n + s.gzipped, 0);
  return `${sum(false)} B up front + ${sum(true)} B when a chart comes into view`;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;

console.log(`charts: ${unique.length} distinct (${usages.length} in entries, ${datasets.length} on dataset pages)`);
console.log(
  `drawing, no cache: wide ${ms(cold)} in all, ${ms(cold / unique.length)} per chart; narrow ${ms(coldNarrow)} in all, ${ms(coldNarrow / unique.length)} per chart; from the cache: ${ms(warm / unique.length)} per chart`,
);
console.log(
  `build, cold chart cache: ${ms(coldBuild)}; warm: ${ms(warmBuild)}; difference per chart: ${ms((coldBuild - warmBuild) / unique.length)}`,
);
console.log(
  `static images: ${images.length}, ${kb(images[0])} to ${kb(images.at(-1)!)}, median ${kb(images[Math.floor(images.length / 2)])}`,
);
console.log(`JavaScript (gzipped), chart page: ${js('briefings/clinks-evidence-lords-covid-inquiry')}`);
console.log(`JavaScript (gzipped), page without a chart: ${js('case-studies/southend-complex-needs-panel')}`);
