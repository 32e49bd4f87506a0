import { chartOptionsSchema } from '../../schemas/dataset';
import type { Taxonomies } from '../../schemas/taxonomies';
import type { FieldDoc } from '../docs/fields';
import { editorField, type EditorField } from './config';

/** A `<Chart>`'s attributes as the editor's form holds them: strings, and `horizontal` as a flag. */
export type ChartAttributes = Record<string, string | boolean>;

/** The attributes in the order they are written: the dataset, then the options in the schema's order. */
export const chartAttributeOrder = ['dataset', ...Object.keys(chartOptionsSchema.shape)];

/**
 * A whole-line `<Chart ... />` with double-quoted or bare attributes. Quotes cannot be escaped in an MDX attribute,
 * so the form refuses them in its text fields.
 */
export const chartPattern = /^<Chart((?:\s+[A-Za-z]+(?:="[^"]*")?)*)\s*\/>$/m;

/** `dataset="x" horizontal` → `{ dataset: 'x', horizontal: true }`. Self-contained: it runs in the editor's page. */
export function chartAttributes(source: string): ChartAttributes {
  const attributes: ChartAttributes = {};
  for (const [, name, value] of source.matchAll(/([A-Za-z]+)(?:="([^"]*)")?/g)) attributes[name] = value ?? true;
  return attributes;
}

/** The `<Chart>` line for a form's values, leaving out empty ones. Self-contained: it runs in the editor's page. */
export function chartTag(values: ChartAttributes, order: string[]): string {
  const names = [...order, ...Object.keys(values).filter((name) => !order.includes(name))];
  const parts = names.flatMap((name) => {
    const value = values[name];
    if (value === true) return [name];
    return typeof value === 'string' && value.trim() !== '' ? [`${name}="${value.trim()}"`] : [];
  });
  return `<Chart ${[...parts, '/>'].join(' ')}`;
}

const noQuotes: [string, string] = ['^[^"]*$', 'Leave out double quotes ("): a chart attribute cannot hold them.'];

/** The form for inserting a `<Chart>`: a dataset chosen by its title, then the chart options with their schema hints. */
export function chartFields(
  datasets: readonly { id: string; title: string }[],
  options: FieldDoc[],
  taxonomies: Taxonomies,
): EditorField[] {
  return [
    {
      name: 'dataset',
      label: 'Dataset',
      required: true,
      hint: 'The figures to draw, from content/data/.',
      widget: 'select',
      options: datasets.map((d) => ({ label: d.title, value: d.id })),
    },
    ...options.map((option) => {
      const field = editorField(option, taxonomies);
      return field.widget === 'string' ? { ...field, pattern: noQuotes } : field;
    }),
  ];
}
