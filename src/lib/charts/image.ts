import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { chartSize, renditions, type ChartSpec, type Rendition } from './config';
import type { DrawRequest, DrawResult } from './worker';
import { urls } from '../urls';

/**
 * The static image of a chart in one of its drawings, drawn by Chart.js itself on a Node canvas. Images are cached
 * under `cacheDir` by the spec's content hash, so a chart whose data and options have not changed is not drawn again.
 */
export function chartPng(spec: ChartSpec, cacheDir: string, rendition: Rendition = 'wide'): Promise<Buffer> {
  const file = path.join(cacheDir, urls.chartImage(spec.key, rendition));
  // Being drawn: a feed and the image's own route may ask for the same chart at once, and the build starts
  // drawing every chart before it renders pages (prepareCharts).
  let png = painter.drawing.get(file);
  if (png) return png;
  if (fs.existsSync(file)) return fs.promises.readFile(file);
  png = draw(spec, rendition, file).finally(() => painter.drawing.delete(file));
  painter.drawing.set(file, png);
  return png;
}

/**
 * Starts drawing charts that are not cached yet, while Astro syncs and bundles the site: pages that need an image
 * then wait less or not at all. A chart that fails here fails again, and is reported, where a page asks for it.
 */
export function prepareCharts(specs: ChartSpec[], cacheDir: string): void {
  for (const spec of specs) for (const rendition of imageRenditions) chartPng(spec, cacheDir, rendition).catch(() => {});
}

/** Every drawing of each chart, wide first. */
export const imageRenditions = Object.keys(renditions) as Rendition[];

async function draw(spec: ChartSpec, rendition: Rendition, file: string): Promise<Buffer> {
  // A view of the bytes the worker sent, not a copy of them.
  const drawn = await painter.draw(spec, rendition);
  const png = Buffer.from(drawn.buffer, drawn.byteOffset, drawn.byteLength);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  // Written under another name and then renamed, so a reader never sees half an image.
  const partial = `${file}.${process.pid}.partial`;
  await fs.promises.writeFile(partial, png);
  await fs.promises.rename(partial, file);
  return png;
}

/**
 * The one drawing thread, started on the first chart. It holds the process open only while it has charts to
 * draw. The path is from the project root because the build runs this module from a bundle elsewhere.
 */
function startPainter() {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  const start = () => {
    const started = new Worker(path.resolve('src/lib/charts/worker.ts'));
    started.on('message', (result: DrawResult) => {
      const job = waiting.get(result.id)!;
      waiting.delete(result.id);
      if (waiting.size === 0) started.unref();
      if ('error' in result) job.reject(new Error(`Could not draw a chart image: ${result.error}`));
      else job.resolve(result.png);
    });
    let failure = 'it stopped';
    started.on('error', (error) => (failure = error.stack ?? error.message));
    started.on('exit', () => {
      for (const job of waiting.values()) job.reject(new Error(`The chart drawing thread failed: ${failure}`));
      waiting.clear();
      worker = undefined;
    });
    return started;
  };
  return {
    drawing: new Map<string, Promise<Buffer>>(),
    draw(spec: ChartSpec, rendition: Rendition): Promise<Uint8Array> {
      worker ??= start();
      worker.ref();
      const id = next++;
      return new Promise<Uint8Array>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker!.postMessage({ id, spec, rendition } satisfies DrawRequest);
      });
    },
  };
}

// One painter per process: the integrations (loaded with the config) and the pages (loaded from the bundle)
// each have their own copy of this module, and must share the drawings in progress.
const key = Symbol.for('joined-up.chart-painter');
const painter = ((globalThis as { [key]?: ReturnType<typeof startPainter> })[key] ??= startPainter());

/** Pixel size of the static image in one of its drawings. */
export const imageSize = (spec: ChartSpec, rendition: Rendition = 'wide') => {
  const { width, height } = chartSize(spec, rendition);
  const { scale } = renditions[rendition];
  return { width: Math.floor(width * scale), height: Math.floor(height * scale) };
};

/** A chart as a page's Open Graph image. */
export interface PageImage {
  src: string;
  alt: string;
  width: number;
  height: number;
}

export const chartImageMeta = (spec: ChartSpec): PageImage => ({ src: urls.chartImage(spec.key), alt: spec.alt, ...imageSize(spec) });
