import type { ChartSpec } from './config';
import type { Dataset } from '../datasets/load';
import { resolveChart } from './resolve';
import { readBody } from '../content/body';
import { error, type Problem } from '../check/problems';

/** One `<Chart ... />` written in an entry: its attributes as written, and the file line it starts on. */
export interface ChartUsage {
  attributes: Record<string, unknown>;
  line: number;
}

/**
 * Every `<Chart>` in an MDX body, read by the build's own parser. The same list drives validation, the Open Graph
 * image and the static images, so what the check accepts is exactly what the build draws.
 */
export function findCharts(body: string, firstLine = 1): ChartUsage[] {
  // Most entries have no chart: not worth parsing for.
  if (!body.includes('<Chart')) return [];
  return readBody(body, 'mdx', firstLine)
    .scan.components.filter((c) => c.name === 'Chart')
    .map(({ attributes, line }) => ({ attributes, line }));
}

/**
 * Checks the charts of one entry against the datasets. `broken` are dataset ids that exist but have problems
 * of their own (already reported), so their charts are not reported twice. Returns the problems and the charts
 * that pass.
 */
export function checkCharts(
  shown: string,
  usages: ChartUsage[],
  datasets: Dataset[],
  broken: Set<string>,
): { problems: Problem[]; specs: ChartSpec[] } {
  const problems: Problem[] = [];
  const specs: ChartSpec[] = [];
  const seen = new Map<string, number>();
  for (const { attributes, line } of usages) {
    const id = attributes.dataset;
    const field = `Chart dataset="${String(id ?? '')}"`;
    const at = { line, field };
    if (typeof id !== 'string' || id === '') {
      problems.push(
        error(shown, 'Chart without a dataset: add dataset="<id>", the name of a file in content/data/', { line, field: 'Chart' }),
      );
      continue;
    }
    if (broken.has(id)) continue;
    const dataset = datasets.find((d) => d.id === id);
    if (!dataset) {
      const known = datasets.map((d) => d.id);
      problems.push(
        error(
          shown,
          `unknown dataset "${id}": there is no content/data/${id}.csv and ${id}.yml.${known.length ? ` Datasets: ${known.join(', ')}` : ''}`,
          at,
        ),
      );
      continue;
    }
    if (seen.has(id))
      problems.push(
        error(
          shown,
          `this dataset is already charted on line ${seen.get(id)}: each dataset once per entry, so its link (#chart-${id}) is unique`,
          at,
        ),
      );
    seen.set(id, line);
    const result = resolveChart(dataset, attributes);
    if ('problems' in result) for (const message of result.problems) problems.push(error(shown, message, at));
    else specs.push(result.spec);
  }
  return { problems, specs };
}
