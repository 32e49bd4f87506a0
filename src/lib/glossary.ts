import fs from 'node:fs';
import path from 'node:path';
import { glossaryItemSchema, type GlossaryItem } from '../schemas/glossary';
import { error, fieldPath, type Problem } from './problems';
import { parseYaml } from './yaml';

export const glossaryFile = 'glossary.yml';

/** Reads and validates content/glossary.yml, reporting every problem with its line. */
export function loadGlossary(contentDir: string, root = process.cwd()): { glossary: GlossaryItem[]; problems: Problem[] } {
  const filePath = path.join(contentDir, glossaryFile);
  const shown = path.relative(root, filePath);
  if (!fs.existsSync(filePath)) return { glossary: [], problems: [error(shown, `missing: create ${glossaryFile}, a list of items with term, expansion and definition (see src/schemas/glossary.ts)`)] };
  const parsed = parseYaml(fs.readFileSync(filePath, 'utf8'));
  if (parsed.errors.length) return { glossary: [], problems: parsed.errors.map((e) => error(shown, `YAML syntax: ${e.message}`, { line: e.line })) };
  if (!Array.isArray(parsed.data)) return { glossary: [], problems: [error(shown, 'must be a list of items, each starting with "- term:"', { line: 1 })] };
  const problems: Problem[] = [];
  const glossary: GlossaryItem[] = [];
  parsed.data.forEach((item, index) => {
    const result = glossaryItemSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const at = [index, ...issue.path];
        problems.push(error(shown, issue.message, { line: parsed.lineOf(at), field: fieldPath(at) }));
      }
      return;
    }
    if (glossary.some((g) => g.term === result.data.term)) {
      problems.push(error(shown, `duplicate term "${result.data.term}": each acronym must appear once`, { line: parsed.lineOf([index, 'term']), field: fieldPath([index, 'term']) }));
      return;
    }
    glossary.push(result.data);
  });
  return { glossary, problems };
}

/** What each acronym stands for in one entry: the glossary, with the entry's own overrides on top. */
export function meaningsFor(glossary: GlossaryItem[], overrides: Record<string, string> = {}): Map<string, string> {
  return new Map([...glossary.map((g): [string, string] => [g.term, g.expansion]), ...Object.entries(overrides)]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any of the acronyms as a whole word, optionally plural ("CRCs"). Case-sensitive: "Mind" is not "MIND". */
function acronymRegExp(terms: string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\w-])(${sorted.join('|')})s?(?![\\w-])`, 'g');
}

export type TextPart = { text: string } | { abbr: string; title: string };

/**
 * Splits text so that the first use of each acronym not yet in `seen` becomes an abbreviation with its
 * expansion. `seen` is updated, so calling this over an entry's text nodes in order expands each acronym once.
 */
export function expandFirstUses(text: string, meanings: Map<string, string>, seen: Set<string>): TextPart[] {
  const pattern = acronymRegExp([...meanings.keys()].filter((t) => !seen.has(t)));
  if (!pattern) return [{ text }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const term = match[1];
    if (seen.has(term)) continue;
    seen.add(term);
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ abbr: match[0], title: meanings.get(term)! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * The acronyms an entry's text uses, by acronym or by expansion, with what they stand for. Indexed with the
 * entry, they let a search for "Community Rehabilitation Company" find an entry that only says "CRC", and back.
 */
export function acronymsUsed(text: string, meanings: Map<string, string>): { term: string; expansion: string }[] {
  const lower = text.toLowerCase();
  return [...meanings]
    .filter(([term, expansion]) => acronymRegExp([term])!.test(text) || lower.includes(expansion.toLowerCase()))
    .map(([term, expansion]) => ({ term, expansion }))
    .sort((a, b) => a.term.localeCompare(b.term));
}
