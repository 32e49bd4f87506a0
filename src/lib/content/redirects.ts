import fs from 'node:fs';
import { entryFiles } from './files';
import { splitFrontmatter } from './frontmatter';
import { urls } from '../urls';
import { parseYaml } from './yaml';

/**
 * Old address → current address, from the `redirectFrom` of every entry that is published at `now`.
 * Read straight from the files because Astro needs redirects in its config, before content is loaded;
 * the validator has already rejected bad or clashing paths.
 */
export function readRedirects(contentDir: string, now: Date): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { collection, slug, file } of entryFiles(contentDir)) {
    const source = fs.readFileSync(file, 'utf8');
    // Few entries have moved, so only files that name redirectFrom are parsed.
    if (!source.includes('redirectFrom')) continue;
    const { frontmatter } = splitFrontmatter(source);
    const data = (frontmatter && parseYaml(frontmatter).data) as { redirectFrom?: unknown; draft?: unknown; published?: unknown } | undefined;
    if (!data || !Array.isArray(data.redirectFrom) || data.draft === true) continue;
    if (new Date(`${String(data.published)}T00:00:00Z`).getTime() > now.getTime()) continue;
    for (const old of data.redirectFrom) if (typeof old === 'string') map[old] = urls.entry(collection, slug);
  }
  return map;
}

/** A `_redirects` file (Netlify, Cloudflare Pages and others read it): permanent redirects, one per line. */
export function redirectsFile(map: Record<string, string>): string {
  return Object.entries(map)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, to]) => `${from} ${to} 301\n`)
    .join('');
}
