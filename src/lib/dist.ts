import fs from 'node:fs';
import path from 'node:path';
import { readPageLinks, urlPathOf, type PageLinks } from './links';

/** Every file under a built site, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** The pages and other files of a built site, keyed by URL path, ready for `findBrokenLinks`. */
export function readSite(dir: string): { pages: Map<string, PageLinks>; files: Set<string> } {
  const pages = new Map<string, PageLinks>();
  const files = new Set<string>();
  for (const file of listFiles(dir)) {
    const urlPath = urlPathOf(file);
    if (file.endsWith('.html')) pages.set(urlPath, readPageLinks(fs.readFileSync(path.join(dir, file), 'utf8')));
    else files.add(urlPath);
  }
  return { pages, files };
}
