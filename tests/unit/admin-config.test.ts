import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { editorConfig, type EditorField } from '../../src/lib/admin/config';
import { loadTaxonomies } from '../../src/lib/content/taxonomies';
import { contentTypes } from '../../src/lib/content/types';
import { collectionFieldDocs, datasetFieldDocs } from '../../src/lib/docs/collections';
import type { JsonSchema } from '../../src/lib/docs/fields';
import { collectionSchemas } from '../../src/schemas';
import { evidenceStrengths } from '../../src/schemas/case-study-facts';
import { datasetSchema } from '../../src/schemas/dataset';
import { taxonomyFiles, type TaxonomyName } from '../../src/schemas/taxonomies';

const root = path.resolve(import.meta.dirname, '../..');
const { taxonomies } = loadTaxonomies(path.join(root, 'content'), root);
const config = editorConfig(collectionFieldDocs(taxonomies), datasetFieldDocs(taxonomies), taxonomies, {
  name: 'Site',
  repository: 'https://github.com/owner/site',
});

/** Every field of a JSON Schema by dotted path, read straight from the schema rather than through the field docs. */
function schemaFields(schema: JsonSchema, prefix = ''): [string, JsonSchema, boolean][] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, s]) => {
    const own: [string, JsonSchema, boolean] = [`${prefix}${key}`, s, (schema.required ?? []).includes(key) && s.default === undefined];
    const inner = s.type === 'array' ? s.items : s;
    return [own, ...(inner?.properties ? schemaFields(inner, `${prefix}${key}.`) : [])];
  });
}

function editorFields(fields: EditorField[], prefix = ''): [string, EditorField][] {
  return fields.flatMap((f) => [
    [`${prefix}${f.name}`, f] as [string, EditorField],
    ...editorFields(f.fields ?? [], `${prefix}${f.name}.`),
  ]);
}

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
const schemas = collectionSchemas({ taxonomies, image: () => z.string() });
const cases = [
  ...contentTypes.map((t) => ({ name: t.collection, schema: jsonSchema(schemas[t.collection]) })),
  { name: 'datasets', schema: jsonSchema(datasetSchema) },
];

/** The controlled list a schema field (or its list items, or one of its alternatives) takes its ids from. */
const taxonomyOf = (s: JsonSchema): TaxonomyName | undefined => {
  const inner = s.items ?? s;
  return inner.taxonomy ?? inner.anyOf?.find((o) => o.taxonomy)?.taxonomy;
};

describe('web editor configuration', () => {
  it.each(cases)('$name: has every schema field with its label, hint, required or optional, and a widget', ({ name, schema }) => {
    const collection = config.collections.find((c) => c.name === name)!;
    const fields = new Map(editorFields(collection.fields));
    for (const [fieldPath, s, required] of schemaFields(schema)) {
      const field = fields.get(fieldPath);
      expect(field, `${name}: ${fieldPath} is missing from the editor`).toBeDefined();
      expect(field!.label, fieldPath).not.toBe('');
      expect(field!.widget, fieldPath).toBeTruthy();
      expect(field!.required, `${fieldPath} required`).toBe(required);
      if (s.description) expect(field!.hint, fieldPath).toBe(s.description);
      // Text with a set form or length is refused in the editor, before the check would refuse it.
      if (s.pattern && field!.widget === 'string') expect(field!.pattern?.[0], fieldPath).toBe(s.pattern);
      if (s.maxLength) expect(field!.maxlength, fieldPath).toBe(s.maxLength);
    }
  });

  it('writes each entry type to its folder as MDX with a body, and asks for changes by pull request', () => {
    for (const type of contentTypes) {
      const collection = config.collections.find((c) => c.name === type.collection)!;
      expect(collection).toMatchObject({ folder: `content/${type.collection}`, extension: 'mdx', format: 'frontmatter', create: true });
      expect(collection.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    }
    expect(config.backend).toEqual({ name: 'github', repo: 'owner/site', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('offers every controlled list as choices that show names and store ids, and uses every list', () => {
    const used = new Set<TaxonomyName>();
    for (const { name, schema } of cases) {
      const fields = new Map(editorFields(config.collections.find((c) => c.name === name)!.fields));
      for (const [fieldPath, s] of schemaFields(schema)) {
        const list = taxonomyOf(s);
        if (!list) continue;
        used.add(list);
        const field = fields.get(fieldPath)!;
        expect(field.widget, fieldPath).toBe('select');
        expect(field.multiple ?? false, fieldPath).toBe(s.type === 'array');
        expect(field.options, fieldPath).toEqual(taxonomies[list].map((t) => ({ label: t.name, value: t.id })));
      }
    }
    expect([...used].sort()).toEqual(Object.keys(taxonomyFiles).sort());
  });

  it('offers the strength of evidence by name, storing its id', () => {
    const caseStudy = config.collections.find((c) => c.name === 'case-studies')!;
    const field = caseStudy.fields.find((f) => f.name === 'evidenceStrength')!;
    expect(field.widget).toBe('select');
    expect(field.options).toEqual(evidenceStrengths.map((s) => ({ label: s.name, value: s.id })));
  });
});
