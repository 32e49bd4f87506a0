import type { ChartSpec } from './chart-config';
import type { Dataset } from './datasets';
import { resolveChart } from './charts';
import { error, type Problem } from './problems';

/** One `<Chart ... />` written in an entry: its attributes as written, and the file line it starts on. */
export interface ChartUsage {
  attributes: Record<string, unknown>;
  line: number;
  /** Attribute values written as expressions we cannot read, e.g. columns={list}. */
  unreadable: string[];
}

const tag = /<Chart\b((?:\s+[A-Za-z]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const attribute = /([A-Za-z]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

/**
 * Every `<Chart>` in an MDX body, outside fenced code. The same list drives validation, the Open Graph image
 * and the static images, so what the check accepts is exactly what the build draws.
 */
export function findCharts(body: string, firstLine = 1): ChartUsage[] {
  // Blank out fenced code (keeping line breaks) so examples in code blocks are not charts.
  const visible = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
  const found: ChartUsage[] = [];
  for (const match of visible.matchAll(tag)) {
    const attributes: Record<string, unknown> = {};
    const unreadable: string[] = [];
    for (const [, name, double, single, expression] of match[1].matchAll(attribute)) {
      if (expression === undefined) attributes[name] = double ?? single ?? true;
      else {
        try {
          attributes[name] = JSON.parse(expression);
        } catch {
          unreadable.push(name);
        }
      }
    }
    found.push({ attributes, line: firstLine + visible.slice(0, match.index).split('\n').length - 1, unreadable });
  }
  return found;
}

/**
 * Checks the charts of one entry against the datasets. `broken` are dataset ids that exist but have problems
 * of their own (already reported), so their charts are not reported twice. Charts that pass go into `charts`.
 */
export function checkCharts(shown: string, usages: ChartUsage[], datasets: Dataset[], broken: Set<string>, charts?: ChartSpec[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const { attributes, line, unreadable } of usages) {
    const id = attributes.dataset;
    const field = `Chart dataset="${String(id ?? '')}"`;
    const at = { line, field };
    for (const name of unreadable) problems.push(error(shown, `${name}={...}: write the value in quotes, e.g. ${name}="..."`, at));
    if (typeof id !== 'string' || id === '') {
      problems.push(error(shown, 'Chart without a dataset: add dataset="<id>", the name of a file in content/data/', { line, field: 'Chart' }));
      continue;
    }
    if (broken.has(id)) continue;
    const dataset = datasets.find((d) => d.id === id);
    if (!dataset) {
      const known = datasets.map((d) => d.id);
      problems.push(error(shown, `unknown dataset "${id}": there is no content/data/${id}.csv and ${id}.yml.${known.length ? ` Datasets: ${known.join(', ')}` : ''}`, at));
      continue;
    }
    if (seen.has(id)) problems.push(error(shown, `this dataset is already charted on line ${seen.get(id)}: each dataset once per entry, so its link (#chart-${id}) is unique`, at));
    seen.set(id, line);
    const result = resolveChart(dataset, attributes);
    if ('problems' in result) for (const message of result.problems) problems.push(error(shown, message, at));
    else charts?.push(result.spec);
  }
  return problems;
}
