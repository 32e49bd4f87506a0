/**
 * Progressive enhancement for `<figure data-chart>`: the static image and table are already there; when a
 * figure comes into view, Chart.js is loaded (only then) and an interactive chart replaces the image.
 */
import type { ChartSpec } from '../lib/charts/config';

const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];

const observer = new IntersectionObserver(
  (seen) => {
    for (const item of seen) {
      if (!item.isIntersecting) continue;
      observer.unobserve(item.target);
      void enhance(item.target as HTMLElement);
    }
  },
  { rootMargin: '200px' },
);
figures.forEach((figure) => observer.observe(figure));

// Print shows every table; CSS does it where ::details-content is supported, this does it elsewhere.
addEventListener('beforeprint', () => figures.forEach((f) => f.querySelector('details')?.setAttribute('open', '')));

async function enhance(figure: HTMLElement) {
  const spec = JSON.parse(figure.querySelector('script[data-chart-spec]')!.textContent!) as ChartSpec;
  const { drawChart } = await import('./chart-runtime');
  await drawChart(figure, spec);
}
