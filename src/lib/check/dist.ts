import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPageLinks, stringPool, urlPathOf, type PageLinks } from './links';

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
  const keep = stringPool();
  for (const file of listFiles(dir)) {
    const urlPath = urlPathOf(file);
    if (file.endsWith('.html')) pages.set(urlPath, readPageLinks(fs.readFileSync(path.join(dir, file), 'utf8'), keep));
    else files.add(urlPath);
  }
  return { pages, files };
}

/** A script a page runs. `inline` scripts are written into the page (Astro inlines small ones), so cost no request. */
export interface PageScript {
  file: string;
  gzipped: number;
  lazy: boolean;
  inline: boolean;
  code: string;
}

const imports = /\b(?:import|from)\s*(\()?\s*["'`](\.{1,2}\/[^"'`]+\.js|\/[^"'`]+\.js)["'`]/g;
const gzipped = (code: string) => gzipSync(code, { level: 9 }).length;

/**
 * The JavaScript a built page can load: its inline and external module scripts and everything they import,
 * statically or lazily, with each one's size gzipped. Used by the tests and `npm run bench`.
 */
export function pageScripts(dir: string, html: string): PageScript[] {
  const found = new Map<string, boolean>();
  const follow = (code: string, from: string, lazy: boolean) => {
    for (const [, dynamic, spec] of code.matchAll(imports)) {
      const file = spec.startsWith('/') ? spec.slice(1) : path.join(path.dirname(from), spec);
      // An inline script may mention a path in a string that is not a module; only real files count.
      if (fs.existsSync(path.join(dir, file))) visit(file, lazy || dynamic === '(');
    }
  };
  const visit = (file: string, lazy: boolean) => {
    if (found.has(file) && (lazy || !found.get(file))) return;
    found.set(file, lazy);
    follow(fs.readFileSync(path.join(dir, file), 'utf8'), file, lazy);
  };
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(([, code], i): PageScript => {
    follow(code, '', false);
    return { file: `inline script ${i + 1}`, gzipped: gzipped(code), lazy: false, inline: true, code };
  });
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+\.js)"/g)) visit(src, false);
  const files = [...found].map(([file, lazy]): PageScript => {
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    return { file, lazy, inline: false, code, gzipped: gzipped(code) };
  });
  return [...inline, ...files];
}
