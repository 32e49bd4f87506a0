/**
 * What the search page knows of the site's words, published as /search/words.json and fetched only when a search
 * needs it (relevance.ts): the acronyms that mean more than one thing, and the words a misspelt one is corrected to.
 */
import type { GlossaryItem } from '../../schemas/glossary';
import type { SynonymGroup } from '../../schemas/synonyms';
import type { Taxonomies } from '../../schemas/taxonomies';

export interface SearchWords {
  /** Each acronym with more than one meaning on the site, and its meanings: the glossary's first. */
  meanings: Record<string, string[]>;
  /** Words a search may be corrected to, lower case, in order. */
  vocabulary: string[];
}

/** Words shorter than this are not corrected, nor corrected to: one slip makes another short word. */
const SHORTEST = 4;

/**
 * The site's search words: acronyms from the glossary and entries' own `acronyms`; the vocabulary from entry titles,
 * glossary terms and expansions, controlled-list names and synonyms, the words readers are likely to type.
 */
export function searchWords(
  glossary: GlossaryItem[],
  entries: { title: string; acronyms?: Record<string, string> }[],
  taxonomies: Taxonomies,
  synonyms: SynonymGroup[],
): SearchWords {
  const meaningsOf = new Map<string, string[]>(glossary.map((g) => [g.term, [g.expansion]]));
  for (const [term, meaning] of entries.flatMap((e) => Object.entries(e.acronyms ?? {}))) {
    const known = meaningsOf.get(term) ?? [];
    if (!known.some((m) => m.toLowerCase() === meaning.toLowerCase())) meaningsOf.set(term, [...known, meaning]);
  }
  const texts = [
    ...entries.map((e) => e.title),
    ...glossary.flatMap((g) => [g.term, g.expansion]),
    ...Object.values(taxonomies).flatMap((list: { name: string }[]) => list.map((item) => item.name)),
    ...synonyms.flatMap((s) => s.terms),
  ];
  const words = new Set(texts.flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= SHORTEST));
  return {
    meanings: Object.fromEntries([...meaningsOf].filter(([, m]) => m.length > 1).sort(([a], [b]) => a.localeCompare(b))),
    vocabulary: [...words].sort(),
  };
}
