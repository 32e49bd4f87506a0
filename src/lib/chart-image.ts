import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { chartConfig, chartSize, themes, type ChartSpec } from './chart-config';
import { urls } from './urls';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Drawn at 1.7 times the on-page size: sharp on high-density screens and in print, about 1,200 px wide for link previews. */
const scale = 1.7;

// Charts being drawn, by file: a feed and the image's own route may ask for the same chart at once.
const drawing = new Map<string, Promise<Buffer>>();

/**
 * The static image of a chart, drawn by Chart.js itself on a Node canvas. Images are cached under `cacheDir`
 * by the spec's content hash, so a chart whose data and options have not changed is not drawn again.
 */
export function chartPng(spec: ChartSpec, cacheDir: string): Promise<Buffer> {
  const file = path.join(cacheDir, 'charts', `${spec.key}.png`);
  if (fs.existsSync(file)) return fs.promises.readFile(file);
  let png = drawing.get(file);
  if (!png) {
    png = draw(spec, file).finally(() => drawing.delete(file));
    drawing.set(file, png);
  }
  return png;
}

async function draw(spec: ChartSpec, file: string): Promise<Buffer> {
  registerFont();
  const { width, height } = chartSize(spec);
  const canvas = createCanvas(width, height);
  const config = chartConfig(spec, themes.light, { font: imageFont });
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, { ...config, options: { ...config.options, devicePixelRatio: scale } });
  // PNG encoding is most of the cost; encode() does it off the main thread, which meanwhile renders other pages.
  const png = await canvas.encode('png');
  chart.destroy();
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await fs.promises.writeFile(file, png);
  return png;
}

/**
 * Static images use a font that ships with the project (DejaVu Sans, from npm), not whatever the machine has:
 * every machine draws the same image, and a server without fonts still draws labels.
 */
const imageFont = 'Joined Up Chart Sans';
function registerFont() {
  if (GlobalFonts.families.some((f) => f.family === imageFont)) return;
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) GlobalFonts.registerFromPath(path.join(dir, file), imageFont);
  // Axis ticks and the legend take Chart.js's default font, not the chart's `font` option. This module only runs in Node.
  Chart.defaults.font.family = imageFont;
}

/** Pixel size of the static image. */
export const imageSize = (spec: ChartSpec) => {
  const { width, height } = chartSize(spec);
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
