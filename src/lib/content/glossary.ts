import fs from 'node:fs';
import path from 'node:path';
import { glossaryItemSchema, type GlossaryItem } from '../../schemas/glossary';
import { loadList } from './lists';
import type { Problem } from '../check/problems';

export const glossaryFile = 'glossary.yml';

/** Reads and validates content/glossary.yml, reporting every problem with its line. */
export function loadGlossary(contentDir: string, root = process.cwd()): { glossary: GlossaryItem[]; problems: Problem[] } {
  // Unlike the controlled lists, which every entry uses, a site may have no acronyms yet: no file, no glossary.
  if (!fs.existsSync(path.join(contentDir, glossaryFile))) return { glossary: [], problems: [] };
  const { items, problems } = loadList(contentDir, root, glossaryFile, glossaryItemSchema, 'term', 'src/schemas/glossary.ts');
  return { glossary: items, problems };
}

/** What each acronym stands for in one entry: the glossary, with the entry's own overrides on top. */
export function meaningsFor(glossary: GlossaryItem[], overrides: Record<string, string> = {}): Map<string, string> {
  return new Map([...glossary.map((g): [string, string] => [g.term, g.expansion]), ...Object.entries(overrides)]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any of the acronyms as a whole word, optionally plural ("CRCs"). Case-sensitive: "Mind" is not "MIND". */
export function acronymPattern(terms: string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\w-])(${sorted.join('|')})s?(?![\\w-])`);
}

export type TextPart = { text: string } | { abbr: string; title: string };

/**
 * Splits text so that the first use of each acronym not yet in `seen` becomes an abbreviation with its
 * expansion. `seen` is updated, so calling this over an entry's text nodes in order expands each acronym once.
 */
export function expandFirstUses(text: string, meanings: Map<string, string>, seen: Set<string>): TextPart[] {
  const pattern = acronymPattern([...meanings.keys()].filter((t) => !seen.has(t)));
  if (!pattern) return [{ text }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
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

const termPatterns = new Map<string, RegExp>();
/** One acronym's pattern, made once, not again for every entry. */
function termPattern(term: string): RegExp {
  let pattern = termPatterns.get(term);
  if (!pattern) termPatterns.set(term, (pattern = acronymPattern([term])!));
  return pattern;
}

/**
 * For each acronym an entry's text uses in one form only, the other form: the expansion where only the acronym
 * appears, the acronym where only the expansion does. Indexed with the entry (never shown), they let a search for
 * "Community Rehabilitation Company" find an entry that only says "CRC", and back. Forms already there are left
 * out, so they do not crowd search excerpts.
 */
export function missingForms(text: string, meanings: Map<string, string>): string[] {
  const lower = text.toLowerCase();
  return [...meanings]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([term, expansion]) => {
      const hasTerm = text.includes(term) && termPattern(term).test(text);
      const hasExpansion = lower.includes(expansion.toLowerCase());
      return hasTerm === hasExpansion ? [] : [hasTerm ? expansion : term];
    });
}
