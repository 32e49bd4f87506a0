import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, root, type BuildResult } from '../support/build';

describe('a table-only dataset (tableOnly: true)', () => {
  let built: BuildResult;
  let doc: Document;
  beforeAll(() => {
    built = buildSite('data-table-only', path.join(root, 'tests/fixtures/data-table-only/content'));
    doc = parseHTML(fs.readFileSync(path.join(built.outDir, 'data/releases/index.html'), 'utf8')).document;
  });

  it('builds', () => {
    expect(built.ok, built.output).toBe(true);
  });

  it('shows its caption, source, CSV link and whole table, open, with no chart image and no chart script', () => {
    const figure = doc.querySelector('figure#chart-releases')!;
    expect(figure.querySelector('.chart-title')!.textContent).toBe('Releases by group');
    expect(figure.querySelector('.chart-caption')!.textContent).toBe('People released, by group.');
    expect(figure.querySelector('.chart-source')!.textContent).toContain('A publisher');
    expect(figure.querySelector('a[download]')!.getAttribute('href')).toBe('/data/releases.csv');
    expect(figure.querySelector('details')).toBeNull();
    expect(figure.querySelectorAll('tbody tr')).toHaveLength(75);
    expect(figure.querySelector('tbody th')!.textContent).toBe('=HYPERLINK("https://example.com","Area 0")');
    expect(doc.querySelector('img, [data-chart], script[type="module"], meta[property="og:image"]')).toBeNull();
    expect(fs.existsSync(path.join(built.outDir, 'charts'))).toBe(false);
  });

  it('is downloaded with its formula-like label made text, and its numbers as written', () => {
    const csv = fs.readFileSync(path.join(built.outDir, 'data/releases.csv'), 'utf8');
    expect(csv.split('\n').slice(0, 3)).toEqual(['Area,People', `"'=HYPERLINK(""https://example.com"",""Area 0"")",-3`, 'Area 1,10']);
  });
});
