import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readSite } from '../lib/dist';
import type { LinkRequest, LinkResult } from '../lib/link-worker';
import { findBrokenLinks, type PageLinks } from '../lib/links';
import { onRenderedPage } from './rendered-pages';

/**
 * Sends each page to the link worker as it is rendered. `finish` returns what the worker read, by URL path.
 * The worker does not keep the process alive: a build that fails before its end just exits.
 */
function readRenderedPages(): { finish(): Promise<Map<string, PageLinks>> } {
  const worker = new Worker(path.resolve('src/lib/link-worker.ts'));
  worker.unref();
  const failed = new Promise<never>((_, reject) => worker.once('error', reject));
  // Until asked for, a failure waits to be reported by finish.
  failed.catch(() => {});
  const stop = onRenderedPage((urlPath, html) => worker.postMessage({ urlPath, html } satisfies LinkRequest));
  return {
    async finish() {
      stop();
      worker.ref();
      const answer = new Promise<LinkResult>((resolve) => worker.once('message', resolve));
      worker.postMessage({ done: true } satisfies LinkRequest);
      try {
        return new Map(await Promise.race([answer, failed]));
      } finally {
        await worker.terminate();
      }
    },
  };
}

/**
 * Fails the build when any page links to a page, file or anchor that was not built. Pages are read in a worker
 * while the site renders, so after the last page only the check itself is left (at 5,000 entries, reading the
 * pages then took about 2.5 s of the main thread while Pagefind wrote the index).
 */
export function linkCheck(origin: string): AstroIntegration {
  let rendered: ReturnType<typeof readRenderedPages> | undefined;
  return {
    name: 'joined-up:link-check',
    hooks: {
      'astro:build:start': () => {
        rendered = readRenderedPages();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const read = await rendered?.finish();
        const { pages, files } = readSite(fileURLToPath(dir), read);
        const broken = findBrokenLinks(pages, files, origin);
        if (broken.length === 0) {
          logger.info(`${pages.size} pages, no broken internal links, checked in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        const list = broken.map((b) => `  ${b.page}  links to ${b.href}: ${b.reason}`).join('\n');
        throw new AstroError(`${broken.length} broken internal link${broken.length === 1 ? '' : 's'}:\n${list}`, 'Fix the link in the entry that renders each page listed.');
      },
    },
  };
}
