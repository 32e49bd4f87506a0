import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Where Astro keeps the server code that renders the pages, as `getPrerenderOutputDirectory` (astro/dist/prerender)
 * places it for a static build: inside outDir, or in .astro/ when outDir is outside the project.
 */
export function prerenderDir(outDir: string, cwd: string): string {
  return outDir.startsWith(cwd) ? path.join(outDir, '.prerender') : path.join(cwd, '.astro', '.prerender');
}

/**
 * Deletes Astro's page-rendering code at the end of the build instead of just after the last page. That folder
 * holds two files per MDX entry (10,000 at 5,000 entries), and Astro deleted it just as Pagefind began creating
 * its 5,000 index files. On ext4 without a journal, a new file does not reuse an inode freed in the last minute
 * but checks each one: at 5,000 entries the index write took 9.5–10.1 s, against 7.1–7.2 s with the folder
 * deleted afterwards (which takes about 1 s). Listed last, so its build:done runs once the index is written.
 */
export function lateCleanup(cacheDir: string): AstroIntegration {
  const parked = path.join(cacheDir, 'prerender-done');
  return {
    name: 'joined-up:late-cleanup',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const prerender = prerenderDir(fileURLToPath(dir), process.cwd());
        // Left over from a build that stopped part-way.
        fs.rmSync(parked, { recursive: true, force: true });
        // Astro's own delete then finds nothing; a rename across file systems fails, and Astro deletes it as before.
        if (fs.existsSync(prerender)) {
          try {
            fs.renameSync(prerender, parked);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
          }
        }
      },
      'astro:build:done': ({ logger }) => {
        if (!fs.existsSync(parked)) return;
        const started = performance.now();
        fs.rmSync(parked, { recursive: true, force: true });
        logger.info(`deleted the page-rendering code in ${Math.round(performance.now() - started)} ms, once the search index was written`);
      },
    },
  };
}
