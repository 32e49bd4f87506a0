/**
 * The page stream from rendering to the search index. Astro renders a page; the stream puts it back in the order
 * Astro started it, and a worker thread (worker.ts) hands it to Pagefind. Pages go as they render, so indexing
 * runs beside rendering, and in a fixed order, so the index is the same from one build to the next
 * (docs/decisions/search-index-during-rendering.md, docs/decisions/search-index-order.md).
 *
 *   const stream = await openPageStream(indexOptions);  // before the first page
 *   setPrerenderer((astro) => stream.through(astro));   // each entry Astro renders goes to the index
 *   const { indexed, written } = stream.write(dir);     // after the last page
 *   await stream.close();                               // once written, or on a failure
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer } from 'astro';
import { searchedPart } from './searched-part';
import type { SearchReply, SearchRequest } from './worker';

/** A rendered page as the index is sent it: its address, and its HTML from `searchedPart` (searched-part.ts). */
export interface IndexedPage {
  url: string;
  html: string;
}

/** Pagefind's options for the index (`pagefind.createIndex`). */
export type IndexOptions = { forceLanguage: string; excludeSelectors: string[] };

export interface PageStream {
  /** Astro's prerenderer, sending each HTML page it renders with a searchable part to the index. */
  through(astro: AstroPrerenderer): AstroPrerenderer;
  /** How many HTML pages have rendered so far. */
  readonly htmlPages: number;
  /**
   * Called once every page has rendered. `indexed` gives the pages Pagefind could not read; `written` the
   * errors of the write, which starts once every page is read and goes on while later build hooks run.
   */
  write(outputPath: string): { indexed: Promise<string[]>; written: Promise<string[]> };
  /** Ends the worker thread, which would otherwise hold the process open after a failure. */
  close(): Promise<void>;
}

/**
 * Starts Pagefind in a worker thread and opens the stream to it; rejects with Pagefind's reasons if it cannot
 * start.
 */
export async function openPageStream(options: IndexOptions): Promise<PageStream> {
  // From the project root: the build runs this module from a bundle elsewhere.
  const worker = new Worker(path.resolve('src/integrations/search-index/worker.ts'), { workerData: options });
  const waiting = new Map<keyof SearchReply, (errors: string[]) => void>();
  let failure = 'it stopped';
  worker.on('message', (reply: Partial<SearchReply>) => {
    for (const [kind, errors] of Object.entries(reply) as [keyof SearchReply, string[]][]) {
      waiting.get(kind)?.(errors);
      waiting.delete(kind);
    }
  });
  worker.on('error', (error) => (failure = error.stack ?? error.message));
  worker.on('exit', () => {
    for (const answer of waiting.values()) answer([`the search index thread failed: ${failure}`]);
    waiting.clear();
  });
  const next = (kind: keyof SearchReply) => new Promise<string[]>((resolve) => waiting.set(kind, resolve));
  const send = (request: SearchRequest) => worker.postMessage(request);
  const close = async () => void (await worker.terminate());

  const startErrors = await next('started');
  if (startErrors.length) {
    await close();
    throw new Error(startErrors.join('; '));
  }
  const pages = inStartOrder((add: IndexedPage) => send({ add }));
  let htmlPages = 0;
  return {
    through: (astro) => ({
      ...astro,
      name: 'joined-up:search-index',
      async render(request, options) {
        const turn = pages.start();
        let page: IndexedPage | undefined;
        try {
          const rendered = await astro.render(request, options);
          const response = rendered instanceof Response ? rendered : rendered.response;
          if (response.headers.get('content-type')?.startsWith('text/html')) {
            htmlPages++;
            const html = searchedPart(await response.clone().text());
            if (html) page = { url: new URL(request.url).pathname, html };
          }
          return rendered;
        } finally {
          pages.finish(turn, page);
        }
      },
    }),
    get htmlPages() {
      return htmlPages;
    },
    write(outputPath) {
      const indexed = next('indexed');
      const written = next('written');
      send({ write: { outputPath } });
      return { indexed, written };
    },
    close,
  };
}

/**
 * Puts rendered pages back in the order Astro started them. Astro renders several pages at once, so they finish in
 * an order that changes from build to build, and Pagefind numbers pages in the order it is sent them: that number
 * is in its index files and breaks ties between equally relevant results. Each page takes a turn when it starts
 * and is passed on once every page started before it has finished, so only the pages rendering at the same time
 * wait, and indexing still runs beside rendering.
 */
export function inStartOrder<T>(deliver: (page: T) => void) {
  const finished = new Map<number, T | undefined>();
  let started = 0;
  let delivered = 0;
  return {
    /** Called as a page starts rendering; its turn is given to `finish`. */
    start: (): number => started++,
    /** Called once the page has rendered, with what to deliver of it (nothing for a page not indexed or failed). */
    finish(turn: number, page?: T): void {
      finished.set(turn, page);
      while (finished.has(delivered)) {
        const next = finished.get(delivered);
        finished.delete(delivered++);
        if (next !== undefined) deliver(next);
      }
    },
  };
}
