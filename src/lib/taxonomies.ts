import fs from 'node:fs';
import path from 'node:path';
import { taxonomyFiles, type Taxonomies, type TaxonomyName } from '../schemas/taxonomies';
import { error, fieldPath, type Problem } from './problems';
import { parseYaml } from './yaml';

export interface LoadedTaxonomies {
  /** The valid items of each list (invalid ones are reported, not used). */
  taxonomies: Taxonomies;
  problems: Problem[];
}

/** Reads and validates every controlled list under `contentDir`, reporting all problems at once. */
export function loadTaxonomies(contentDir: string, root = process.cwd()): LoadedTaxonomies {
  const problems: Problem[] = [];
  const taxonomies = {} as Record<TaxonomyName, unknown[]>;
  for (const [name, { file, schema }] of Object.entries(taxonomyFiles) as [TaxonomyName, (typeof taxonomyFiles)[TaxonomyName]][]) {
    const filePath = path.join(contentDir, file);
    const shown = path.relative(root, filePath);
    taxonomies[name] = [];
    if (!fs.existsSync(filePath)) {
      problems.push(error(shown, `missing: create ${file} with a list of items (see src/schemas/taxonomies.ts)`));
      continue;
    }
    const parsed = parseYaml(fs.readFileSync(filePath, 'utf8'));
    for (const e of parsed.errors) problems.push(error(shown, `YAML syntax: ${e.message}`, { line: e.line }));
    if (parsed.errors.length) continue;
    if (!Array.isArray(parsed.data)) {
      problems.push(error(shown, 'must be a list of items, each starting with "- id:"', { line: 1 }));
      continue;
    }
    const seen = new Set<string>();
    parsed.data.forEach((item, index) => {
      const result = schema.safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const at = [index, ...issue.path];
          problems.push(error(shown, issue.message, { line: parsed.lineOf(at), field: fieldPath(at) }));
        }
        return;
      }
      if (seen.has(result.data.id)) {
        problems.push(error(shown, `duplicate id "${result.data.id}": each id must appear once`, { line: parsed.lineOf([index, 'id']), field: fieldPath([index, 'id']) }));
        return;
      }
      seen.add(result.data.id);
      taxonomies[name].push(result.data);
    });
  }
  return { taxonomies: taxonomies as unknown as Taxonomies, problems };
}

/** Name of a controlled-list item, for display. */
export function termName(list: { id: string; name: string }[], id: string): string {
  return list.find((item) => item.id === id)?.name ?? id;
}
