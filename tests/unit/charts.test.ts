import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartConfig, chartSize, formatValue, highlightNote, renditions, themes, wrapLabel } from '../../src/lib/charts/config';
import { chartPng, imageSize, prepareCharts } from '../../src/lib/charts/image';
import { checkCharts, findCharts } from '../../src/lib/charts/usage';
import { resolveChart } from '../../src/lib/charts/resolve';
import { parseCsv, parseNumber } from '../../src/lib/datasets/csv';
import { checkDataset, loadDatasets, type Dataset } from '../../src/lib/datasets/load';
import { formatProblems } from '../../src/lib/check/problems';
import { validateContent } from '../../src/lib/check/validate';
import { urls } from '../../src/lib/urls';
import { tempDir } from '../support/temp';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name, 'content');
const shown = { csv: 'content/data/releases.csv', yml: 'content/data/releases.yml' };
const yml = fs.readFileSync(path.join(fixture('chart-xss'), 'data/releases.yml'), 'utf8');

/** A dataset from CSV text, its columns described from the header. */
function dataset(csv: string): Dataset {
  const columns = csv
    .split('\n')[0]
    .split(',')
    .map((name) => `  - name: "${name}"\n    meaning: "${name}."`);
  const result = checkDataset('releases', { csv, yml: yml.replace(/^columns:[\s\S]*/m, `columns:\n${columns.join('\n')}\n`) }, shown);
  if (!result.dataset) throw new Error(formatProblems(result.problems));
  return result.dataset;
}
const releases = dataset('Group,People\nMen,840\nWomen,89\nYoung adults aged 18 to 24,85\n');
const spec = (attributes: Record<string, unknown>, d = releases) => {
  const result = resolveChart(d, attributes);
  if ('problems' in result) throw new Error(result.problems.join('\n'));
  return result.spec;
};

