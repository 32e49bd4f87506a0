import fs from 'node:fs';
import path from 'node:path';
import { datasetSchema, type DatasetMeta } from '../schemas/dataset';
import { idPattern } from '../schemas/taxonomies';
import { parseCsv, parseNumber } from './csv';
import { error, fieldPath, type Problem } from './problems';
import { parseYaml } from './yaml';

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
 * Checks one dataset from its two files' text (either may be missing) and returns it with every problem found.
 * `csvFile` and `ymlFile` are the paths shown in problems.
 */
export function checkDataset(
  id: string,
  files: { csv?: string; yml?: string },
  shown: { csv: string; yml: string },
): { dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!idPattern.test(id)) {
    problems.push(error(files.csv === undefined ? shown.yml : shown.csv, `dataset id "${id}" is not valid: name both files with lower-case letters, digits and hyphens, e.g. "prison-releases-2020"`));
  }
  if (files.csv === undefined) problems.push(error(shown.csv, `missing file: ${shown.yml} describes a dataset but there is no ${path.basename(shown.csv)} beside it`));
  if (files.yml === undefined) problems.push(error(shown.yml, `missing file: ${shown.csv} has no description; add ${path.basename(shown.yml)} with title, description, source, units, licence and columns`));
  if (files.csv === undefined || files.yml === undefined) return { problems };

  const yaml = parseYaml(files.yml);
  if (yaml.errors.length) return { problems: [...problems, ...yaml.errors.map((e) => error(shown.yml, `YAML syntax: ${e.message}`, { line: e.line }))] };
  const parsed = datasetSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const missing = issue.code === 'invalid_type' && issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], yaml.data) === undefined;
      const message = missing ? `missing required field "${String(issue.path.at(-1))}"` : issue.message;
      problems.push(error(shown.yml, message, { line: yaml.lineOf(issue.path), field: fieldPath(issue.path) || undefined }));
    }
    return { problems };
  }
  const meta = parsed.data;

  const csv = parseCsv(files.csv);
  if (csv.error) problems.push(error(shown.csv, `CSV syntax: ${csv.error.message}`, { line: csv.error.line }));
  if (csv.header.length === 0) return { problems: [...problems, error(shown.csv, 'the file is empty: the first line must name the columns')] };

  // The description and the file must agree on the columns, in order.
  const described = meta.columns.map((c) => c.name);
  csv.header.forEach((name, i) => {
    if (!described.includes(name)) {
      problems.push(error(shown.csv, `unknown column "${name}": describe it under columns in ${shown.yml}, or fix the heading`, { line: 1, column: i + 1 }));
    } else if (described[i] !== name) {
      problems.push(error(shown.csv, `column "${name}" is in a different place from ${shown.yml}; list the columns in the same order`, { line: 1, column: i + 1 }));
    }
  });
  meta.columns.forEach((c, i) => {
    if (!csv.header.includes(c.name)) {
      problems.push(error(shown.yml, `column "${c.name}" is described but not in ${shown.csv}; its headings are: ${csv.header.join(', ')}`, { line: yaml.lineOf(['columns', i, 'name']), field: `columns[${i}].name` }));
    }
  });

  const rows: Dataset['rows'] = [];
  const labels = new Map<string, number>();
  if (csv.rows.length === 0 && !csv.error) problems.push(error(shown.csv, 'no data: add at least one row under the headings', { line: 1 }));
  for (const { cells, line } of csv.rows) {
    if (cells.length !== csv.header.length) {
      problems.push(error(shown.csv, `this row has ${cells.length} cells but there are ${csv.header.length} columns; check for a missing or extra comma (quote values that contain commas)`, { line, column: Math.min(cells.length, csv.header.length) + 1 }));
      continue;
    }
    const [label, ...valueCells] = cells;
    if (label === '') problems.push(error(shown.csv, `empty label in column "${csv.header[0]}": every row needs a name`, { line, column: 1 }));
    else if (labels.has(label)) problems.push(error(shown.csv, `label "${label}" is also on line ${labels.get(label)}: use each label once`, { line, column: 1 }));
    labels.set(label, line);
    const values = valueCells.map((cell, i) => {
      const value = parseNumber(cell);
      if (value === undefined) {
        const what = cell === '' ? 'an empty cell' : `"${cell}" is not a number`;
        problems.push(error(shown.csv, `${what} in numeric column "${csv.header[i + 1]}"; write a number such as 51 or 1,209`, { line, column: i + 2 }));
      }
      return value ?? Number.NaN;
    });
    rows.push({ label, values });
  }
  if (problems.length) return { problems };
  return { dataset: { id, meta, labelColumn: csv.header[0], valueColumns: csv.header.slice(1), rows, csv: files.csv }, problems };
}

/**
 * Reads and checks every dataset in `<contentDir>/data/`. Datasets with problems are left out of `datasets`
 * (their ids are in `broken`) and their problems returned.
 */
export function loadDatasets(contentDir: string, root = process.cwd()): { datasets: Dataset[]; broken: Set<string>; problems: Problem[] } {
  const dir = path.join(contentDir, dataFolder);
  if (!fs.existsSync(dir)) return { datasets: [], broken: new Set(), problems: [] };
  const names = fs.readdirSync(dir);
  const ids = [...new Set(names.filter((n) => /\.(csv|ya?ml)$/.test(n)).map((n) => n.replace(/\.(csv|ya?ml)$/, '')))].sort();
  const datasets: Dataset[] = [];
  const problems: Problem[] = [];
  for (const id of ids) {
    const ymlName = names.includes(`${id}.yaml`) ? `${id}.yaml` : `${id}.yml`;
    const read = (name: string) => (names.includes(name) ? fs.readFileSync(path.join(dir, name), 'utf8') : undefined);
    const shown = (name: string) => path.relative(root, path.join(dir, name));
    const result = checkDataset(id, { csv: read(`${id}.csv`), yml: read(ymlName) }, { csv: shown(`${id}.csv`), yml: shown(ymlName) });
    if (result.dataset) datasets.push(result.dataset);
    problems.push(...result.problems);
  }
  return { datasets, broken: new Set(ids.filter((id) => !datasets.some((d) => d.id === id))), problems };
}
