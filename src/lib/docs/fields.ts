import type { Taxonomies, TaxonomyName } from '../../schemas/taxonomies';
import { taxonomyFiles } from '../../schemas/taxonomies';

/** The parts of a JSON Schema (as `z.toJSONSchema` writes it) that the field docs read. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  default?: unknown;
  pattern?: string;
  maxLength?: number;
  taxonomy?: TaxonomyName;
  /** Set on an entry's image file field, which the editor offers as a picker. */
  image?: boolean;
}

/** One field as a publisher needs to know it. `path` is dotted, with `[]` for list items: `sources[].title`. */
export interface FieldDoc {
  path: string;
  key: string;
  depth: number;
  required: boolean;
  kind: 'text' | 'image' | 'date' | 'boolean' | 'choice' | 'id' | 'list' | 'object' | 'object-list';
  description: string;
  /** Allowed values for choices and ids. */
  allowed?: string[];
  /** Where ids come from, e.g. content/topics.yml. */
  listFile?: string;
  /** The form a text must take, as a regular expression, and its longest length. */
  pattern?: string;
  maxLength?: number;
  children: FieldDoc[];
}

function kindOf(s: JsonSchema): FieldDoc['kind'] {
  if (s.type === 'array') return s.items?.type === 'object' ? 'object-list' : 'list';
  if (s.type === 'object') return 'object';
  // A flag that also takes MDX's attribute forms ('', 'true', 'false') is still a flag.
  if (s.type === 'boolean' || s.anyOf?.some((option) => option.type === 'boolean')) return 'boolean';
  if (s.image) return 'image';
  if (s.enum) return 'choice';
  if (s.taxonomy) return 'id';
  if (s.pattern?.startsWith('^\\d{4}-\\d{2}-\\d{2}')) return 'date';
  return 'text';
}

/** Allowed values of a field or of its list items: enum values, or the ids of a controlled list. */
function allowedOf(s: JsonSchema, taxonomies: Taxonomies): Pick<FieldDoc, 'allowed' | 'listFile'> {
  const inner = s.items ?? s;
  const union = inner.anyOf?.find((option) => option.taxonomy);
  const source = union ?? inner;
  if (source.enum) return { allowed: source.enum.map(String) };
  if (source.taxonomy) {
    return { allowed: taxonomies[source.taxonomy].map((t) => t.id), listFile: `content/${taxonomyFiles[source.taxonomy].file}` };
  }
  return {};
}

/** Every field of a collection's JSON Schema, in schema order, nested fields as children. */
export function fieldDocs(schema: JsonSchema, taxonomies: Taxonomies, prefix = '', depth = 0): FieldDoc[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, s]) => {
    const kind = kindOf(s);
    const path = `${prefix}${key}`;
    const itemObject = kind === 'object-list' ? s.items! : kind === 'object' ? s : undefined;
    return {
      path,
      key,
      depth,
      // A field with a default may be left out.
      required: required.has(key) && s.default === undefined,
      kind,
      description: s.description ?? '',
      ...allowedOf(s, taxonomies),
      ...(s.pattern && { pattern: s.pattern }),
      ...(s.maxLength && { maxLength: s.maxLength }),
      children: itemObject ? fieldDocs(itemObject, taxonomies, `${path}${kind === 'object-list' ? '[]' : ''}.`, depth + 1) : [],
    };
  });
}
