import fs from 'node:fs';
import path from 'node:path';
import { readBody } from '../content/body';

/**
 * The pages built from files in src/pages that take no parameters (about, search, the publishing guide…),
 * each with the anchor ids the check can see in its source: literal `id="…"` attributes and the headings of a
 * Markdown file it renders. Read from the files, so a new page is known without a list to keep.
 */
export function fixedPages(pagesDir: string): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  if (!fs.existsSync(pagesDir)) return pages;
  for (const entry of fs.readdirSync(pagesDir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(pagesDir, file).split(path.sep).join('/');
    if (!entry.isFile() || relative.includes('[') || !/\.(astro|ts|md|mdx)$/.test(relative)) continue;
    const name = relative.replace(/\.(astro|ts|md|mdx)$/, '');
    // Astro writes the error pages as 404.html and 500.html, shown for missing pages, never linked to.
    if (name === '404' || name === '500') continue;
    // rss.xml.ts is the file /rss.xml; about.astro is the page /about/.
    const address = /\.[a-z]+$/.test(name) ? `/${name}` : `/${name.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
    const source = fs.readFileSync(file, 'utf8');
    const ids = new Set(Array.from(source.matchAll(/\bid="([^"{}]+)"/g), (m) => m[1]));
    for (const [, md] of source.matchAll(/from\s+'([^']+\.md)'/g)) {
      const rendered = path.resolve(path.dirname(file), md);
      if (fs.existsSync(rendered)) for (const id of readBody(fs.readFileSync(rendered, 'utf8'), 'md').scan.headingIds) ids.add(id);
    }
    pages.set(address, ids);
  }
  return pages;
}
