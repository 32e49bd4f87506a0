/** One thing wrong with the content, located as precisely as we can. */
export interface Problem {
  /** Path relative to the project root, e.g. content/briefings/x.mdx. */
  file: string;
  line?: number;
  /** Column (1 is the first), for a cell in a CSV file. */
  column?: number;
  /** Dotted field path, e.g. `sources[0].date`. */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export const error = (file: string, message: string, at: { line?: number; column?: number; field?: string } = {}): Problem => ({
  file,
  message,
  severity: 'error',
  ...at,
});

/** Field path as a publisher would write it: `sources[0].date`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Every problem, grouped by file, one per line: `file:line[:column]  field: message`. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(file);
    for (const p of list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))) {
      const where = p.line ? `${file}:${p.line}${p.column ? `:${p.column}` : ''}` : file;
      const field = p.field ? `${p.field}: ` : '';
      lines.push(`  ${p.severity === 'error' ? 'error' : 'warning'}  ${where}  ${field}${p.message}`);
    }
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (lines.length) lines.push('');
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}
