import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, root } from '../support/build';
import type { BenchResult } from '../../scripts/bench/report';

// Proves `npm run bench` works end to end at a tiny size; the timings themselves are not tested.
describe('npm run bench', () => {
  it('builds a small corpus and writes a JSON result and a markdown report with sane values', () => {
    const work = path.join(outputDir, 'bench-test');
    const out = path.join(work, 'result.json');
    fs.rmSync(work, { recursive: true, force: true });
    const run = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/bench/index.ts', '--n', '20', '--runs', '1', '--out', out, '--work', work],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` },
      },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchResult;
    expect(result.options).toEqual({ ns: [20], runs: 1, md: false, bare: false, rebuild: false, browser: false });
    expect(result.cases).toHaveLength(1);
    const [c] = result.cases;
    expect(c).toMatchObject({ n: 20, format: 'mdx' });
    expect(c.corpus.entries).toBe(20);
    expect(c.build.wallMs).toBeGreaterThan(0);
    expect(c.build.runsMs).toHaveLength(1);
    expect(c.build.msPerEntry).toBeCloseTo(c.build.wallMs / 20, 0);
    expect(c.build.peakRssMb).toBeGreaterThan(50);
    expect(c.build.outputBytes).toBeGreaterThan(100_000);
    expect(c.build.searchIndex).toMatchObject({ indexedPages: 20 });
    expect(c.build.searchIndex!.kB).toBeGreaterThan(0);
    for (const phase of ['contentMs', 'bundleMs', 'pagesMs', 'searchIndexMs', 'totalMs'] as const)
      expect(c.build.phases[phase]).toBeGreaterThan(0);

    expect(c.pages.map((p) => p.type)).toEqual(['home', 'listing', 'entry', 'chart entry', 'search', 'finder']);
    const page = (type: string) => c.pages.find((p) => p.type === type)!;
    for (const p of c.pages) {
      expect(p.htmlGz).toBeGreaterThan(500);
      expect(p.cssGz).toBeGreaterThan(0);
      expect(p.requests).toBeGreaterThanOrEqual(2);
    }
    // An entry without a chart ships no JavaScript; a chart entry loads Chart.js lazily; search loads Pagefind.
    expect(page('entry').jsGz + page('entry').lazyJsGz).toBe(0);
    expect(page('chart entry').lazyJsGz).toBeGreaterThan(10_000);
    expect(page('search').lazyJsGz).toBeGreaterThan(0);
    expect(page('search').wasmBytes).toBeGreaterThan(0);
    expect(c.budgets.map((b) => `${b.page}: ${b.budget}`)).toEqual([
      'entry: JS (bytes)',
      'entry: HTML gzipped',
      'entry: CSS gzipped',
      'chart entry: chart JS gzipped',
    ]);

    const report = fs.readFileSync(path.join(work, 'result.md'), 'utf8');
    expect(report).toContain('| 20 | mdx |');
    expect(report).toMatch(/## Budgets/);
    expect(run.stdout).toContain(report.trim().split('\n')[0]);
  });
});
