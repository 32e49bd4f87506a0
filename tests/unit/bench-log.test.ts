import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastestBare, type BareResult } from '../../scripts/bench/bare';
import { minimumPhases, parsePhases, parseSearchIndex, setAside } from '../../scripts/bench/measure';

// The lines `npm run bench` reads from a build's log, as Astro 7 and our integrations print them.
const log = `04:31:25 [joined-up:content-validation] checked the content in 612 ms
04:31:26 [content] Syncing content
04:31:26 [types] Generated 1m 5s
04:31:26 [build] Collecting build info...
04:31:26 [build] ✓ Completed in 1.48s.
04:31:26 [build] Building static entrypoints...
04:31:30 [vite] ✓ built in 3.08s
04:31:30 [vite] ✓ built in 247ms
 generating static routes
04:31:30   ├─ /charts/92d4b9d8b2acda25.png (+103ms)
04:31:30   ├─ /briefings/a/index.html (+3ms)
04:31:31   └─ /charts/f25300a49007ddcb.png (+56ms)
04:31:31 ✓ Completed in 1.23s.
 generating optimized images
04:31:31 ✓ Completed in 243ms.
04:31:31 [build] ✓ Completed in 4.88s.
04:31:32 [joined-up:search-index] indexed 40 of 155 pages, 411 kB, written in 419 ms; the build finished 900 ms after its last page
04:31:32 [joined-up:link-check] 155 pages, no broken internal links, checked in 97 ms
04:31:32 [build] 155 page(s) built in 1m 12s
`;

describe('reading a build log', () => {
  it('finds the time of each phase, in every format Astro writes durations', () => {
    expect(parsePhases(log)).toEqual({
      validationMs: 612,
      contentMs: 65_000,
      collectingMs: 1480,
      bundleMs: 3327,
      pagesMs: 1230,
      chartImagesMs: 159,
      imagesMs: 243,
      buildStepMs: 4880,
      searchIndexMs: 419,
      linkCheckMs: 97,
      finishMs: 900,
      totalMs: 72_000,
    });
  });

  it('reads the search index line, and leaves out what the log does not say', () => {
    expect(parseSearchIndex(log)).toEqual({ indexedPages: 40, pages: 155, kB: 411, ms: 419, finishMs: 900 });
    expect(parseSearchIndex('no index')).toBeUndefined();
    expect(parsePhases('nothing here')).toEqual({});
  });

  it('takes each phase’s minimum over the runs, not every phase of the fastest run', () => {
    // The second run is slower overall, but its index write is the faster one.
    const runs = [
      parsePhases(log),
      parsePhases(log.replace('built in 3.08s', 'built in 9.08s').replace('written in 419 ms', 'written in 300 ms')),
    ];
    expect(minimumPhases(runs)).toEqual({ ...parsePhases(log), searchIndexMs: 300 });
    expect(minimumPhases([runs[1], runs[0]])).toEqual(minimumPhases(runs));
    expect(minimumPhases([parsePhases('nothing here'), runs[0]])).toEqual(runs[0]);
  });

  it('takes the bare site’s build, Pagefind run and phases each at its minimum, and its memory at the maximum', () => {
    const run = (wallMs: number, pagefindMs: number, pagesMs: number, pagefindRssMb: number): BareResult => ({
      ok: true,
      wallMs,
      pagefindMs,
      totalMs: wallMs + pagefindMs,
      peakRssMb: 900,
      pagefindRssMb,
      outputBytes: 1,
      phases: { pagesMs },
    });
    expect(fastestBare([run(40_000, 9_000, 15_000, 300), run(42_000, 8_000, 14_000, 350)])).toMatchObject({
      wallMs: 40_000,
      pagefindMs: 8_000,
      totalMs: 48_000,
      pagefindRssMb: 350,
      phases: { pagesMs: 14_000 },
    });
  });
});

describe('setting a run’s output aside', () => {
  it('moves the folder, with everything in it, into the bin, and does nothing when there is no folder', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'set-aside-'));
    const [dist, bin] = [path.join(work, 'dist'), path.join(work, 'bin')];
    fs.mkdirSync(path.join(dist, 'posts'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'posts/index.html'), 'page');
    setAside(dist, bin);
    setAside(dist, bin);
    expect(fs.existsSync(dist)).toBe(false);
    const [moved, ...more] = fs.readdirSync(bin);
    expect(more).toEqual([]);
    expect(fs.readFileSync(path.join(bin, moved, 'dist/posts/index.html'), 'utf8')).toBe('page');
    fs.rmSync(work, { recursive: true });
  });
});
