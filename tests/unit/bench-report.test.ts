import { describe, expect, it } from 'vitest';
import { buildBudgets, type CaseResult } from '../../scripts/bench/report';

// Only what buildBudgets reads; the rest of a case does not matter here.
const result = (n: number, wallMs: number, phases: CaseResult['build']['phases'], bare?: CaseResult['bare']) =>
  ({ n, format: 'mdx', build: { wallMs, msPerEntry: wallMs / n, phases }, bare, ratio: bare ? wallMs / bare.totalMs : undefined, rssRatio: bare ? 1.5 : undefined }) as CaseResult;

describe('build budgets', () => {
  it('flags the overall ratio, memory and any phase whose time per entry grows with N', () => {
    const bare = (bundleMs: number, totalMs: number) => ({ phases: { bundleMs }, totalMs }) as CaseResult['bare'];
    const small = result(1000, 20_000, { pagesMs: 5000, bundleMs: 4000, finishMs: 700 }, bare(3000, 10_000));
    const large = result(5000, 75_000, { pagesMs: 24_000, bundleMs: 22_000, finishMs: 3500 }, bare(17_500, 45_000));
    const checks = buildBudgets(large, small);
    const failed = checks.filter((c) => !c.ok).map((c) => c.budget);
    expect(failed).toEqual(['time over bare Astro MDX + Pagefind', 'peak RSS over bare Astro MDX', 'bundle ms per entry against N=1000 (bare Astro: 1.17x)']);
    expect(checks.map((c) => c.budget)).toContain('pages ms per entry against N=1000');
    expect(checks.find((c) => c.budget.startsWith('after the last page'))).toMatchObject({ ok: true, limit: 0.7, actual: 0.7 });
  });

  it("sets the stage after the last page beside the bare site's Pagefind run, which does the same index write", () => {
    const bare = (pagefindMs: number) => ({ phases: {}, pagefindMs, totalMs: 1 }) as unknown as CaseResult['bare'];
    const checks = buildBudgets(result(5000, 60_000, { finishMs: 9400 }, bare(9400)), result(1000, 12_000, { finishMs: 1500 }, bare(1500)));
    expect(checks.find((c) => c.budget.startsWith('after the last page'))).toMatchObject({ ok: false, budget: "after the last page (sitemap, link check, index write) ms per entry against N=1000 (bare Astro's Pagefind: 1.25x)" });
  });

  it('reports but does not check the growth of a phase under a second, where run-to-run noise is larger than any trend', () => {
    const checks = buildBudgets(result(5000, 60_000, { chartImagesMs: 600, pagesMs: 20_000 }), result(1000, 12_000, { chartImagesMs: 100, pagesMs: 4000 }));
    expect(checks.map((c) => c.budget)).toEqual(['ms per entry against N=1000', 'pages ms per entry against N=1000']);
  });

  it('holds only .mdx sites of 5,000 entries or more to the ratios, and checks growth only against a smaller N', () => {
    const bare = { phases: {}, totalMs: 2000 } as unknown as CaseResult['bare'];
    expect(buildBudgets(result(200, 5000, { pagesMs: 1000 }, bare), undefined)).toEqual([]);
    expect(buildBudgets(result(5000, 5000, { pagesMs: 1000 }, bare), undefined).map((c) => [c.budget, c.ok])).toEqual([
      ['time over bare Astro MDX + Pagefind', false],
      ['peak RSS over bare Astro MDX', false],
    ]);
    // The .md corpus reports its ratios in the table; the budget is set for .mdx.
    expect(buildBudgets({ ...result(5000, 5000, { pagesMs: 1000 }, bare), format: 'md' }, undefined)).toEqual([]);
  });
});
