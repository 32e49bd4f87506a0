import { z } from 'astro/zod';
import { webAddress } from './url';
import { text } from './fields';
import { partialDate } from './source';

export const chartTypes = ['bar', 'grouped-bar', 'stacked-bar', 'line', 'comparison'] as const;
export const numberFormats = ['number', 'percent', 'decimal'] as const;

/**
 * How a chart is drawn: the attributes of `<Chart>` in an entry, and a dataset's default chart.
 * Attributes are plain strings in MDX, so `columns` is a comma-separated list and `horizontal` a bare flag.
 */
export const chartOptionsSchema = z.strictObject({
  type: z.enum(chartTypes).default('bar').describe('bar, grouped-bar, stacked-bar, line, or comparison (two values side by side).'),
  horizontal: z
    .union([z.boolean(), z.literal(''), z.literal('true'), z.literal('false')])
    .transform((v) => v === true || v === '' || v === 'true')
    .default(false)
    .describe('Bars run left to right: best for long labels.'),
  columns: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((c) => c.trim()).filter(Boolean))
    .optional()
    .describe('Which value columns to plot, comma-separated; all of them when left out.'),
  title: text().optional().describe('Title shown above the chart; the dataset title when left out.'),
  caption: text().optional().describe('One or two sentences under the title; the dataset description when left out.'),
  format: z
    .enum(numberFormats)
    .optional()
    .describe('How values are written: number (1,209), percent (51%) or decimal (1.4). Follows the units when left out.'),
  highlight: text().optional().describe('A label to pick out in a contrasting colour, e.g. "Women".'),
});

export type ChartOptions = z.output<typeof chartOptionsSchema>;

/** The `content/data/<id>.yml` file that describes `content/data/<id>.csv`. */
export const datasetSchema = z.strictObject({
  title: text().describe('What the figures show, as a chart title, e.g. "How organisations adapted".'),
  description: text().describe('One or two sentences: who was counted, when and how. Shown as the chart caption.'),
  source: z
    .strictObject({
      title: text().describe('Title of the publication the figures come from.'),
      publisher: text().describe('Organisation that published it.'),
      date: partialDate,
      url: webAddress().optional().describe('Where to read it, if it is online.'),
    })
    .describe('Where the figures come from.'),
  units: text().describe('What the numbers count: "percent" (of what, in the description), "people", "months"...'),
  licence: text().describe('Terms the data may be reused on, e.g. "Open Government Licence v3.0", or "Figures quoted from the source".'),
  notes: text().optional().describe('Anything a reader needs to read the figures right: rounding, survey size, gaps.'),
  columns: z
    .array(
      z.strictObject({
        name: text().describe('The column heading exactly as in the first line of the CSV.'),
        meaning: text().describe('What the column holds, in plain words.'),
      }),
    )
    .min(2, 'describe at least two columns: the labels, then one or more columns of numbers')
    .describe('Every CSV column, in order: the first is the label column, the rest hold numbers.'),
  chart: chartOptionsSchema.partial().optional().describe('The chart shown on the dataset’s own page: the same options as <Chart>.'),
  tableOnly: z
    .boolean()
    .optional()
    .describe(
      'true publishes the figures as a table and CSV with no chart, for data beyond what a chart can show (more than 60 rows); entries link to its page instead of using <Chart>.',
    ),
});

export type DatasetMeta = z.output<typeof datasetSchema>;
