import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCharts, findCharts } from '../../src/lib/charts/usage';
import { datasetTable, maxSeries, resolveChart } from '../../src/lib/charts/resolve';
import { formulaSafeCsv, parseCsv } from '../../src/lib/datasets/csv';
import { checkDataset, datasetLimits, type Dataset } from '../../src/lib/datasets/load';
import { formatProblems } from '../../src/lib/check/problems';
import { validateContent } from '../../src/lib/check/validate';

const root = path.resolve(import.meta.dirname, '../..');
const shown = { csv: 'content/data/releases.csv', yml: 'content/data/releases.yml' };
const described = fs
  .readFileSync(path.join(root, 'tests/fixtures/chart-xss/content/data/releases.yml'), 'utf8')
  .replace(/^columns:[\s\S]*/m, '');

/** Checks CSV text against a description of its own header, with `extra` lines (e.g. `tableOnly: true`) added. */
function check(csv: string, extra = '') {
  const names = csv
    .split('\n')[0]
    .split(/[,;\t]/)
    .map((name) => `  - name: "${name}"\n    meaning: "${name}."`);
  return checkDataset('releases', { csv, yml: `${described}${extra}columns:\n${names.join('\n')}\n` }, shown);
}
const located = (csv: string, extra = '') =>
  check(csv, extra).problems.map((p) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ''} ${p.message}`);
const good = (csv: string, extra = ''): Dataset => {
  const { dataset, problems } = check(csv, extra);
  if (!dataset) throw new Error(formatProblems(problems));
  return dataset;
};
const rowsOf = (count: number, label = (i: number) => `Area ${i}`) =>
  `Area,People\n${Array.from({ length: count }, (_, i) => `${label(i + 1)},${i + 1}\n`).join('')}`;

describe('checkDataset: mistakes in the CSV', () => {
  it('reports a repeated column heading at the second one, whose figures would otherwise be lost', () => {
    expect(located('Group,People,Age,People\nMen,1,2,3\n')).toEqual([
      'content/data/releases.csv:1:4 column "People" is also column 2: give each column its own heading',
    ]);
  });

  it('says plainly when values are separated by semicolons or tabs instead of commas', () => {
    expect(located('Group;People\nMen;840\n')).toEqual([
      'content/data/releases.csv:1 this file uses semicolons between values; save it as comma-separated CSV',
    ]);
    expect(located('Group\tPeople\nMen\t840\n')).toEqual([
      'content/data/releases.csv:1 this file uses tabs between values; save it as comma-separated CSV',
    ]);
    // A semicolon inside a label of a comma-separated file is just text.
    expect(good('Group,People\nMen; aged 18+,840\n').rows[0].label).toBe('Men; aged 18+');
  });
});

describe('checkDataset: what a chart can show', () => {
  it('charts up to 60 rows, and points at the first row beyond', () => {
    expect(good(rowsOf(datasetLimits.chartRows)).rows).toHaveLength(60);
    expect(located(rowsOf(61))).toEqual([
      'content/data/releases.csv:62:1 too many rows: a chart shows at most 60 rows and this file has 61; split the data, or add tableOnly: true to releases.yml to publish it as a table and CSV without a chart',
    ]);
  });

  it('takes labels and headings of up to 120 characters, and reports each longer one at its cell', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(good(`Group,People\n${long(120)},1\n`).rows[0].label).toHaveLength(120);
    expect(located(`Group,${long(121)}\n${long(130)},1\nWomen,2\n${long(125)},3\n`).filter((p) => p.includes('characters long'))).toEqual([
      'content/data/releases.csv:1:2 this heading is 121 characters long; a label has at most 120, to fit beside a bar and in a table on a phone: shorten it, and put the detail in the description or notes',
      'content/data/releases.csv:2:1 this label is 130 characters long; a label has at most 120, to fit beside a bar and in a table on a phone: shorten it, and put the detail in the description or notes',
      'content/data/releases.csv:4:1 this label is 125 characters long; a label has at most 120, to fit beside a bar and in a table on a phone: shorten it, and put the detail in the description or notes',
    ]);
  });

  it('takes up to 12 columns of numbers', () => {
    const csv = (n: number) => `Group,${Array.from({ length: n }, (_, i) => `Y${i + 1}`).join(',')}\nMen,${Array(n).fill(1).join(',')}\n`;
    expect(good(csv(12), 'tableOnly: true\n').valueColumns).toHaveLength(12);
    expect(located(csv(13), 'tableOnly: true\n')).toEqual([
      'content/data/releases.csv:1:14 too many columns: a dataset has at most 12 columns of numbers and this one has 13; split it into several datasets',
    ]);
  });

  it('checks the chart on the dataset’s own page: one colour a series, so at most four', () => {
    const five = 'Group,A,B,C,D,E\nMen,1,2,3,4,5\n';
    expect(maxSeries).toBe(4);
    expect(located(five)).toEqual([
      'content/data/releases.csv:1:6 a chart shows at most 4 value columns, one colour each, and this file has 5: choose up to 4 for its page under chart: columns in releases.yml, or add tableOnly: true',
    ]);
    expect(good(five, 'chart:\n  columns: [A, B]\n').valueColumns).toHaveLength(5);
    expect(check(five, 'chart:\n  highlight: Girls\n').problems).toEqual([
      expect.objectContaining({
        file: shown.yml,
        line: 9,
        field: 'chart',
        message: 'highlight="Girls" is not a label in releases. Its labels are: Men',
      }),
      expect.objectContaining({
        file: shown.yml,
        line: 9,
        field: 'chart',
        message: 'a chart shows at most 4 value columns, one colour each, and this one has 5: pick up to 4 with columns',
      }),
    ]);
  });
});

describe('table-only datasets (tableOnly: true)', () => {
  const tableOnly = 'tableOnly: true\n';

  it('may have up to 2,000 rows, and no more', () => {
    expect(good(rowsOf(datasetLimits.tableRows), tableOnly).rows).toHaveLength(2000);
    expect(located(rowsOf(2001), tableOnly)).toEqual([
      'content/data/releases.csv:2002:1 too many rows: a dataset published as a table has at most 2,000 rows, to keep its page small, and this one has 2,001; split it into several datasets',
    ]);
  });

  it('cannot also set a chart', () => {
    expect(located(rowsOf(2), `${tableOnly}chart:\n  type: bar\n`)).toEqual([
      'content/data/releases.yml:10 tableOnly: true publishes no chart, so chart has nothing to set: remove one of the two',
    ]);
  });

  it('cannot be charted in an entry: the check says to link to its page', () => {
    const dataset = good(rowsOf(61), tableOnly);
    const problems = checkCharts(
      'content/briefings/x.mdx',
      findCharts('Text\n\n<Chart dataset="releases" />\n'),
      [dataset],
      new Set(),
    ).problems;
    expect(formatProblems(problems)).toContain(
      'content/briefings/x.mdx:3  Chart dataset="releases": releases is published as a table only (tableOnly: true), so it has no chart: link to its page, /data/releases/, instead',
    );
  });

  it('shows every column in its table, formatted by its units', () => {
    const dataset = good('Group,2019,2020\nMen,1209,1300\nWomen,89,90\n', tableOnly);
    expect(datasetTable(dataset)).toEqual({
      title: 'Releases by group',
      caption: 'People released, by group.',
      units: 'people',
      format: 'number',
      labels: ['Men', 'Women'],
      series: [
        { name: '2019', values: [1209, 89] },
        { name: '2020', values: [1300, 90] },
      ],
    });
  });
});

describe('<Chart> limits', () => {
  it('shows at most four value columns: pick them with columns', () => {
    const dataset = good('Group,A,B,C,D,E\nMen,1,2,3,4,5\n', 'chart:\n  columns: A\n');
    expect(resolveChart(dataset, { columns: 'A,B,C,D,E' })).toEqual({
      problems: ['a chart shows at most 4 value columns, one colour each, and this one has 5: pick up to 4 with columns'],
    });
    expect('spec' in resolveChart(dataset, { type: 'grouped-bar', columns: 'B,C,D,E' })).toBe(true);
  });
});

describe('formulaSafeCsv: downloads a spreadsheet will not run as formulas', () => {
  it('leaves a file with no formula-like text exactly as written, numbers such as -3 included', () => {
    const csv = '\uFEFFGroup,Change\r\n"Men, aged 18+",-3\r\nWomen,"-1,209"\r\nAll,+\u00A0\r\n';
    expect(formulaSafeCsv('Group,Change\nMen,-3\nWomen,-1.5\n')).toBe('Group,Change\nMen,-3\nWomen,-1.5\n');
    expect(formulaSafeCsv(csv.replace('+\u00A0', '4'))).toBe(csv.replace('+\u00A0', '4'));
  });

  it('quotes each text cell starting with =, +, -, @, a tab or a carriage return behind an apostrophe, and nothing else', () => {
    const csv = 'Label,N\n=1+1,1\n"@SUM(A1)",2\n+44 20,3\n-x,4\n"\tTab",5\n"\rCR",6\n"=HYPERLINK(""https://example.com"")",7\nMen,-3\n';
    expect(formulaSafeCsv(csv)).toBe(
      'Label,N\n"\'=1+1",1\n"\'@SUM(A1)",2\n"\'+44 20",3\n"\'-x",4\n"\'\tTab",5\n"\'\rCR",6\n"\'=HYPERLINK(""https://example.com"")",7\nMen,-3\n',
    );
    // Read back, every cell keeps its text, behind the apostrophe.
    expect(parseCsv(formulaSafeCsv(csv)).rows.map((r) => r.cells[0])).toEqual([
      "'=1+1",
      "'@SUM(A1)",
      "'+44 20",
      "'-x",
      "'\tTab",
      "'\rCR",
      '\'=HYPERLINK("https://example.com")',
      'Men',
    ]);
  });

  it('leaves every one of the site’s own downloads byte for byte as written', () => {
    const dir = path.join(root, 'content/data');
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
      const csv = fs.readFileSync(path.join(dir, name), 'utf8');
      expect(formulaSafeCsv(csv), name).toBe(csv);
    }
  });
});

describe('dataset limit fixtures through the shared validator (npm run check and the build)', () => {
  const file = (name: string, rest: string) => `tests/fixtures/${name}/content/${rest}`;
  const csv = (name: string) => file(name, 'data/releases.csv');

  it.each([
    ['data-duplicate-column', `${csv('data-duplicate-column')}:1:3  column "People" is also column 2: give each column its own heading`],
    ['data-semicolons', `${csv('data-semicolons')}:1  this file uses semicolons between values; save it as comma-separated CSV`],
    [
      'data-too-many-rows',
      `${csv('data-too-many-rows')}:62:1  too many rows: a chart shows at most 60 rows and this file has 61; split the data, or add tableOnly: true to releases.yml to publish it as a table and CSV without a chart`,
    ],
    [
      'data-long-label',
      `${csv('data-long-label')}:3:1  this label is 123 characters long; a label has at most 120, to fit beside a bar and in a table on a phone: shorten it, and put the detail in the description or notes`,
    ],
    [
      'data-too-many-columns',
      `${csv('data-too-many-columns')}:1:14  too many columns: a dataset has at most 12 columns of numbers and this one has 13; split it into several datasets`,
    ],
    [
      'data-too-many-series',
      `${csv('data-too-many-series')}:1:6  a chart shows at most 4 value columns, one colour each, and this file has 5: choose up to 4 for its page under chart: columns in releases.yml, or add tableOnly: true`,
    ],
    [
      'data-table-only-too-many-rows',
      `${csv('data-table-only-too-many-rows')}:2002:1  too many rows: a dataset published as a table has at most 2,000 rows, to keep its page small, and this one has 2,001; split it into several datasets`,
    ],
    [
      'data-table-only-chart',
      `${file('data-table-only-chart', 'briefings/chart.mdx')}:17  Chart dataset="releases": releases is published as a table only (tableOnly: true), so it has no chart: link to its page, /data/releases/, instead`,
    ],
  ])('%s: one error, located', (name, expected) => {
    const report = formatProblems(validateContent(path.join(root, 'tests/fixtures', name, 'content'), root).problems);
    expect(report).toContain(expected);
    expect(report).toContain('1 error, 0 warnings');
  });

  it('data-table-only: a table-only dataset of more rows than a chart shows passes, and draws no chart', () => {
    expect(validateContent(path.join(root, 'tests/fixtures/data-table-only/content'), root)).toEqual({ problems: [], charts: [] });
  });
});
