import { createHash } from 'node:crypto';
import { chartOptionsSchema } from '../../schemas/dataset';
import { formatValue, themes, type ChartSpec } from './config';
import type { Dataset } from '../datasets/load';
import { urls } from '../urls';

/** Bumped when the drawing code changes, so cached images are drawn again. */
const rendererVersion = 6;

/** One colour per series, each told apart from the others in light and dark: the palette's size is the most a chart shows. */
export const maxSeries = Math.min(themes.light.series.length, themes.dark.series.length);

const typeNames: Record<ChartSpec['type'], string> = {
  bar: 'Bar chart',
  'grouped-bar': 'Grouped bar chart',
  'stacked-bar': 'Stacked bar chart',
  line: 'Line chart',
  comparison: 'Comparison of two values',
};

/**
 * Applies `<Chart>` attributes (over the dataset's own chart defaults) to a dataset.
 * Returns the chart's spec, or what is wrong with the attributes.
 */
export function resolveChart(dataset: Dataset, attributes: Record<string, unknown>): { spec: ChartSpec } | { problems: string[] } {
  const { dataset: _id, ...rest } = attributes;
  if (dataset.meta.tableOnly)
    return {
      problems: [
        `${dataset.id} is published as a table only (tableOnly: true), so it has no chart: link to its page, ${urls.dataset(dataset.id)}, instead`,
      ],
    };
  const parsed = chartOptionsSchema.safeParse({ ...dataset.meta.chart, ...rest });
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => {
        if (i.code === 'unrecognized_keys')
          return `unknown attribute${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}. Use: ${Object.keys(chartOptionsSchema.shape).join(', ')}`;
        const name = String(i.path[0] ?? '');
        return i.code === 'invalid_value' && 'values' in i
          ? `${name}="${String(rest[name])}" is not allowed. Use one of: ${i.values.join(', ')}`
          : `${name}: ${i.message}`;
      }),
    };
  }
  const options = parsed.data;
  const problems: string[] = [];
  const columns = options.columns ?? dataset.valueColumns;
  for (const c of columns) {
    if (!dataset.valueColumns.includes(c))
      problems.push(`unknown column "${c}" in columns. ${dataset.id} has: ${dataset.valueColumns.join(', ')}`);
  }
  const highlight = options.highlight === undefined ? undefined : dataset.rows.findIndex((r) => r.label === options.highlight);
  if (highlight === -1)
    problems.push(
      `highlight="${options.highlight}" is not a label in ${dataset.id}. Its labels are: ${dataset.rows.map((r) => r.label).join(', ')}`,
    );
  if (options.type === 'comparison' && dataset.rows.length * columns.length !== 2) {
    problems.push(
      `type="comparison" needs exactly two values (two rows and one column); ${dataset.id} has ${dataset.rows.length} rows and ${columns.length} column${columns.length === 1 ? '' : 's'}: use bar, or pick one column with columns="..."`,
    );
  }
  if (columns.length > maxSeries)
    problems.push(
      `a chart shows at most ${maxSeries} value columns, one colour each, and this one has ${columns.length}: pick up to ${maxSeries} with columns`,
    );
  if (options.type === 'grouped-bar' || options.type === 'stacked-bar') {
    if (columns.length < 2)
      problems.push(`type="${options.type}" needs at least two value columns; ${dataset.id} has ${columns.join(', ')}: use bar`);
  }
  if (problems.length) return { problems };

  const indexes = columns.map((c) => dataset.valueColumns.indexOf(c));
  const units = dataset.meta.units;
  const body: Omit<ChartSpec, 'key' | 'alt'> = {
    dataset: dataset.id,
    type: options.type,
    horizontal: options.horizontal,
    title: options.title ?? dataset.meta.title,
    caption: options.caption ?? dataset.meta.description,
    units,
    format: options.format ?? formatOf(units),
    ...figures(dataset, indexes),
    ...(highlight !== undefined && { highlight }),
  };
  const spec = { ...body, alt: altText(body, dataset) };
  return { spec: { key: hash({ rendererVersion, spec }), ...spec } };
}

/** How values are written when no format is given: as percentages when the units are. */
const formatOf = (units: string): ChartSpec['format'] => (/^(percent|per cent|%)/i.test(units) ? 'percent' : 'number');

/** The labels, and the figures of the value columns at `indexes`. */
const figures = (dataset: Dataset, indexes: number[]): Pick<ChartSpec, 'labels' | 'series'> => ({
  labels: dataset.rows.map((r) => r.label),
  series: indexes.map((i) => ({ name: dataset.valueColumns[i], values: dataset.rows.map((r) => r.values[i]) })),
});

/** What a table-only dataset's page shows in place of a chart: every column, formatted by its units. */
export const datasetTable = (dataset: Dataset): Pick<ChartSpec, 'title' | 'caption' | 'units' | 'format' | 'labels' | 'series'> => ({
  title: dataset.meta.title,
  caption: dataset.meta.description,
  units: dataset.meta.units,
  format: formatOf(dataset.meta.units),
  ...figures(
    dataset,
    dataset.valueColumns.map((_, i) => i),
  ),
});

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Alt text from the data itself: what kind of chart, every value, and the source. Plain text, escaped where used. */
export function altText(spec: Omit<ChartSpec, 'key' | 'alt'>, dataset: Pick<Dataset, 'meta'>): string {
  const single = spec.series.length === 1;
  const points = spec.labels.map((label, i) => {
    const mark = i === spec.highlight ? ' (highlighted)' : '';
    const values = spec.series.map((s) =>
      single ? formatValue(s.values[i], spec.format) : `${s.name} ${formatValue(s.values[i], spec.format)}`,
    );
    return `${label}${mark}: ${values.join(', ')}`;
  });
  const source = dataset.meta.source;
  return `${typeNames[spec.type]}: ${spec.title} (${spec.units}). ${points.join('; ')}. Source: ${source.publisher}, ${source.title}.`;
}
