import fs from 'node:fs';
import path from 'node:path';
import { datasetSchema, type DatasetMeta } from '../../schemas/dataset';
import { idPattern } from '../../schemas/taxonomies';
import type { ChartSpec } from '../charts/config';
import { resolveChart, maxSeries } from '../charts/resolve';
import { parseCsv, parseNumber } from './csv';
import { error, fieldPath, type Problem } from '../check/problems';
import { parseYaml } from '../content/yaml';

/** A dataset that passed every check: its description and its rows, numbers parsed. */
export interface Dataset {
  id: string;
  meta: DatasetMeta;
  /** Label column heading, then the value column headings. */
  labelColumn: string;
  valueColumns: string[];
  rows: { label: string; values: number[] }[];
  /** The CSV exactly as staff wrote it: what readers download. */
  csv: string;
}

/** Where datasets live, relative to the content folder. */
export const dataFolder = 'data';

/**
 * What a dataset may hold. A chart's bars stay readable up to `chartRows` categories; a table-only dataset's page
 * stays under a megabyte at `tableRows` rows of `valueColumns` columns; a label longer than `labelLength` characters
 * does not fit beside a bar or in a table on a phone.
 */
export const datasetLimits = { chartRows: 60, tableRows: 2000, valueColumns: 12, labelLength: 120 };

/**
 * Checks one dataset from its two files' text (either may be missing) and returns it with every problem found,
 * and the chart its own page draws (none for a table-only dataset). `csvFile` and `ymlFile` are the paths shown
 * in problems.
 */
export function checkDataset(
  id: string,
  files: { csv?: string; yml?: string },
  shown: { csv: string; yml: string },
): { dataset?: Dataset; chart?: ChartSpec; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!idPattern.test(id)) {
    problems.push(
      error(
        files.csv === undefined ? shown.yml : shown.csv,
        `dataset id "${id}" is not valid: name both files with lower-case letters, digits and hyphens, e.g. "prison-releases-2020"`,
      ),
    );
  }
  if (files.csv === undefined)
    problems.push(error(shown.csv, `missing file: ${shown.yml} describes a dataset but there is no ${path.basename(shown.csv)} beside it`));
  if (files.yml === undefined)
    problems.push(
      error(
        shown.yml,
        `missing file: ${shown.csv} has no description; add ${path.basename(shown.yml)} with title, description, source, units, licence and columns`,
      ),
    );
  if (files.csv === undefined || files.yml === undefined) return { problems };

  const yaml = parseYaml(files.yml);
  if (yaml.errors.length)
    return { problems: [...problems, ...yaml.errors.map((e) => error(shown.yml, `YAML syntax: ${e.message}`, { line: e.line }))] };
  const parsed = datasetSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const missing =
        issue.code === 'invalid_type' &&
        issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], yaml.data) === undefined;
      const message = missing ? `missing required field "${String(issue.path.at(-1))}"` : issue.message;
      problems.push(error(shown.yml, message, { line: yaml.lineOf(issue.path), field: fieldPath(issue.path) || undefined }));
    }
    return { problems };
  }
  const meta = parsed.data;

  const csv = parseCsv(files.csv);
  if (csv.error) problems.push(error(shown.csv, `CSV syntax: ${csv.error.message}`, { line: csv.error.line }));
  if (csv.header.length === 0)
    return { problems: [...problems, error(shown.csv, 'the file is empty: the first line must name the columns')] };
  const separator = csv.header.length === 1 && separatorOf([csv.header, ...csv.rows.map((r) => r.cells)].flat().join('\n'));
  if (separator)
    return {
      problems: [...problems, error(shown.csv, `this file uses ${separator} between values; save it as comma-separated CSV`, { line: 1 })],
    };
  const tooLong = (count: number, what: string) =>
    `${what} is ${count} characters long; a label has at most ${datasetLimits.labelLength}, to fit beside a bar and in a table on a phone: shorten it, and put the detail in the description or notes`;

  // The description and the file must agree on the columns, in order.
  const described = meta.columns.map((c) => c.name);
  csv.header.forEach((name, i) => {
    const first = csv.header.indexOf(name);
    if (name.length > datasetLimits.labelLength)
      problems.push(error(shown.csv, tooLong(name.length, 'this heading'), { line: 1, column: i + 1 }));
    if (first < i) {
      problems.push(
        error(shown.csv, `column "${name}" is also column ${first + 1}: give each column its own heading`, { line: 1, column: i + 1 }),
      );
    } else if (!described.includes(name)) {
      problems.push(
        error(shown.csv, `unknown column "${name}": describe it under columns in ${shown.yml}, or fix the heading`, {
          line: 1,
          column: i + 1,
        }),
      );
    } else if (described[i] !== name) {
      problems.push(
        error(shown.csv, `column "${name}" is in a different place from ${shown.yml}; list the columns in the same order`, {
          line: 1,
          column: i + 1,
        }),
      );
    }
  });
  meta.columns.forEach((c, i) => {
    if (!csv.header.includes(c.name)) {
      problems.push(
        error(shown.yml, `column "${c.name}" is described but not in ${shown.csv}; its headings are: ${csv.header.join(', ')}`, {
          line: yaml.lineOf(['columns', i, 'name']),
          field: `columns[${i}].name`,
        }),
      );
    }
  });

  const valueColumns = csv.header.length - 1;
  if (valueColumns > datasetLimits.valueColumns) {
    problems.push(
      error(
        shown.csv,
        `too many columns: a dataset has at most ${datasetLimits.valueColumns} columns of numbers and this one has ${valueColumns}; split it into several datasets`,
        { line: 1, column: datasetLimits.valueColumns + 2 },
      ),
    );
  }
  const maxRows = meta.tableOnly ? datasetLimits.tableRows : datasetLimits.chartRows;
  if (csv.rows.length > maxRows) {
    const advice = meta.tableOnly
      ? `a dataset published as a table has at most ${maxRows.toLocaleString('en-GB')} rows, to keep its page small, and this one has ${csv.rows.length.toLocaleString('en-GB')}; split it into several datasets`
      : `a chart shows at most ${maxRows} rows and this file has ${csv.rows.length}; split the data, or add tableOnly: true to ${path.basename(shown.yml)} to publish it as a table and CSV without a chart`;
    problems.push(error(shown.csv, `too many rows: ${advice}`, { line: csv.rows[maxRows].line, column: 1 }));
  }
  if (meta.tableOnly && meta.chart)
    problems.push(
      error(shown.yml, 'tableOnly: true publishes no chart, so chart has nothing to set: remove one of the two', {
        line: yaml.lineOf(['chart']),
        field: 'chart',
      }),
    );

  const rows: Dataset['rows'] = [];
  const labels = new Map<string, number>();
  if (csv.rows.length === 0 && !csv.error) problems.push(error(shown.csv, 'no data: add at least one row under the headings', { line: 1 }));
  for (const { cells, line } of csv.rows) {
    if (cells.length !== csv.header.length) {
      problems.push(
        error(
          shown.csv,
          `this row has ${cells.length} cells but there are ${csv.header.length} columns; check for a missing or extra comma (quote values that contain commas)`,
          { line, column: Math.min(cells.length, csv.header.length) + 1 },
        ),
      );
      continue;
    }
    const [label, ...valueCells] = cells;
    if (label === '')
      problems.push(error(shown.csv, `empty label in column "${csv.header[0]}": every row needs a name`, { line, column: 1 }));
    else if (labels.has(label))
      problems.push(error(shown.csv, `label "${label}" is also on line ${labels.get(label)}: use each label once`, { line, column: 1 }));
    if (label.length > datasetLimits.labelLength) problems.push(error(shown.csv, tooLong(label.length, 'this label'), { line, column: 1 }));
    labels.set(label, line);
    const values = valueCells.map((cell, i) => {
      const value = parseNumber(cell);
      if (value === undefined) {
        const what = cell === '' ? 'an empty cell' : `"${cell}" is not a number`;
        problems.push(
          error(shown.csv, `${what} in numeric column "${csv.header[i + 1]}"; write a number such as 51 or 1,209`, { line, column: i + 2 }),
        );
      }
      return value ?? Number.NaN;
    });
    rows.push({ label, values });
  }
  if (problems.length) return { problems };
  const dataset: Dataset = { id, meta, labelColumn: csv.header[0], valueColumns: csv.header.slice(1), rows, csv: files.csv };
  // The dataset's own page draws its chart, so that chart must pass too.
  if (!meta.tableOnly && !meta.chart && valueColumns > maxSeries) {
    const advice = `choose up to ${maxSeries} for its page under chart: columns in ${path.basename(shown.yml)}, or add tableOnly: true`;
    return {
      problems: [
        error(
          shown.csv,
          `a chart shows at most ${maxSeries} value columns, one colour each, and this file has ${valueColumns}: ${advice}`,
          { line: 1, column: maxSeries + 2 },
        ),
      ],
    };
  }
  if (meta.tableOnly) return { dataset, problems };
  const own = resolveChart(dataset, { dataset: id });
  if ('problems' in own)
    return { problems: own.problems.map((message) => error(shown.yml, message, { line: yaml.lineOf(['chart']), field: 'chart' })) };
  return { dataset, chart: own.spec, problems };
}

