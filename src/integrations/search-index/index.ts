import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { listFiles } from '../../lib/check/dist';
import { searchLanguage } from '../../lib/search/facets';
import { openPageStream, type IndexOptions, type PageStream } from './stream';

/**
 * How Pagefind indexes, for the build and its tests. Markdown's footnote markers are left out: the numbers in the
 * text and the "↩" links back showed in result excerpts ("↩ ↩2 ↩3"), and made "↩" a word on every page with
 * footnotes. The footnotes themselves stay searchable. Our own furniture is marked in its markup instead.
 */
export const indexOptions: IndexOptions = {
  forceLanguage: searchLanguage,
  excludeSelectors: ['[data-footnote-ref]', '[data-footnote-backref]'],
};

/**
 * Writes the Pagefind search index into `<outDir>/pagefind/`, over the parts of pages marked `data-pagefind-body`
 * (entry content, not navigation or related lists).
 *
 * Pages reach Pagefind as they are rendered, through the page stream (stream.ts), which wraps Astro's prerenderer.
 * Writing starts once every page is built and goes on while later build:done hooks (the link check) run; this
 * integration's own build:done waits for it. So the index stays off the critical path.
 */
export function searchIndex(): AstroIntegration {
  let stream: PageStream | undefined;
  let outputPath = '';
  let writing: Promise<string[]> | undefined;
  let writeStarted = 0;
  let generatedAt = 0;
  const stop = async (message: string): Promise<never> => {
    await stream?.close();
    throw new AstroError(message);
  };
  return {
    name: 'joined-up:search-index',
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        try {
          stream = await openPageStream(indexOptions);
        } catch (error) {
          throw new AstroError(`Pagefind could not start: ${(error as Error).message}`);
        }
        const opened = stream;
        setPrerenderer((astro) => opened.through(astro));
      },
      'astro:build:generated': async ({ dir }) => {
        generatedAt = performance.now();
        if (!stream) return;
        outputPath = path.join(fileURLToPath(dir), 'pagefind');
        const { indexed, written } = stream.write(outputPath);
        writing = written;
        const errors = await indexed;
        if (errors.length) await stop(`Pagefind could not index ${errors.length} page(s):\n${errors.join('\n')}`);
        writeStarted = performance.now();
      },
      'astro:build:done': async ({ logger }) => {
        try {
          if (!writing) throw new AstroError('The search index was not written: the build ended before its pages were generated.');
          const errors = await writing;
          const writeMs = performance.now() - writeStarted;
          if (errors.length) throw new AstroError(`Pagefind could not write the index: ${errors.join('; ')}`);
          // Our search page uses Pagefind's JS API with its own interface, so Pagefind's ready-made UI bundles
          // would only be dead weight in the published site.
          const unused = (f: string) => /-ui\.(js|css)$|^pagefind-highlight\.js$/.test(f);
          const files = listFiles(outputPath);
          for (const f of files.filter(unused)) fs.rmSync(path.join(outputPath, f));
          const indexed =
            JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')).languages[searchLanguage]?.page_count ?? 0;
          const bytes = files.filter((f) => !unused(f)).reduce((sum, f) => sum + fs.statSync(path.join(outputPath, f)).size, 0);
          // Writing overlaps the sitemap and the link check, so this is the build's end.
          const finishMs = performance.now() - generatedAt;
          logger.info(
            `indexed ${indexed} of ${stream?.htmlPages ?? 0} pages, ${Math.round(bytes / 1024)} kB, written in ${Math.round(writeMs)} ms; the build finished ${Math.round(finishMs)} ms after its last page`,
          );
        } finally {
          await stream?.close();
        }
      },
    },
  };
}
