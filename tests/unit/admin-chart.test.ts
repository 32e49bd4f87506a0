import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartAttributeOrder, chartAttributes, chartFields, chartTag } from '../../src/lib/admin/chart';
import { editorScript } from '../../src/lib/admin/script';
import type { EditorField } from '../../src/lib/admin/config';
import { loadTaxonomies } from '../../src/lib/content/taxonomies';
import { loadDatasets } from '../../src/lib/datasets/load';
import { chartFieldDocs } from '../../src/lib/docs/collections';
import { chartOptionsSchema } from '../../src/schemas/dataset';
import { entryFiles } from '../../src/lib/content/files';

const root = path.resolve(import.meta.dirname, '../..');
const contentDir = path.join(root, 'content');
const { taxonomies } = loadTaxonomies(contentDir, root);
const { datasets } = loadDatasets(contentDir, root);
const fields = chartFields(
  datasets.map((d) => ({ id: d.id, title: d.meta.title })),
  chartFieldDocs(taxonomies),
  taxonomies,
);

/** Every `<Chart>` line written in the site's entries. */
const chartLines = entryFiles(contentDir).flatMap(({ file }) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('<Chart')),
);

/** The component the served script registers, caught by a stand-in for the editor's `CMS` object. */
function registered(script: string) {
  let definition: {
    fields: EditorField[];
    pattern: RegExp;
    fromBlock: (match: RegExpMatchArray) => Record<string, unknown>;
    toBlock: (values: Record<string, unknown>) => string;
    toPreview: (values: Record<string, unknown>) => string;
  };
  new Function('window', script)({
    CMS: { registerEditorComponent: (d: typeof definition) => (definition = d), registerEventListener: () => {} },
  });
  return definition!;
}

describe('the editor’s <Chart> form', () => {
  it('reads back every chart in the content exactly as it is written', () => {
    expect(chartLines.length).toBeGreaterThan(0);
    for (const line of chartLines) expect(chartTag(chartAttributes(line.slice('<Chart'.length)), chartAttributeOrder)).toBe(line);
  });

  it('registers a component whose pattern, reading and writing round-trip every chart in the content', () => {
    const component = registered(editorScript({ chartFields: fields, htmlTags: [] }));
    for (const line of chartLines) {
      const match = `Some text.\n\n${line}\n\nMore text.`.match(component.pattern)!;
      expect(match[0]).toBe(line);
      expect(component.toBlock(component.fromBlock(match))).toBe(line);
    }
  });

  it('offers every dataset by title, and every chart option with its schema description', () => {
    const [dataset, ...options] = fields;
    expect(dataset.options).toEqual(expect.arrayContaining(datasets.map((d) => ({ label: d.meta.title, value: d.id }))));
    expect(dataset.required).toBe(true);
    expect(options.map((o) => o.name)).toEqual(Object.keys(chartOptionsSchema.shape));
    for (const option of options)
      expect(option.hint).toBe(chartOptionsSchema.shape[option.name as keyof typeof chartOptionsSchema.shape].description);
    expect(options.find((o) => o.name === 'horizontal')?.widget).toBe('boolean');
  });

  it('refuses a double quote in a text attribute, which MDX cannot hold', () => {
    for (const field of fields.filter((f) => f.widget === 'string')) {
      const [pattern] = field.pattern!;
      expect(new RegExp(pattern).test('Women in "prison"'), field.name).toBe(false);
      expect(new RegExp(pattern).test('Women in prison'), field.name).toBe(true);
    }
  });

  it('writes only the attributes given, the flag bare, and leaves out empty ones', () => {
    expect(
      chartTag(
        { highlight: ' Women ', dataset: 'd', horizontal: true, title: '', format: undefined as unknown as string },
        chartAttributeOrder,
      ),
    ).toBe('<Chart dataset="d" horizontal highlight="Women" />');
    expect(chartTag({ dataset: 'd', horizontal: false }, chartAttributeOrder)).toBe('<Chart dataset="d" />');
  });

  it('previews a dataset title as text, never as markup', () => {
    const hostile = editorScript({
      chartFields: chartFields([{ id: 'x', title: '</p><script>alert(1)</script>' }], chartFieldDocs(taxonomies), taxonomies),
      htmlTags: [],
    });
    expect(registered(hostile).toPreview({ dataset: 'x' })).toBe('<p>Chart: &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
});
