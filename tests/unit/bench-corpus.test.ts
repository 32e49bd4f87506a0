import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCharts } from '../../src/lib/charts/usage';
import { listFiles } from '../../src/lib/check/dist';
import { formatProblems } from '../../src/lib/check/problems';
import { validateContent } from '../../src/lib/check/validate';
import { generateCorpus } from '../../scripts/bench/corpus';
import { tempDir } from '../support/temp';

const snapshot = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

describe('the bench corpus generator', () => {
  it('writes the same files for the same seed, and different ones for another seed', () => {
    const [a, b, c] = [tempDir('corpus'), tempDir('corpus'), tempDir('corpus')];
    generateCorpus(30, a, { seed: 11 });
    generateCorpus(30, b, { seed: 11 });
    generateCorpus(30, c, { seed: 12 });
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(snapshot(a)).not.toEqual(snapshot(c));
  });

  it('writes a .mdx corpus that passes the content check, with every type, charts and their datasets', () => {
    const dir = tempDir('corpus');
    const summary = generateCorpus(60, dir);
    const problems = validateContent(dir).problems;
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(summary.entries).toBe(60);
    expect(Object.values(summary.byCollection).every((count) => count > 0)).toBe(true);
    expect(summary.charts).toBe(3);
    expect(listFiles(path.join(dir, 'data'))).toHaveLength(summary.charts * 2);
    expect(summary.words / summary.entries).toBeGreaterThan(1100);
    const entry = fs.readFileSync(path.join(dir, `${summary.sample.chartEntry}.mdx`), 'utf8');
    expect(findCharts(entry)).toHaveLength(1);
    for (const needed of [/^## /m, /^### /m, /^- /m, /^\| --- \|/m, /\[\^1\]: /, /\]\(\/[a-z-]+\/[a-z0-9-]+\/(#[a-z0-9-]+)?\)/])
      expect(entry).toMatch(needed);
  });

  it('writes a .md corpus without charts that passes the content check', () => {
    const dir = tempDir('corpus');
    const summary = generateCorpus(25, dir, { format: 'md' });
    const problems = validateContent(dir).problems;
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(summary.charts).toBe(0);
    expect(listFiles(dir).filter((f) => f.endsWith('.md'))).toHaveLength(25);
  });
});
