/**
 * Reads the links and anchor targets of each page as the build renders it, in a worker thread: the main thread
 * goes on rendering, and when the last page is done only the check itself is left, which then no longer
 * competes with Pagefind writing the index. Node runs this file as TypeScript itself, outside the bundle, so
 * its imports name `.ts` files.
 */
import { parentPort } from 'node:worker_threads';
import { readPageLinks, type PageLinks } from './links.ts';

/** A rendered page to read, or the request for everything read so far. */
export type LinkRequest = { urlPath: string; html: string } | { done: true };
/** The answer to `{ done: true }`: each page read, by URL path. */
export type LinkResult = [urlPath: string, links: PageLinks][];

const read: LinkResult = [];
parentPort!.on('message', (request: LinkRequest) => {
  if ('done' in request) parentPort!.postMessage(read);
  else read.push([request.urlPath, readPageLinks(request.html)]);
});
