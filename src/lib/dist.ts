import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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

/**
 * The JavaScript a built page can load: its module scripts and everything they import, statically or lazily,
 * with each file's size gzipped. Used by the tests and `npm run bench`.
 */
export function pageScripts(dir: string, html: string): { file: string; gzipped: number; lazy: boolean }[] {
  const found = new Map<string, boolean>();
  const visit = (file: string, lazy: boolean) => {
    if (found.has(file) && (lazy || !found.get(file))) return;
    found.set(file, lazy);
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [, dynamic, spec] of code.matchAll(/\b(?:import|from)\s*(\()?\s*["'`](\.{1,2}\/[^"'`]+\.js|\/[^"'`]+\.js)["'`]/g)) {
      visit(spec.startsWith('/') ? spec.slice(1) : path.join(path.dirname(file), spec), lazy || dynamic === '(');
    }
  };
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+\.js)"/g)) visit(src, false);
  return [...found].map(([file, lazy]) => ({ file, lazy, gzipped: gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length }));
}
