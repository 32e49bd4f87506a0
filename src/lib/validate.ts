import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { collectionSchemas } from '../schemas';
import { idPattern } from '../schemas/taxonomies';
import { checkCharts, findCharts } from './chart-usage';
import { collectionNames, type CollectionName } from './content-types';
import { loadDatasets, type Dataset } from './datasets';
import { splitFrontmatter } from './frontmatter';
import { error, fieldPath, type Problem } from './problems';
import { loadTaxonomies } from './taxonomies';
import { parseYaml } from './yaml';

const entryExtensions = ['.md', '.mdx'];

/** Outside Astro an image is a path; whether the file exists is checked against the entry's folder. */
const imagePath = () => z.string().min(1, 'give the image file, e.g. ./images/photo.jpg');

type Schemas = ReturnType<typeof collectionSchemas>;
type Datasets = { datasets: Dataset[]; broken: Set<string> };

/**
 * Validates every entry and controlled list under `contentDir` with the same schemas the build uses.
 * Returns all problems at once (empty when the content is good).
 */
export function validateContent(contentDir: string, root = process.cwd()): Problem[] {
  const { taxonomies, problems } = loadTaxonomies(contentDir, root);
  const datasets = loadDatasets(contentDir, root);
  problems.push(...datasets.problems);
  const schemas = collectionSchemas({ taxonomies, image: imagePath });
  for (const collection of collectionNames) {
    const dir = path.join(contentDir, collection);
    if (!fs.existsSync(dir)) continue;
    const files = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && entryExtensions.includes(path.extname(d.name)))
      .map((d) => path.join(d.parentPath, d.name))
      .sort();
    const bySlug = new Map<string, string[]>();
    for (const file of files) {
      const shown = path.relative(root, file);
      const slug = path.basename(file, path.extname(file));
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), shown]);
      if (path.dirname(file) !== dir) {
        problems.push(error(shown, `entries must sit directly in content/${collection}/, not in a sub-folder`));
      }
      problems.push(...checkSlug(shown, slug), ...validateEntry(schemas, datasets, collection, file, shown));
    }
    for (const [slug, shownFiles] of bySlug) {
      if (shownFiles.length < 2) continue;
      for (const shown of shownFiles) {
        problems.push(error(shown, `duplicate slug "${slug}": ${shownFiles.join(' and ')} would have the same address; rename one`));
      }
    }
  }
  return problems;
}

function checkSlug(shown: string, slug: string): Problem[] {
  if (!idPattern.test(slug)) {
    return [error(shown, `file name "${slug}" is not a valid slug: use lower-case letters, digits and hyphens, e.g. "southend-complex-needs-panel"`)];
  }
  if (/^\d+$/.test(slug)) return [error(shown, `file name "${slug}" is only digits, which clashes with listing page numbers; add a word`)];
  return [];
}

function validateEntry(schemas: Schemas, datasets: Datasets, collection: CollectionName, file: string, shown: string): Problem[] {
  const source = fs.readFileSync(file, 'utf8');
  const { frontmatter, body, bodyLine } = splitFrontmatter(source);
  if (frontmatter === null) {
    return [error(shown, 'no frontmatter: the file must start with a line `---`, the fields, then another `---`', { line: 1 })];
  }
  const yaml = parseYaml(frontmatter, 2);
  const problems = yaml.errors.map((e) => error(shown, `YAML syntax: ${e.message}`, { line: e.line }));
  if (yaml.errors.length) return problems;

  const schema = schemas[collection];
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(describeIssue(issue, data, schema, shown, yaml.lineOf));
    }
  } else if (result.data.image) {
    const image = path.resolve(path.dirname(file), String(result.data.image.src));
    if (!fs.existsSync(image)) {
      problems.push(error(shown, `image file not found: ${path.relative(path.dirname(file), image)}`, { line: yaml.lineOf(['image', 'src']), field: 'image.src' }));
    }
  }
  const charts = checkCharts(shown, findCharts(body, bodyLine), datasets.datasets, datasets.broken);
  return [...problems, ...checkBody(body, bodyLine, shown), ...charts];
}

/** Turns a schema issue into a message that says what to do, at the line of the field. */
function describeIssue(
  issue: z.core.$ZodIssue,
  data: Record<string, unknown>,
  schema: Schemas[CollectionName],
  shown: string,
  lineOf: (p: readonly PropertyKey[]) => number,
): Problem {
  if (issue.code === 'unrecognized_keys') {
    const at = [...issue.path, issue.keys[0]];
    const allowed = issue.path.length === 0 ? ` Allowed fields: ${Object.keys(schema.shape).join(', ')}.` : '';
    return error(shown, `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling.${allowed}`, {
      line: lineOf(at),
      field: fieldPath(issue.path) || undefined,
    });
  }
  const field = fieldPath(issue.path);
  const value = issue.path.reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<PropertyKey, unknown>)[key]), data);
  let message = issue.message;
  if (value === undefined && issue.code === 'invalid_type') {
    const about = describeField(schema, issue.path);
    message = `missing required field "${String(issue.path.at(-1))}"${about ? `: ${about}` : ''}`;
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    message = `"${String(value)}" is not allowed. Use one of: ${issue.values.map(String).join(', ')}`;
  }
  return error(shown, message, { line: lineOf(issue.path), field });
}

/** The `.describe()` text of the field at `path`, looking through arrays, optionals and defaults. */
function describeField(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    while (node && !('shape' in node) && !('element' in node) && 'unwrap' in node) node = (node as unknown as { unwrap: () => z.ZodType }).unwrap();
    if (node && typeof key === 'number' && 'element' in node) node = node.element as z.ZodType;
    else if (node && 'shape' in node) node = (node.shape as Record<PropertyKey, z.ZodType>)[key];
    else return undefined;
  }
  return node?.description;
}

/** Images in the body need alt text too: Markdown `![alt](src)` and HTML `<img alt>`. */
function checkBody(body: string, firstLine: number, shown: string): Problem[] {
  const problems: Problem[] = [];
  body.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    if (/!\[\s*\]\(/.test(text)) {
      problems.push(error(shown, 'image without alt text: write what it shows between the brackets, ![like this](image.jpg)', { line }));
    }
    for (const tag of text.match(/<img\b[^>]*>/gi) ?? []) {
      if (!/\balt\s*=\s*["'{][^"'}]*\S/.test(tag)) {
        problems.push(error(shown, 'image without alt text: add alt="what the image shows"', { line }));
      }
    }
  });
  return problems;
}
