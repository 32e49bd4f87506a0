import { describe, expect, it } from 'vitest';
import {
  buildBudgets,
  searchOnAPhone,
  throttledSearchBudgets,
  THROTTLED_SEARCH_LIMIT_MS,
  type CaseResult,
} from '../../scripts/bench/report';
import type { ThrottledSearch } from '../../scripts/bench/search-latency';

// Only what buildBudgets reads; the rest of a case does not matter here.
const result = (n: number, wallMs: number, phases: CaseResult['build']['phases'], bare?: CaseResult['bare']) =>
  ({
    n,
    format: 'mdx',
    build: { wallMs, msPerEntry: wallMs / n, phases },
    bare,
    ratio: bare ? wallMs / bare.totalMs : undefined,
    rssRatio: bare ? 1.5 : undefined,
  }) as CaseResult;

describe('build budgets', () => {
  // A bare run of the same N: its whole build (Astro and Pagefind), Astro's phases, and its Pagefind run.
  const bare = (totalMs: number, phases: CaseResult['build']['phases'] = {}, pagefindMs = 0) =>
    ({ ok: true, totalMs, phases, pagefindMs }) as CaseResult['bare'];

  it("flags the overall ratio, memory and a phase whose time per entry grows more than the bare site's own phase", () => {
    const small = result(1000, 20_000, { pagesMs: 5000, bundleMs: 4000 }, bare(10_000, { pagesMs: 4000, bundleMs: 3000 }));
    // Bare: pages grow 1.0x, bundle 1.0x. Ours: pages 1.1x (inside the margin), bundle 1.25x (outside it).
    const large = result(5000, 100_000, { pagesMs: 27_500, bundleMs: 25_000 }, bare(50_000, { pagesMs: 20_000, bundleMs: 15_000 }));
    const failed = buildBudgets(large, small)
      .filter((c) => !c.ok)
      .map((c) => c.budget);
    expect(failed).toEqual([
      'time over bare Astro MDX + Pagefind',
      'peak RSS over bare Astro MDX',
      "bundle growth in ms per entry, N=1000 to 5000, against bare bundle's 1.00x",
    ]);
  });

  it("allows a phase to grow as the bare site's does: the stage after the last page is set beside bare Pagefind's write", () => {
    // Pagefind's own write grows 1.25x per entry in the bare site; ours grows the same, so it passes.
    const large = result(5000, 60_000, { finishMs: 9375 }, bare(50_000, {}, 9375));
    const small = result(1000, 12_000, { finishMs: 1500 }, bare(10_000, {}, 1500));
    expect(buildBudgets(large, small).find((c) => c.budget.startsWith('after the last page'))).toMatchObject({
      ok: true,
      budget:
        "after the last page (sitemap, link check, index write) growth in ms per entry, N=1000 to 5000, against bare Pagefind's 1.25x",
    });
    // The same growth against a bare Pagefind that stayed linear fails.
    const linear = buildBudgets({ ...large, bare: bare(50_000, {}, 7500) }, small);
    expect(linear.find((c) => c.budget.startsWith('after the last page'))?.ok).toBe(false);
  });

  it("holds a phase the bare site does not have, such as validation, to the bare build's growth as a whole", () => {
    const checks = buildBudgets(
      result(5000, 50_000, { validationMs: 6000 }, bare(50_000)),
      result(1000, 10_000, { validationMs: 1000 }, bare(10_000)),
    );
    expect(checks.find((c) => c.budget.startsWith('validation'))).toMatchObject({ ok: false, limit: 1.15, actual: 1.2 });
  });

  it('reports but does not check the growth of a phase under a second, where run-to-run noise is larger than any trend', () => {
    const checks = buildBudgets(
      result(5000, 60_000, { chartImagesMs: 600, pagesMs: 20_000 }, bare(50_000)),
      result(1000, 12_000, { chartImagesMs: 100, pagesMs: 4000 }, bare(10_000)),
    );
    expect(checks.filter((c) => c.budget.includes('growth')).map((c) => c.budget.split(' growth')[0])).toEqual(['build', 'pages']);
  });

  it('checks growth only against a smaller N with bare runs at both, and holds only .mdx sites of 5,000 entries or more to the ratios', () => {
    expect(buildBudgets(result(200, 5000, { pagesMs: 1000 }, bare(2000)), undefined)).toEqual([]);
    expect(buildBudgets(result(5000, 60_000, { pagesMs: 30_000 }), result(1000, 6000, { pagesMs: 1000 }))).toEqual([]);
    expect(buildBudgets(result(5000, 5000, { pagesMs: 1000 }, bare(2000)), undefined).map((c) => [c.budget, c.ok])).toEqual([
      ['time over bare Astro MDX + Pagefind', false],
      ['peak RSS over bare Astro MDX', false],
    ]);
    // The .md corpus reports its ratios in the table; the budget is set for .mdx.
    expect(buildBudgets({ ...result(5000, 5000, { pagesMs: 1000 }, bare(2000)), format: 'md' }, undefined)).toEqual([]);
  });
});

describe('search on a throttled phone', () => {
  const throttled = (typedMs: number[], headerMs: number[]): ThrottledSearch => ({ queries: ['a', 'b', 'c'], typedMs, headerMs });

  it('holds the slowest query of each way into search to 2 s, and flags the way that is over', () => {
    const checks = throttledSearchBudgets(throttled([900, 1400, 1100], [1500, 2600, 1800]));
    expect(checks.map((c) => [c.ok, c.actual, c.limit])).toEqual([
      [true, 1400, THROTTLED_SEARCH_LIMIT_MS],
      [false, 2600, THROTTLED_SEARCH_LIMIT_MS],
    ]);
    expect(checks[1].budget).toMatch(/header/);
  });

  it('sets the cold medians beside the warm median of each N', () => {
    const c = (n: number, warm: number[], t: ThrottledSearch) =>
      ({ n, format: 'mdx', search: { warmMs: warm }, throttledSearch: t }) as CaseResult;
    const rows = searchOnAPhone([c(1000, [40, 60, 50], throttled([900, 1400, 1100], [1500, 2600, 1800]))]).filter((l) =>
      l.startsWith('| 1000'),
    );
    expect(rows).toEqual(['| 1000 | mdx | 50 ms (slowest 60 ms) | 1100 ms (slowest 1400 ms) | 1800 ms (slowest 2600 ms) |']);
  });
});