describe('CSV parsing', () => {
  it('keeps each row’s file line, skipping blank lines, and unquotes fields', () => {
    expect(parseCsv('A,B\nx,1\n\n"y, z",2\n')).toEqual({
      header: ['A', 'B'],
      rows: [
        { cells: ['x', '1'], line: 2 },
        { cells: ['y, z', '2'], line: 4 },
      ],
    });
  });

  it('reports a syntax error with its line', () => {
    expect(parseCsv('A,B\nx,"1\n').error).toMatchObject({ line: 2, message: expect.stringContaining('quote') });
  });

  it('reads numbers as people write them, and nothing else', () => {
    expect(['1,209', '51%', '1.4', '-3', '15000'].map(parseNumber)).toEqual([1209, 51, 1.4, -3, 15000]);
    expect(['n/a', '', '1.2.3', '12abc'].map(parseNumber)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('checkDataset', () => {
  const problems = (csv: string | undefined, text = yml) => checkDataset('releases', { csv, yml: text }, shown).problems;
  const located = (csv: string) => problems(csv).map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);

  it('reads a good dataset', () => {
    expect(releases.rows).toEqual([
      { label: 'Men', values: [840] },
      { label: 'Women', values: [89] },
      { label: 'Young adults aged 18 to 24', values: [85] },
    ]);
    expect(releases.meta.units).toBe('people');
  });

  it('reports a missing CSV or description file', () => {
    expect(problems(undefined)[0]).toMatchObject({ file: shown.csv, message: expect.stringContaining('missing file') });
    expect(checkDataset('releases', { csv: 'Group,People\nMen,1\n' }, shown).problems[0]).toMatchObject({
      file: shown.yml,
      message: expect.stringContaining('missing file'),
    });
  });

  it('reports every bad cell at once, each at file:line:column', () => {
    expect(located('Group,People,Extra\nMen,n/a,1\n,89,2\nWomen,,3\nMen,4\n')).toEqual([
      'content/data/releases.csv:1:3 unknown column "Extra": describe it under columns in content/data/releases.yml, or fix the heading',
      'content/data/releases.csv:2:2 "n/a" is not a number in numeric column "People"; write a number such as 51 or 1,209',
      // Numbers in undescribed columns are still checked, so nothing is silently dropped.
      'content/data/releases.csv:3:1 empty label in column "Group": every row needs a name',
      'content/data/releases.csv:4:2 an empty cell in numeric column "People"; write a number such as 51 or 1,209',
      'content/data/releases.csv:5:3 this row has 2 cells but there are 3 columns; check for a missing or extra comma (quote values that contain commas)',
    ]);
  });

  it('reports a described column missing from the CSV at its line in the description', () => {
    const [p] = problems('Group\nMen\n').filter((x) => x.file === shown.yml);
    expect(p).toMatchObject({
      line: 12,
      field: 'columns[1].name',
      message: expect.stringContaining('column "People" is described but not in'),
    });
  });

  it('reports a missing description field at its line', () => {
    expect(problems('Group,People\nMen,1\n', yml.replace(/^units:.*\n/m, ''))).toEqual([
      expect.objectContaining({ file: shown.yml, field: 'units', message: 'missing required field "units"' }),
    ]);
  });
});

describe('resolveChart', () => {
  it('takes the dataset’s title, description and units, and formats by units', () => {
    const s = spec({ type: 'bar' });
    expect(s).toMatchObject({
      title: 'Releases by group',
      caption: 'People released, by group.',
      units: 'people',
      format: 'number',
      horizontal: false,
      labels: ['Men', 'Women', 'Young adults aged 18 to 24'],
    });
    expect(s.series).toEqual([{ name: 'People', values: [840, 89, 85] }]);
  });

  it('applies title, caption, format, highlight, horizontal and columns', () => {
    const two = dataset('Group,2019,2020\nMen,1,2\nWomen,3,4\n');
    const s = spec(
      { type: 'grouped-bar', horizontal: true, columns: '2020, 2019', title: 'T', caption: 'C', format: 'decimal', highlight: 'Women' },
      two,
    );
    expect(s).toMatchObject({ type: 'grouped-bar', horizontal: true, title: 'T', caption: 'C', format: 'decimal', highlight: 1 });
    expect(s.series.map((x) => x.name)).toEqual(['2020', '2019']);
  });

  it('names the image by content: same chart, same key; any change, a new key', () => {
    expect(spec({ type: 'bar' }).key).toBe(spec({}).key);
    expect(spec({ type: 'bar', horizontal: true }).key).not.toBe(spec({}).key);
    expect(spec({}).key).not.toBe(spec({}, dataset('Group,People\nMen,841\nWomen,89\nYoung adults aged 18 to 24,85\n')).key);
  });

  it('says what is wrong with the attributes', () => {
    const problems = (attributes: Record<string, unknown>) => (resolveChart(releases, attributes) as { problems: string[] }).problems;
    expect(problems({ type: 'pie' })).toEqual(['type="pie" is not allowed. Use one of: bar, grouped-bar, stacked-bar, line, comparison']);
    expect(problems({ columns: 'Persons' })).toEqual(['unknown column "Persons" in columns. releases has: People']);
    expect(problems({ highlight: 'Girls' })[0]).toContain('highlight="Girls" is not a label in releases');
    expect(problems({ type: 'comparison' })[0]).toContain('type="comparison" needs exactly two values');
    expect(problems({ type: 'stacked-bar' })[0]).toContain('needs at least two value columns');
    expect(problems({ colour: 'red' })[0]).toContain('unknown attribute colour');
  });

  it('writes alt text from the data', () => {
    expect(spec({ highlight: 'Women' }).alt).toBe(
      'Bar chart: Releases by group (people). Men: 840; Women (highlighted): 89; Young adults aged 18 to 24: 85. Source: A publisher, A source document.',
    );
  });
});

describe('chart drawing settings', () => {
  it('formats values in UK style', () => {
    expect([formatValue(15000, 'number'), formatValue(51, 'percent'), formatValue(1.4, 'decimal'), formatValue(6, 'decimal')]).toEqual([
      '15,000',
      '51%',
      '1.4',
      '6.0',
    ]);
  });

  it('wraps long labels of bars laid across into lines, keeping words whole', () => {
    expect(wrapLabel('Men')).toBe('Men');
    expect(wrapLabel('Are using reserves to get through the pandemic')).toEqual(['Are using reserves to', 'get through the pandemic']);
    expect(wrapLabel('Are using reserves to get through the pandemic', 12)).toEqual([
      'Are using',
      'reserves to',
      'get through',
      'the pandemic',
    ]);
  });

  it('colours the highlighted bar in a contrasting hue, in light and dark', () => {
    for (const theme of [themes.light, themes.dark]) {
      const config = chartConfig(spec({ highlight: 'Women' }), theme);
      expect(config.data.datasets[0].backgroundColor).toEqual([theme.series[0], theme.highlight, theme.series[0]]);
    }
  });

  it('titles the tooltip with the label as written, not the axis’s wrapped lines', () => {
    const config = chartConfig(spec({ horizontal: true }), themes.light, { labelChars: 12 });
    expect(config.data.labels![2]).toEqual(['Young adults', 'aged 18 to', '24']);
    const title = config.options!.plugins!.tooltip!.callbacks!.title as unknown as (items: { dataIndex: number }[]) => string;
    expect(title([{ dataIndex: 2 }])).toBe('Young adults aged 18 to 24');
    expect(title([])).toBe('');
  });

  it('names the highlighted bar in words, only where the colour marks it', () => {
    expect(highlightNote(spec({ highlight: 'Women' }))).toBe('The highlighted bar, in orange, is “Women”.');
    expect(highlightNote(spec({}))).toBeUndefined();
    // Several series or a line: no bar is coloured, so the table and alt text mark it instead.
    const two = dataset('Group,A,B\nMen,1,2\nWomen,3,4\n');
    expect(highlightNote(spec({ type: 'grouped-bar', highlight: 'Women' }, two))).toBeUndefined();
    expect(highlightNote(spec({ type: 'line', highlight: 'Women' }))).toBeUndefined();
  });

  it('draws for a phone with bars across, larger type on every axis, value and legend, and labels wrapped shorter', () => {
    const { textSize, width } = renditions.narrow;
    const narrow = chartConfig(spec({}), themes.light, { rendition: 'narrow' });
    expect(narrow.options?.indexAxis).toBe('y');
    expect(narrow.data.labels![2]).toEqual(['Young adults', 'aged 18 to 24']);
    type Sized = { ticks: { font?: { size: number } } };
    const scales = narrow.options!.scales as { x: Sized; y: Sized };
    expect([scales.x.ticks.font?.size, scales.y.ticks.font?.size]).toEqual([textSize, textSize]);
    expect(narrow.options!.plugins!.legend!.labels!.font).toEqual({ size: textSize });
    // The wide drawing keeps Chart.js's own sizes, and its bars where the chart asks.
    const wide = chartConfig(spec({}), themes.light);
    expect([wide.options?.indexAxis, (wide.options!.scales as { x: Sized }).x.ticks.font]).toEqual(['x', undefined]);
    // A line runs along the bottom on a phone too.
    expect(chartConfig(spec({ type: 'line' }), themes.light, { rendition: 'narrow' }).options?.indexAxis).toBe('x');
    expect(chartSize(spec({}), 'narrow').width).toBe(width);
  });

  it('gives every label of bars laid across the same room, enough for the label with the most lines', () => {
    const short = dataset('Group,People\nMen,1\nWomen,2\n');
    const long = dataset('Group,People\nMen,1\nWomen who had been released from prison in the last year,2\n');
    for (const rendition of ['wide', 'narrow'] as const) {
      const lines = [wrapLabel('Women who had been released from prison in the last year', renditions[rendition].labelChars)].flat().length;
      const extra =
        chartSize(spec({ horizontal: true }, long), rendition).height - chartSize(spec({ horizontal: true }, short), rendition).height;
      // Two labels, each grown by the long label's extra lines.
      expect(extra, rendition).toBeGreaterThanOrEqual(2 * (lines - 2) * (renditions[rendition].textSize ?? 14));
    }
  });

  it('lays bars across for horizontal and comparison charts and stacks stacked bars', () => {
    expect(chartConfig(spec({ horizontal: true }), themes.light).options?.indexAxis).toBe('y');
    const stacked = chartConfig(spec({ type: 'stacked-bar' }, dataset('Group,A,B\nx,1,2\n')), themes.light);
    expect((stacked.options?.scales?.y as { stacked: boolean }).stacked).toBe(true);
  });
});

describe('<Chart> in entries', () => {
  it('finds charts with their attributes and lines, but not in fenced code', () => {
    const body = [
      'Text',
      '',
      '<Chart dataset="a" type="bar" horizontal />',
      '',
      '```mdx',
      '<Chart dataset="example" />',
      '```',
      '',
      '<Chart',
      '  dataset="b"',
      '  columns="x, y"',
      '/>',
    ].join('\n');
    expect(findCharts(body, 10)).toEqual([
      { attributes: { dataset: 'a', type: 'bar', horizontal: true }, line: 12 },
      { attributes: { dataset: 'b', columns: 'x, y' }, line: 18 },
    ]);
  });

  it('reports an unknown dataset as entry file: Chart dataset="x", and skips datasets with their own problems', () => {
    const problems = checkCharts(
      'content/briefings/x.mdx',
      findCharts('<Chart dataset="nope" />\n<Chart dataset="broken" />'),
      [releases],
      new Set(['broken']),
    ).problems;
    expect(formatProblems(problems)).toContain(
      'content/briefings/x.mdx:1  Chart dataset="nope": unknown dataset "nope": there is no content/data/nope.csv and nope.yml. Datasets: releases',
    );
    expect(problems).toHaveLength(1);
  });

  it('reports a bad attribute, a repeated dataset and a chart without a dataset', () => {
    const problems = checkCharts(
      'x.mdx',
      findCharts('<Chart dataset="releases" columns="Persons" />\n<Chart dataset="releases" aria-label="x" />\n<Chart type="bar" />'),
      [releases],
      new Set(),
    ).problems;
    expect(problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '1 unknown column "Persons" in columns. releases has: People',
      '2 this dataset is already charted on line 1: each dataset once per entry, so its link (#chart-releases) is unique',
      '2 unknown attribute aria-label. Use: type, horizontal, columns, title, caption, format, highlight',
      '3 Chart without a dataset: add dataset="<id>", the name of a file in content/data/',
    ]);
  });
});

describe('dataset fixtures through the shared validator (npm run check and the build)', () => {
  const check = (name: string) => formatProblems(validateContent(fixture(name), root).problems);
  const dir = (name: string) => `tests/fixtures/${name}/content`;

  it.each([
    [
      'data-missing-file',
      `${dir('data-missing-file')}/data/releases.csv  missing file: ${dir('data-missing-file')}/data/releases.yml describes a dataset but there is no releases.csv beside it`,
    ],
    ['data-unknown-column', `${dir('data-unknown-column')}/data/releases.csv:1:3  unknown column "Extra"`],
    ['data-non-numeric', `${dir('data-non-numeric')}/data/releases.csv:3:2  "n/a" is not a number in numeric column "People"`],
    ['data-empty-label', `${dir('data-empty-label')}/data/releases.csv:3:1  empty label in column "Group"`],
    [
      'chart-unknown-dataset',
      `${dir('chart-unknown-dataset')}/briefings/chart.mdx:17  Chart dataset="no-such-data": unknown dataset "no-such-data"`,
    ],
  ])('%s: one error, located', (name, expected) => {
    const report = check(name);
    expect(report).toContain(expected);
    expect(report).toContain('1 error, 0 warnings');
  });

  it('reports problems from every dataset and entry together', () => {
    const content = tempDir('data');
    fs.cpSync(fixture('data-non-numeric'), content, { recursive: true });
    fs.cpSync(path.join(fixture('data-empty-label'), 'data/releases.csv'), path.join(content, 'data/other.csv'));
    fs.cpSync(path.join(fixture('data-empty-label'), 'data/releases.yml'), path.join(content, 'data/other.yml'));
    fs.cpSync(path.join(fixture('chart-unknown-dataset'), 'briefings/chart.mdx'), path.join(content, 'briefings/unknown.mdx'));
    const problems = validateContent(content, content).problems;
    expect(problems.map((p) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`).sort()).toEqual([
      'briefings/unknown.mdx:17',
      'data/other.csv:3:1',
      'data/releases.csv:3:2',
    ]);
  });

  it('accepts the site’s own datasets', () => {
    const { datasets, problems } = loadDatasets(path.join(root, 'content'), root);
    expect(problems).toEqual([]);
    expect(datasets.length).toBe(fs.readdirSync(path.join(root, 'content/data')).filter((f) => f.endsWith('.csv')).length);
  });
});

describe('static chart images', () => {
  it('draws a PNG once and then serves it from the cache by content hash', async () => {
    const cache = tempDir('charts');
    const s = spec({ highlight: 'Women' });
    // Asked twice at once, as a feed and the image route may: drawn once, the same image for both.
    const [png, again] = await Promise.all([chartPng(s, cache), chartPng(s, cache)]);
    expect(again).toBe(png);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([imageSize(s).width, imageSize(s).height]);
    // A cached image is returned as it is, not drawn again.
    fs.writeFileSync(path.join(cache, 'charts', `${s.key}.png`), 'cached');
    expect((await chartPng(s, cache)).toString()).toBe('cached');
  });

  it('starts drawing before a page asks, and gives the page that drawing, written whole', async () => {
    const cache = tempDir('charts');
    const s = spec({ highlight: 'Men' });
    prepareCharts([s], cache);
    // Drawn in another thread: the page asking now waits for that drawing instead of starting its own.
    const asked = chartPng(s, cache);
    expect(chartPng(s, cache)).toBe(asked);
    const png = await asked;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Both drawings, the phone's as well.
    const narrow = await chartPng(s, cache, 'narrow');
    expect(fs.readdirSync(path.join(cache, 'charts')).sort()).toEqual([`${s.key}-narrow.png`, `${s.key}.png`]);
    expect(fs.readFileSync(path.join(cache, 'charts', `${s.key}.png`))).toEqual(png);
    expect(fs.readFileSync(path.join(cache, 'charts', `${s.key}-narrow.png`))).toEqual(narrow);
  });

  it('draws a narrower, taller image for phones, named after the wide one', async () => {
    const cache = tempDir('charts');
    const s = spec({});
    const png = await chartPng(s, cache, 'narrow');
    const size = imageSize(s, 'narrow');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size.width, size.height]);
    expect(size.width).toBe(renditions.narrow.width * renditions.narrow.scale);
    // Narrower than the wide image, and taller for its width.
    expect(size.width).toBeLessThan(imageSize(s).width);
    expect(size.height / size.width).toBeGreaterThan(imageSize(s).height / imageSize(s).width);
    expect(urls.chartImage(s.key, 'narrow')).toBe(`/charts/${s.key}-narrow.png`);
    expect(fs.existsSync(path.join(cache, urls.chartImage(s.key, 'narrow')))).toBe(true);
  });

  it('draws every chart type', async () => {
    const cache = tempDir('charts');
    const two = dataset('Group,2019,2020\nMen,1,2\nWomen,3,4\n');
    for (const type of ['bar', 'grouped-bar', 'stacked-bar', 'line'] as const) {
      expect((await chartPng(spec({ type }, two), cache)).subarray(1, 4).toString(), type).toBe('PNG');
    }
    expect((await chartPng(spec({ type: 'comparison', columns: '2020' }, two), cache)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('uses chart colours that stand out from the background (3:1) in light and dark, and text at 4.5:1', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const theme of [themes.light, themes.dark]) {
      for (const colour of [...theme.series, theme.highlight]) expect(contrast(colour, theme.background), colour).toBeGreaterThanOrEqual(3);
      expect(contrast(theme.text, theme.background)).toBeGreaterThanOrEqual(4.5);
      expect(theme.highlight).not.toBe(theme.series[0]);
    }
  });
});
