/**
 * From a chart spec to a Chart.js configuration. Shared by the build (static image, in Node) and the
 * browser (interactive chart), so both look the same. No Node or DOM APIs here.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ChartOptions } from '../../schemas/dataset';

/** Everything needed to draw one chart; sent to the browser as JSON. */
export interface ChartSpec {
  /** Content hash of everything below: names the static image, so an unchanged chart is not drawn again. */
  key: string;
  dataset: string;
  type: ChartOptions['type'];
  horizontal: boolean;
  title: string;
  caption: string;
  units: string;
  format: NonNullable<ChartOptions['format']>;
  labels: string[];
  series: { name: string; values: number[] }[];
  /** Index of the highlighted label, if any. */
  highlight?: number;
  alt: string;
}

export interface ChartTheme {
  background: string;
  text: string;
  grid: string;
  /** One colour per series; each at least 3:1 against the background, from the Okabe–Ito colour-blind-safe set. */
  series: string[];
  /** The highlighted label in a one-series chart: a contrasting hue, not only a shade. */
  highlight: string;
}

export const themes: Record<'light' | 'dark', ChartTheme> = {
  light: {
    background: '#ffffff',
    text: '#1b1b1b',
    grid: '#b1b4b6',
    series: ['#0072B2', '#D55E00', '#009E73', '#A8457E'],
    highlight: '#D55E00',
  },
  dark: {
    background: '#121417',
    text: '#eceff1',
    grid: '#5c636b',
    series: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7'],
    highlight: '#E69F00',
  },
};

/** Fonts for the chart: the site's system fonts, with ones present on Linux build machines. */
export const chartFont = "system-ui, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const decimalFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A value as readers see it everywhere: table, alt text, axis, tooltip. */
export function formatValue(value: number, format: ChartSpec['format']): string {
  if (format === 'percent') return `${numberFormat.format(value)}%`;
  if (format === 'decimal') return decimalFormat.format(value);
  return numberFormat.format(value);
}

/**
 * The static image's two drawings. Wide: for wider screens, print and link previews, at 1.7 times the on-page
 * size (sharp on high-density screens, about 1,200 px wide). Narrow: for phones, drawn at about a phone's width
 * with larger type, bars running across and labels wrapped shorter, at twice the size (sharp on most phones, and
 * half the pixels of three times over a slow connection: docs/decisions/chart-narrow-image.md), so every label
 * reads at 320 px. `textSize` is every word's size in CSS pixels; the wide drawing keeps Chart.js's own.
 */
export const renditions = {
  wide: { width: 700, scale: 1.7, labelChars: 24, textSize: undefined },
  narrow: { width: 340, scale: 2, labelChars: 14, textSize: 16 },
} as const;
export type Rendition = keyof typeof renditions;

/** The screens that get the narrow drawing: phones held upright. */
export const narrowScreens = '(max-width: 480px)';

/** Bars run across when asked, for a comparison, and on a phone (where labels under bars would not fit). */
export const barsAcross = (spec: Pick<ChartSpec, 'type' | 'horizontal'>, rendition: Rendition = 'wide') =>
  spec.horizontal || spec.type === 'comparison' || (rendition === 'narrow' && spec.type !== 'line');

/** Logical size in CSS pixels; bars running across get taller with more labels. */
export function chartSize(
  spec: Pick<ChartSpec, 'type' | 'horizontal' | 'labels' | 'series'>,
  rendition: Rendition = 'wide',
): { width: number; height: number } {
  const { width, labelChars, textSize = 14 } = renditions[rendition];
  const line = Math.round(textSize * 1.3);
  // A legend line holds about two series names across a phone.
  const legend = spec.series.length > 1 ? (rendition === 'wide' ? 40 : 10 + Math.ceil(spec.series.length / 2) * (line + 12)) : 0;
  // Across: every label gets the same room (Chart.js shares the axis out evenly), enough for its bars or the
  // tallest label's wrapped lines, whichever is taller.
  const lines = Math.max(...spec.labels.map((label) => [wrapLabel(label, labelChars)].flat().length));
  const rows = spec.labels.length * (Math.max(spec.series.length * 30, lines * line) + 14);
  const height = barsAcross(spec, rendition) ? Math.max(160, 60 + rows) + legend : 360 + legend;
  return { width, height: Math.round(height) };
}

/** Splits a long label into lines of about `width` characters, so bars keep their room on a phone. */
export function wrapLabel(label: string, width = 24): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const stacked = (spec: ChartSpec) => spec.type === 'stacked-bar';

/** The index of the bar drawn in the highlight colour: only a chart of one series of bars colours it. */
export const highlightedBar = (spec: Pick<ChartSpec, 'type' | 'series' | 'highlight'>) =>
  spec.series.length === 1 && spec.type !== 'line' ? spec.highlight : undefined;

/** Says in words which bar the colour picks out, so the highlight never relies on colour alone. Plain text, escaped where used. */
export function highlightNote(spec: Pick<ChartSpec, 'type' | 'series' | 'highlight' | 'labels'>): string | undefined {
  const index = highlightedBar(spec);
  return index === undefined ? undefined : `The highlighted bar, in orange, is “${spec.labels[index]}”.`;
}

