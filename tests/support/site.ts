import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { entryFiles } from '../../src/lib/content/files';
import type { CollectionName } from '../../src/lib/content/types';
import { parseYaml } from '../../src/lib/content/yaml';

/** Reads a built page as a DOM document. `urlPath` like "/briefings/x/". */
export function page(siteDir: string, urlPath: string): Document {
  const file = path.join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  return parseHTML(fs.readFileSync(file, 'utf8')).document as unknown as Document;
}

export interface SourceEntry {
  collection: CollectionName;
  slug: string;
  data: Record<string, unknown>;
}

/** The entries as staff wrote them, straight from the content folder (independent of the build). */
export function sourceEntries(contentDir: string): SourceEntry[] {
  return entryFiles(contentDir).map(({ collection, slug, file }) => ({
    collection,
    slug,
    data: parseYaml(splitFrontmatter(fs.readFileSync(file, 'utf8')).frontmatter ?? '').data as Record<string, unknown>,
  }));
}

/** An entry's body as staff wrote it (the text after its frontmatter). */
export function entryBody(contentDir: string, entry: { collection: string; slug: string }): string {
  const dir = path.join(contentDir, entry.collection);
  const file = fs.readdirSync(dir).find((f) => f === `${entry.slug}.mdx` || f === `${entry.slug}.md`)!;
  return splitFrontmatter(fs.readFileSync(path.join(dir, file), 'utf8')).body;
}