/** The separator a file that reads as one column uses instead of commas, if any. */
function separatorOf(text: string): string | undefined {
  const semicolons = text.split(';').length;
  const tabs = text.split('\t').length;
  if (semicolons === 1 && tabs === 1) return undefined;
  return semicolons >= tabs ? 'semicolons' : 'tabs';
}

/**
 * Reads and checks every dataset in `<contentDir>/data/`. Datasets with problems are left out of `datasets`
 * (their ids are in `broken`) and their problems returned.
 */
export function loadDatasets(
  contentDir: string,
  root = process.cwd(),
): { datasets: Dataset[]; charts: ChartSpec[]; broken: Set<string>; problems: Problem[] } {
  const dir = path.join(contentDir, dataFolder);
  if (!fs.existsSync(dir)) return { datasets: [], charts: [], broken: new Set(), problems: [] };
  const names = fs.readdirSync(dir);
  const ids = [...new Set(names.filter((n) => /\.(csv|ya?ml)$/.test(n)).map((n) => n.replace(/\.(csv|ya?ml)$/, '')))].sort();
  const datasets: Dataset[] = [];
  const charts: ChartSpec[] = [];
  const problems: Problem[] = [];
  for (const id of ids) {
    const ymlName = names.includes(`${id}.yaml`) ? `${id}.yaml` : `${id}.yml`;
    const read = (name: string) => (names.includes(name) ? fs.readFileSync(path.join(dir, name), 'utf8') : undefined);
    const shown = (name: string) => path.relative(root, path.join(dir, name));
    const result = checkDataset(id, { csv: read(`${id}.csv`), yml: read(ymlName) }, { csv: shown(`${id}.csv`), yml: shown(ymlName) });
    if (result.dataset) datasets.push(result.dataset);
    if (result.chart) charts.push(result.chart);
    problems.push(...result.problems);
  }
  return { datasets, charts, broken: new Set(ids.filter((id) => !datasets.some((d) => d.id === id))), problems };
}
