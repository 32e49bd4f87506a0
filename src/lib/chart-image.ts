import fs from 'node:fs';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { chartConfig, chartFont, chartSize, themes, type ChartSpec } from './chart-config';
import { urls } from './urls';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Drawn at 1.7 times the on-page size: sharp on high-density screens and in print, about 1,200 px wide for link previews. */
const scale = 1.7;

/**
 * The static image of a chart, drawn by Chart.js itself on a Node canvas. Images are cached under `cacheDir`
 * by the spec's content hash, so a chart whose data and options have not changed is not drawn again.
 */
export function chartPng(spec: ChartSpec, cacheDir: string): Buffer {
  const file = path.join(cacheDir, 'charts', `${spec.key}.png`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  checkFonts();
  const { width, height } = chartSize(spec);
  const canvas = createCanvas(width, height);
  const config = chartConfig(spec, themes.light);
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, { ...config, options: { ...config.options, devicePixelRatio: scale } });
  const png = canvas.toBuffer('image/png');
  chart.destroy();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, png);
  return png;
}

/** Without one of the chart fonts the canvas draws no text at all: fail loudly rather than publish charts without labels. */
function checkFonts() {
  const wanted = chartFont.split(',').map((f) => f.trim().replace(/'/g, ''));
  if (GlobalFonts.families.some((f) => wanted.includes(f.family))) return;
  throw new Error(`No font to draw chart labels with: install one of ${wanted.filter((f) => !/^(system-ui|sans-serif)$/.test(f)).join(', ')} (on Debian: apt-get install fonts-liberation).`);
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
