import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { listFiles } from '../lib/check/dist';
import { inStartOrder } from './search-pages';
import type { SearchReply, SearchRequest } from './search-worker';

/**
 * How Pagefind indexes, for the build and its tests. Markdown's footnote markers are left out: the numbers in the
 * text and the "↩" links back showed in result excerpts ("↩ ↩2 ↩3"), and made "↩" a word on every page with
 * footnotes. The footnotes themselves stay searchable. Our own furniture is marked in its markup instead.
 */
export const indexOptions = { forceLanguage: 'en', excludeSelectors: ['[data-footnote-ref]', '[data-footnote-backref]'] };

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

/** The worker that talks to Pagefind, and a way to wait for its next answer of each kind. */
function startSearchWorker() {
  // From the project root: the build runs this module from a bundle elsewhere.
  const worker = new Worker(path.resolve('src/integrations/search-worker.ts'), { workerData: indexOptions });
  const waiting = new Map<string, (errors: string[]) => void>();
  let failure = 'it stopped';
  worker.on('message', (reply: SearchReply) => {
    for (const [kind, errors] of Object.entries(reply)) {
      waiting.get(kind)?.(errors);
      waiting.delete(kind);
    }
  });
  worker.on('error', (error) => (failure = error.stack ?? error.message));
  worker.on('exit', () => {
    for (const answer of waiting.values()) answer([`the search index thread failed: ${failure}`]);
    waiting.clear();
  });
  const next = (kind: 'started' | 'indexed' | 'written') => new Promise<string[]>((resolve) => waiting.set(kind, resolve));
  return { worker, next, send: (request: SearchRequest) => worker.postMessage(request) };
}

/**
 * Writes the Pagefind search index into `<outDir>/pagefind/`, over the parts of pages marked `data-pagefind-body`
 * (entry content, not navigation or related lists).
 *
 * Pages reach Pagefind as they are rendered, through Astro's prerenderer (which this wraps), in the order Astro
 * starts them, so the index is the same from one build to the next (search-pages.ts). They go to it through a
 * worker thread (search-worker.ts), so indexing runs beside Astro's rendering, on the second core. Writing starts
 * once every page is built and goes on while later build:done hooks (the link check) run; this integration's own
 * build:done waits for it. So the index stays off the critical path (docs/decisions/search-index-during-rendering.md).
 */
export function searchIndex(): AstroIntegration {
  let search: ReturnType<typeof startSearchWorker> | undefined;
  let htmlPages = 0;
  let outputPath = '';
  let writing: Promise<string[]> | undefined;
  let writeStarted = 0;
  let generatedAt = 0;
  // A failed build ends its thread too, which would otherwise hold the process open.
  const stop = async (message: string): Promise<never> => {
    await search?.worker.terminate();
    throw new AstroError(message);
  };
  return {
    name: 'joined-up:search-index',
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        const started = startSearchWorker();
        search = started;
        const errors = await started.next('started');
        if (errors.length) await stop(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = inStartOrder((add: { url: string; content: string }) => started.send({ add }));
        setPrerenderer((astro) => ({
          ...astro,
          name: 'joined-up:search-index',
          async render(request, options) {
            const turn = pages.start();
            let page: { url: string; content: string } | undefined;
            try {
              const rendered = await astro.render(request, options);
              const response = rendered instanceof Response ? rendered : rendered.response;
              if (response.headers.get('content-type')?.startsWith('text/html')) {
                htmlPages++;
                // Only entries carry data-pagefind-body; Pagefind would skip the other pages anyway.
                const content = searchedPart(await response.clone().text());
                if (content) page = { url: new URL(request.url).pathname, content };
              }
              return rendered;
            } finally {
              pages.finish(turn, page);
            }
          },
        }));
      },
      'astro:build:generated': async ({ dir }) => {
        generatedAt = performance.now();
        if (!search) return;
        outputPath = path.join(fileURLToPath(dir), 'pagefind');
        const indexed = search.next('indexed');
        writing = search.next('written');
        search.send({ write: { outputPath } });
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
          const indexed = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')).languages.en?.page_count ?? 0;
          const bytes = files.filter((f) => !unused(f)).reduce((sum, f) => sum + fs.statSync(path.join(outputPath, f)).size, 0);
          // Writing overlaps the sitemap and the link check, so this is the build's end.
          const finishMs = performance.now() - generatedAt;
          logger.info(`indexed ${indexed} of ${htmlPages} pages, ${Math.round(bytes / 1024)} kB, written in ${Math.round(writeMs)} ms; the build finished ${Math.round(finishMs)} ms after its last page`);
        } finally {
          await search?.worker.terminate();
        }
      },
    },
  };
}
