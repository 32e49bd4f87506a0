import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
// A static import: the config's module runner is closed by the time build hooks run.
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/dist';

/**
 * Writes the Pagefind search index into `<outDir>/pagefind/` at the end of the build, over the parts of
 * pages marked `data-pagefind-body` (entry content, not navigation or related lists).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'joined-up:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new AstroError(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new AstroError(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const outputPath = path.join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new AstroError(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // Our search page uses Pagefind's JS API with its own interface, so Pagefind's ready-made UI bundles
          // (about 450 kB) would only be dead weight in the published site.
          for (const f of listFiles(outputPath).filter((f) => /-ui\.(js|css)$|^pagefind-highlight\.js$/.test(f))) fs.rmSync(path.join(outputPath, f));
          // added.page_count counts every HTML file read; the entry file says how many had content to index.
          const indexed = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')).languages.en?.page_count ?? 0;
          const bytes = listFiles(outputPath).reduce((sum, f) => sum + fs.statSync(path.join(outputPath, f)).size, 0);
          logger.info(`indexed ${indexed} of ${added.page_count} pages, ${Math.round(bytes / 1024)} kB, in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
