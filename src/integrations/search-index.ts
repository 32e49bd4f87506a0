import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
// A static import: the config's module runner is closed by the time build hooks run.
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/dist';
import { setSearchPages } from './search-pages';

type Outcome = { errors: string[] };

// The entry's sidebar (source, citation, sharing), which Pagefind ignores and which ends the indexed article.
const entryAside = '<div class="entry-aside" data-pagefind-ignore>';

/**
 * What Pagefind is sent of a page: for an entry, from the marked element to the sidebar, about two-thirds of
 * the page, which makes a byte-identical index (tests/build/search.test.ts); nothing for other pages. Pagefind
 * reads nothing before the marked element, but needs <html>. The last sidebar marker is the real one: anything
 * an author writes comes before it, and text after it is escaped.
 */
export function searchedPart(html: string): string | undefined {
  const body = html.indexOf(' data-pagefind-body');
  if (body < 0) return undefined;
  const from = html.lastIndexOf('<', body);
  const aside = html.lastIndexOf(entryAside);
  return `<html><body>${html.slice(from, aside > from ? aside : html.length)}`;
}

/** A Pagefind call whose failure is kept as an error to report, not thrown while nobody awaits it. */
const settle = (call: Promise<Outcome>): Promise<Outcome> => call.catch((error: unknown) => ({ errors: [String(error)] }));

/**
 * Writes the Pagefind search index into `<outDir>/pagefind/`, over the parts of pages marked `data-pagefind-body`
 * (entry content, not navigation or related lists).
 *
 * Pages reach Pagefind from the middleware as they are rendered, so indexing runs in Pagefind's own process on
 * the second core while Astro renders. Writing starts once every page is built and goes on while later
 * build:done hooks (the link check) run; this integration's own build:done waits for it. At 5,000 entries this
 * took the index off the critical path: reading the finished site back cost about 5 s and writing 10 s more.
 */
export function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  let added: Promise<Outcome>[] = [];
  let htmlPages = 0;
  let outputPath = '';
  let writing: Promise<Outcome> | undefined;
  let writeStarted = 0;
  let generatedAt = 0;
  return {
    name: 'joined-up:search-index',
    hooks: {
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!created.index) throw new AstroError(`Pagefind could not start: ${created.errors.join('; ')}`);
        const started = created.index;
        index = started;
        setSearchPages({
          add(url, html) {
            htmlPages++;
            // Only entries carry data-pagefind-body; Pagefind would skip the other pages anyway.
            const content = searchedPart(html);
            if (content) added.push(settle(started.addHTMLFile({ url, content })));
          },
        });
      },
      'astro:build:generated': async ({ dir }) => {
        generatedAt = performance.now();
        setSearchPages(undefined);
        if (!index) return;
        const errors = (await Promise.all(added)).flatMap((a) => a.errors);
        added = [];
        if (errors.length) throw new AstroError(`Pagefind could not index ${errors.length} page(s):\n${errors.join('\n')}`);
        outputPath = path.join(fileURLToPath(dir), 'pagefind');
        writeStarted = performance.now();
        writing = settle(index.writeFiles({ outputPath }));
      },
      'astro:build:done': async ({ logger }) => {
        try {
          if (!writing) throw new AstroError('The search index was not written: the build ended before its pages were generated.');
          const written = await writing;
          const writeMs = performance.now() - writeStarted;
          if (written.errors.length) throw new AstroError(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // Our search page uses Pagefind's JS API with its own interface, so Pagefind's ready-made UI bundles
          // (about 450 kB) would only be dead weight in the published site.
          const unused = (f: string) => /-ui\.(js|css)$|^pagefind-highlight\.js$/.test(f);
          const files = listFiles(outputPath);
          for (const f of files.filter(unused)) fs.rmSync(path.join(outputPath, f));
          const indexed = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')).languages.en?.page_count ?? 0;
          const bytes = files.filter((f) => !unused(f)).reduce((sum, f) => sum + fs.statSync(path.join(outputPath, f)).size, 0);
          // Writing overlaps the sitemap and the link check; this hook is the last, so the build ends here.
          const finishMs = performance.now() - generatedAt;
          logger.info(`indexed ${indexed} of ${htmlPages} pages, ${Math.round(bytes / 1024)} kB, written in ${Math.round(writeMs)} ms; the build finished ${Math.round(finishMs)} ms after its last page`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
