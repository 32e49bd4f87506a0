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
    const parsed = parse(source.replace(/^\uFEFF/, ''), { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
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
  const cleaned = cell.replace(/,(?=\d{3}\b)/g, '').replace(/%$/, '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}
