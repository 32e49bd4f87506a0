import fs from 'node:fs';
import path from 'node:path';
import { acronymPattern } from '../../schemas/glossary';
import { synonymGroupSchema, type SynonymGroup } from '../../schemas/synonyms';
import { error, fieldPath, type Problem } from '../check/problems';
import { loadList } from './lists';

export const synonymsFile = 'synonyms.yml';

/** How a term is compared with another: case and spacing do not make a different term. */
const termKey = (term: string) => term.toLowerCase().replace(/\s+/g, ' ');

/**
 * Reads and validates content/synonyms.yml, reporting every problem with its line: besides each group's fields, a
 * term may be in one group only, since a search expands it to its group.
 */
export function loadSynonyms(contentDir: string, root = process.cwd()): { synonyms: SynonymGroup[]; problems: Problem[] } {
  // Like the glossary, optional: a site may have no synonyms yet.
  if (!fs.existsSync(path.join(contentDir, synonymsFile))) return { synonyms: [], problems: [] };
  // Terms are lists, so the list's own duplicate check has nothing to compare: terms are compared here.
  const list = loadList(contentDir, root, synonymsFile, synonymGroupSchema, 'terms', 'src/schemas/synonyms.ts');
  const problems = [...list.problems];
  const firstAt = new Map<string, number>();
  const synonyms = list.items.filter((group, g) => {
    let good = true;
    group.terms.forEach((term, t) => {
      const at = [list.indexOf[g], 'terms', t];
      const line = list.lineOf(at);
      const first = firstAt.get(termKey(term));
      if (first === undefined) return void firstAt.set(termKey(term), line);
      good = false;
      problems.push(
        error(path.relative(root, path.join(contentDir, synonymsFile)), `"${term}" is already a term on line ${first}: keep each term in one group (merge the groups if they mean the same)`, {
          line,
          field: fieldPath(at),
        }),
      );
    });
    return good;
  });
  return { synonyms, problems };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A term as a whole word or phrase, plural allowed, spacing loose. An acronym ("BAME") matches in its own case
 * only, as glossary acronyms do; words match in any case.
 */
function termPattern(term: string): RegExp {
  const body = term.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}s?(?![\\p{L}\\p{N}])`, acronymPattern.test(term) ? 'u' : 'iu');
}

const patterns = new Map<string, RegExp>();
/** One term's pattern, made once, not again for every entry. */
function uses(text: string, term: string): boolean {
  let pattern = patterns.get(term);
  if (!pattern) patterns.set(term, (pattern = termPattern(term)));
  return pattern.test(text);
}

/**
 * The synonyms an entry's text does not use, of the groups it uses a term of. Indexed with the entry (never shown),
 * they let a search for "BAME" find an entry that says "Black, Asian and minority ethnic", and back, at no cost to
 * the search itself. A one-way group gives only its first term, to entries that use one of the others.
 */
export function synonymForms(text: string, groups: SynonymGroup[]): string[] {
  return groups.flatMap(({ terms, oneWay }) => {
    const used = terms.map((t) => uses(text, t));
    if (oneWay) return used.slice(1).some(Boolean) && !used[0] ? [terms[0]] : [];
    return used.some(Boolean) ? terms.filter((_, i) => !used[i]) : [];
  });
}
