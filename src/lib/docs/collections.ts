import { z } from 'astro/zod';
import { collectionSchemas } from '../../schemas';
import { chartOptionsSchema, datasetSchema } from '../../schemas/dataset';
import type { Taxonomies } from '../../schemas/taxonomies';
import type { CollectionName } from '../content/types';
import { fieldDocs, type FieldDoc, type JsonSchema } from './fields';

const docsOf = (schema: z.ZodType, taxonomies: Taxonomies) =>
  fieldDocs(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, taxonomies);

/** The field docs of each collection, from the same schemas the build uses. */
export function collectionFieldDocs(taxonomies: Taxonomies): Record<CollectionName, FieldDoc[]> {
  const schemas = collectionSchemas({
    taxonomies,
    image: () => z.string().meta({ image: true }).describe('Image file, relative to the entry, e.g. ./images/panel.jpg.'),
  });
  const docs = {} as Record<CollectionName, FieldDoc[]>;
  for (const [name, schema] of Object.entries(schemas) as [CollectionName, z.ZodType][]) {
    docs[name] = docsOf(schema, taxonomies);
  }
  return docs;
}

/** The field docs of a dataset's metadata file, `content/data/<id>.yml`. */
export const datasetFieldDocs = (taxonomies: Taxonomies): FieldDoc[] => docsOf(datasetSchema, taxonomies);

/** The field docs of `<Chart>`'s attributes, which a dataset's `chart` also takes. */
export const chartFieldDocs = (taxonomies: Taxonomies): FieldDoc[] => docsOf(chartOptionsSchema, taxonomies);
