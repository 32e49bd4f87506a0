import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { error, fieldPath, type Problem } from '../check/problems';
import { parseYaml } from './yaml';

/**
 * Reads one YAML list under content/ (topics.yml, glossary.yml…), validating each item and that `key` is unique.
 * Returns the valid items and every problem, each with its line; `schemaFile` is where writers can see the fields.
 * `lineOf` gives the line of a value in the file: `[0, 'terms', 1]` is the second term of the first item.
 */
export function loadList<S extends z.ZodType<Record<string, unknown>>>(
  contentDir: string,
  root: string,
  file: string,
  schema: S,
  key: string,
  schemaFile: string,
): { items: z.infer<S>[]; problems: Problem[]; lineOf: (at: readonly PropertyKey[]) => number; indexOf: number[] } {
  const filePath = path.join(contentDir, file);
  const shown = path.relative(root, filePath);
  const none = { items: [], lineOf: () => 1, indexOf: [] };
  if (!fs.existsSync(filePath)) return { ...none, problems: [error(shown, `missing: create ${file} with a list of items (see ${schemaFile})`)] };
  const parsed = parseYaml(fs.readFileSync(filePath, 'utf8'));
  if (parsed.errors.length) return { ...none, problems: parsed.errors.map((e) => error(shown, `YAML syntax: ${e.message}`, { line: e.line })) };
  if (!Array.isArray(parsed.data)) return { ...none, problems: [error(shown, `must be a list of items, each starting with "- ${key}:"`, { line: 1 })] };
  const problems: Problem[] = [];
  const items: z.infer<S>[] = [];
  const indexOf: number[] = [];
  const seen = new Set<unknown>();
  parsed.data.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const at = [index, ...issue.path];
        problems.push(error(shown, issue.message, { line: parsed.lineOf(at), field: fieldPath(at) }));
      }
      return;
    }
    const value = result.data[key];
    if (seen.has(value)) {
      problems.push(error(shown, `duplicate ${key} "${String(value)}": each ${key} must appear once`, { line: parsed.lineOf([index, key]), field: fieldPath([index, key]) }));
      return;
    }
    seen.add(value);
    items.push(result.data);
    indexOf.push(index);
  });
  return { items, problems, lineOf: parsed.lineOf, indexOf };
}