/** Writes each bar's value at its end, so printed and static charts can be read without a tooltip. */
const valueLabels = (spec: ChartSpec, theme: ChartTheme, font: string, size: number): Plugin => ({
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    if (spec.type === 'line' || stacked(spec)) return;
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = theme.text;
    ctx.font = `600 ${size}px ${font}`;
    chart.data.datasets.forEach((_, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      meta.data.forEach((bar, i) => {
        const text = formatValue(spec.series[d].values[i], spec.format);
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        const across = chart.options.indexAxis === 'y';
        ctx.textAlign = across ? 'left' : 'center';
        ctx.textBaseline = across ? 'middle' : 'bottom';
        ctx.fillText(text, across ? x + 6 : x, across ? y : y - 4);
      });
    });
    ctx.restore();
  },
});

/** Paints the background, so the static image reads the same on any page colour and in feeds. */
const background = (theme: ChartTheme): Plugin => ({
  id: 'background',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
});

/**
 * The Chart.js configuration for a spec, in a theme. `animate` is false in Node and under reduced motion;
 * `labelChars` narrows wrapped labels on small screens; `rendition` is the static image's drawing.
 */
export function chartConfig(
  spec: ChartSpec,
  theme: ChartTheme,
  {
    animate = false,
    responsive = false,
    rendition = 'wide' as Rendition,
    labelChars = renditions[rendition].labelChars as number,
    font = chartFont,
  } = {},
): ChartConfiguration<'bar' | 'line'> {
  const across = barsAcross(spec, rendition);
  const { textSize } = renditions[rendition];
  // Ticks and the legend take Chart.js's default size unless the drawing sets one.
  const sized = textSize ? { font: { size: textSize } } : {};
  // On a phone the longest value written beside its bar can be wider than the axis's spare end: room for it, at
  // about 0.6 of the type's size a character.
  const valueRoom = textSize
    ? Math.max(...spec.series.flatMap((s) => s.values.map((v) => formatValue(v, spec.format).length))) * textSize * 0.6
    : 0;
  const single = spec.series.length === 1;
  const colourOf = (s: number) => theme.series[s % theme.series.length];
  const highlight = highlightedBar(spec);
  const barColours = (s: number) =>
    highlight === undefined ? colourOf(s) : spec.labels.map((_, i) => (i === highlight ? theme.highlight : colourOf(s)));
  const valueAxis = {
    beginAtZero: true,
    stacked: stacked(spec),
    grid: { color: theme.grid },
    border: { color: theme.grid },
    // Shares of a whole run to 100%; other axes leave room at the end for the value written beside the longest bar.
    ...(spec.format === 'percent' && !stacked(spec) && Math.max(...spec.series.flatMap((s) => s.values)) <= 100
      ? { max: 100 }
      : { grace: spec.type === 'line' || stacked(spec) ? 0 : '12%' }),
    ticks: {
      color: theme.text,
      // Large type on a phone: fewer values on the axis rather than tilted ones.
      ...(textSize && { ...sized, maxRotation: 0 }),
      callback: (v: string | number) => formatValue(Number(v), spec.format === 'decimal' ? 'number' : spec.format),
    },
  };
  const labelAxis = {
    stacked: stacked(spec),
    grid: { display: false },
    border: { color: theme.grid },
    ticks: { color: theme.text, autoSkip: false, ...sized },
  };
  return {
    type: spec.type === 'line' ? 'line' : 'bar',
    data: {
      labels: across ? spec.labels.map((l) => wrapLabel(l, labelChars)) : spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.name,
        data: s.values,
        backgroundColor: spec.type === 'line' ? colourOf(i) : barColours(i),
        borderColor: spec.type === 'line' ? colourOf(i) : theme.background,
        // A thin gap between stacked or grouped bars, so neighbours never rely on colour alone.
        borderWidth: spec.type === 'line' ? 3 : 1,
        pointRadius: 4,
        pointStyle: (['circle', 'rect', 'triangle', 'rectRot'] as const)[i % 4],
      })),
    },
    options: {
      responsive,
      maintainAspectRatio: false,
      animation: animate ? { duration: 800 } : false,
      indexAxis: across ? 'y' : 'x',
      color: theme.text,
      font: { family: font, size: textSize ?? 14 },
      layout: { padding: { top: 8, right: across ? Math.max(16, valueRoom) : 8, bottom: 4, left: 4 } },
      scales: { x: across ? valueAxis : labelAxis, y: across ? labelAxis : valueAxis },
      plugins: {
        legend: { display: !single, position: 'bottom', labels: { color: theme.text, usePointStyle: spec.type === 'line', ...sized } },
        title: { display: false },
        tooltip: {
          callbacks: {
            // The label as written, not the axis's wrapped lines (which Chart.js would join with commas).
            title: (items) => (items.length ? spec.labels[items[0].dataIndex] : ''),
            label: (item) => `${item.dataset.label}: ${formatValue(Number(item.raw), spec.format)}`,
          },
        },
      },
    },
    plugins: [background(theme), valueLabels(spec, theme, font, textSize ?? 13)],
  };
}
