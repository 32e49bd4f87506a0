/**
 * Talks to Pagefind in a worker thread, the far end of the page stream (stream.ts). Pagefind's Node API sends each
 * page to its process as base64-encoded JSON, and that encoding would otherwise take the rendering thread's time.
 * Node runs this file as TypeScript itself, outside the bundle, so it imports only types and packages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { IndexedPage, IndexOptions } from './stream';

/** What stream.ts asks, in this order: pages as they render, then the index's write. */
export type SearchRequest = { add: IndexedPage } | { write: { outputPath: string } };
/**
 * The answers, one message each: Pagefind started (or why not); every page added (or which failed), on the write
 * request; the index written (or why not).
 */
export type SearchReply = { started: string[]; indexed: string[]; written: string[] };

type Outcome = { errors: string[] };

/** A Pagefind call whose failure is kept as an error to report, not thrown while nobody awaits it. */
const settle = (call: Promise<Outcome>): Promise<Outcome> => call.catch((error: unknown) => ({ errors: [String(error)] }));

const reply = (message: Partial<SearchReply>) => parentPort!.postMessage(message);
const created = await pagefind.createIndex(workerData as IndexOptions);
const index = created.index;
reply({ started: index ? [] : created.errors });

const added: Promise<Outcome>[] = [];
parentPort!.on('message', async (request: SearchRequest) => {
  if (!index) return;
  if ('add' in request) {
    added.push(settle(index.addHTMLFile({ url: request.add.url, content: request.add.html })));
    return;
  }
  const errors = (await Promise.all(added)).flatMap((a) => a.errors);
  reply({ indexed: errors });
  if (errors.length) return void (await pagefind.close());
  const written = await settle(index.writeFiles({ outputPath: request.write.outputPath }));
  await pagefind.close();
  reply({ written: written.errors });
});
