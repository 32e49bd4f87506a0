import { parse } from 'csv-parse/sync';

export interface CsvRow {
  cells: string[];
  /** File line the row is on (1 is the header). */
  line: number;
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  /** A syntax error stops parsing (e.g. an unclosed quote); rows before it are kept. */
  error?: { line: number; message: string };
}

/** Parses CSV text keeping each row's line, so a bad cell can be reported as file:line:column. */
export function parseCsv(source: string): ParsedCsv {
  const records: { record: string[]; info: { lines: number } }[] = [];
  let error: ParsedCsv['error'];
  try {
    // Ragged rows are kept so the dataset check can report every one, not just the first.
    // With `info: true` each record comes with its line; the library's types do not say so.
    const parsed = parse(source.replace(/^\uFEFF/, ''), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
    records.push(...parsed);
  } catch (e) {
    const err = e as Error & { lines?: number };
    error = { line: err.lines ?? 1, message: err.message.replace(/^Invalid Record Length: |^Quote Not Closed: /, '') };
  }
  const [first, ...rest] = records;
  return {
    header: first?.record ?? [],
    rows: rest.map((r) => ({ cells: r.record, line: r.info.lines })),
    ...(error && { error }),
  };
}

/** A number as written in a cell: "1,209", "51%", "1.4" and "-3" all count; "n/a" and "" do not. */
export function parseNumber(cell: string): number | undefined {
  const cleaned = cell
    .replace(/,(?=\d{3}\b)/g, '')
    .replace(/%$/, '')
    .trim();
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** Whether a spreadsheet would run a text cell as a formula: it starts with =, +, -, @, a tab or a carriage return. */
export const runsAsFormula = (value: string) => /^[\t\r]|^\s*[=+\-@]/.test(value) && parseNumber(value) === undefined;

/**
 * The CSV readers download: as written, except that a text cell a spreadsheet would run as a formula (starting with
 * =, +, -, @, a tab or a carriage return) is quoted with a leading apostrophe, as OWASP advises. Numbers such as -3
 * stay numbers, and a file with no such cell comes back unchanged, byte for byte.
 */
export function formulaSafeCsv(source: string): string {
  let out = '';
  let from = 0;
  for (const { start, end, value } of csvCells(source)) {
    if (!runsAsFormula(value)) continue;
    out += `${source.slice(from, start)}"'${value.replace(/"/g, '""')}"`;
    from = end;
  }
  return from === 0 ? source : out + source.slice(from);
}

/** Each cell of a CSV file: where it starts and ends in the text (quotes included), and its value unquoted. */
function* csvCells(source: string): Generator<{ start: number; end: number; value: string }> {
  const openingQuote = / *"/y;
  let i = source.startsWith('\uFEFF') ? 1 : 0;
  while (i < source.length) {
    const start = i;
    openingQuote.lastIndex = i;
    let value: string | undefined;
    if (openingQuote.test(source)) {
      i = openingQuote.lastIndex;
      // A doubled quote is a quote inside the cell; an unclosed one runs to the end, as the parser reports.
      while (i < source.length && !(source[i] === '"' && source[i + 1] !== '"')) i += source[i] === '"' ? 2 : 1;
      value = source.slice(openingQuote.lastIndex, i).replace(/""/g, '"');
      i++;
    }
    while (i < source.length && !',\r\n'.includes(source[i])) i++;
    yield { start, end: i, value: value ?? source.slice(start, i) };
    if (source[i] === '\r' && source[i + 1] === '\n') i++;
    i++;
  }
}
