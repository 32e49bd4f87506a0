/** Chart.js with only the shared parts registered; each chart type's parts load with the first chart that needs them. */
import { CategoryScale, Chart, Legend, LinearScale, Tooltip, type ActiveDataPoint } from 'chart.js';
import { chartConfig, chartSize, themes, type ChartSpec } from '../lib/charts/config';

Chart.register(CategoryScale, LinearScale, Legend, Tooltip);

const parts = { line: () => import('./chart-line'), bar: () => import('./chart-bar') };
const dark = matchMedia('(prefers-color-scheme: dark)');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

export async function drawChart(figure: HTMLElement, spec: ChartSpec) {
  await parts[spec.type === 'line' ? 'line' : 'bar']();
  const frame = figure.querySelector<HTMLElement>('.chart-frame')!;
  const image = frame.querySelector('img')!;
  const box = document.createElement('div');
  box.className = 'chart-canvas';
  box.style.height = `${chartSize(spec).height}px`;
  const canvas = document.createElement('canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', spec.alt);
  // The keyboard hint shows only to keyboard users (a tap focuses the canvas too, but never :focus-visible);
  // screen readers hear it as the chart's description either way.
  const hint = document.createElement('p');
  hint.className = 'chart-hint';
  hint.id = `${figure.id}-hint`;
  hint.hidden = true;
  hint.textContent = 'Use the arrow keys to read each value, and Escape to hide it.';
  canvas.setAttribute('aria-describedby', hint.id);
  canvas.addEventListener('focus', () => (hint.hidden = !canvas.matches(':focus-visible')));
  canvas.addEventListener('blur', () => (hint.hidden = true));
  box.append(canvas);
  frame.append(box, hint);

  // About 14 px per character of label on a phone; never wider than the static image's labels.
  const labelChars = Math.min(24, Math.floor(box.clientWidth / 14));
  const make = () =>
    new Chart(
      canvas,
      chartConfig(spec, themes[dark.matches ? 'dark' : 'light'], { animate: !reducedMotion.matches, responsive: true, labelChars }),
    );
  let chart = make();
  image.hidden = true;
  dark.addEventListener('change', () => {
    chart.destroy();
    chart = make();
  });

  // Keyboard: arrow keys move the tooltip from label to label, Escape hides it.
  let index = -1;
  canvas.addEventListener('keydown', (event) => {
    const last = spec.labels.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') index = -1;
    else if (event.key in moves) index = Math.min(last, Math.max(0, moves[event.key]));
    else return;
    event.preventDefault();
    hint.hidden = false;
    const active: ActiveDataPoint[] = index < 0 ? [] : spec.series.map((_, datasetIndex) => ({ datasetIndex, index }));
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
    chart.update();
  });
}
