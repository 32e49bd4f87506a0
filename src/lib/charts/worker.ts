/**
 * Draws chart images in a worker thread, so the build's main thread goes on rendering pages meanwhile
 * (docs/decisions/chart-worker.md). Node runs this file as TypeScript itself, outside the bundle, so its
 * imports name `.ts` files.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { chartConfig, chartSize, renditions, themes, type ChartSpec, type Rendition } from './config.ts';

/** A request from image.ts, and the answer: the PNG, or why it could not be drawn. */
export interface DrawRequest {
  id: number;
  spec: ChartSpec;
  rendition: Rendition;
}
export type DrawResult = { id: number; png: Uint8Array } | { id: number; error: string };

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * Static images use a font that ships with the project (DejaVu Sans, from npm), not whatever the machine has:
 * every machine draws the same image, and a server without fonts still draws labels.
 */
const imageFont = 'Joined Up Chart Sans';
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) GlobalFonts.registerFromPath(path.join(fontDir, file), imageFont);
// Axis ticks and the legend take Chart.js's default font, not the chart's `font` option.
Chart.defaults.font.family = imageFont;

function draw(spec: ChartSpec, rendition: Rendition): Uint8Array {
  const { width, height } = chartSize(spec, rendition);
  const canvas = createCanvas(width, height);
  const config = chartConfig(spec, themes.light, { font: imageFont, rendition });
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
    ...config,
    options: { ...config.options, devicePixelRatio: renditions[rendition].scale },
  });
  // Encoded on this thread, not Node's shared pool of file threads: the build's file reads would wait behind it.
  const png = canvas.encodeSync('png');
  chart.destroy();
  // The pixels live outside the JavaScript heap, so the garbage collector would not hurry to free them; a
  // 1-pixel canvas lets them go now.
  canvas.width = 1;
  canvas.height = 1;
  return png;
}

parentPort!.on('message', ({ id, spec, rendition }: DrawRequest) => {
  try {
    parentPort!.postMessage({ id, png: draw(spec, rendition) } satisfies DrawResult);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies DrawResult);
  }
});
