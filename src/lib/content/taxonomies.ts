import { taxonomyFiles, type Taxonomies, type TaxonomyName } from '../../schemas/taxonomies';
import { loadList } from './lists';
import type { Problem } from '../check/problems';

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
    const list = loadList(contentDir, root, file, schema, 'id', 'src/schemas/taxonomies.ts');
    taxonomies[name] = list.items;
    problems.push(...list.problems);
  }
  return { taxonomies: taxonomies as unknown as Taxonomies, problems };
}

/** Name of a controlled-list item, for display. */
export function termName(list: { id: string; name: string }[], id: string): string {
  return list.find((item) => item.id === id)?.name ?? id;
}
