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

/** Problems in the order people read them: by file, then line, then column. */
function inReadingOrder(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** The last line of every report: `2 errors, 1 warning`. */
export function problemCounts(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** Every problem, grouped by file, one per line: `file:line[:column]  field: message`. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of inReadingOrder(problems)) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const p of list) {
      const where = p.line ? `${file}:${p.line}${p.column ? `:${p.column}` : ''}` : file;
      const field = p.field ? `${p.field}: ` : '';
      lines.push(`  ${p.severity === 'error' ? 'error' : 'warning'}  ${where}  ${field}${p.message}`);
    }
  }
  if (lines.length) lines.push('');
  lines.push(problemCounts(problems));
  return lines.join('\n');
}

// GitHub's documented escaping for workflow commands: a raw newline would end the command early.
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * Every problem as a GitHub Actions annotation (`::error file=…,line=…,col=…,title=…::message`), so it shows
 * on its line of the changed file in a pull request. Files are relative to the repository root, as in `Problem`.
 */
export function formatGithubAnnotations(problems: Problem[]): string {
  return inReadingOrder(problems)
    .map((p) => {
      const properties = [
        p.file && `file=${escapeProperty(p.file)}`,
        p.line && `line=${p.line}`,
        p.line && p.column && `col=${p.column}`,
        `title=${escapeProperty(p.field ? `Content check: ${p.field}` : 'Content check')}`,
      ].filter(Boolean);
      const message = p.field ? `${p.field}: ${p.message}` : p.message;
      return `::${p.severity} ${properties.join(',')}::${escapeData(message)}`;
    })
    .join('\n');
}
