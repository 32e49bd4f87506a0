/**
 * What the search page does between the words typed and Pagefind's answers, so results are the ones people expect:
 * exact words before stem relatives, the phrase before scattered words, entries with most of the words when none
 * has all, a misspelt word corrected, and the meanings of an acronym that has several. Pure: the page runs the
 * searches these ask for (src/scripts/search.ts).
 */

/** Words too common to count towards "most of your words", or to correct. */
const commonWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);

/** The most words a search with no full match searches for one by one, each a Pagefind search. */
export const MAX_WORD_SEARCHES = 6;
/** The most words of a search that found something checked on their own, each a Pagefind search. */
export const MAX_WORD_CHECKS = 2;

/** The words of a search as the reader typed them, lower case, without punctuation. */
export const queryWords = (q: string): string[] => q.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/** A search the reader put in double quotes: they asked for those exact words, so it is run as typed. */
export const isQuoted = (q: string): boolean => q.includes('"');

/** The search for the whole query as one exact phrase: Pagefind neither stems nor prefix-matches it. */
export const exactQuery = (q: string): string => `"${q.replaceAll('"', '').trim()}"`;

/** The words worth searching for one by one, each once, at most `MAX_WORD_SEARCHES`. */
export const searchableWords = (words: string[]): string[] =>
  [...new Set(words.filter((w) => !commonWords.has(w)))].slice(0, MAX_WORD_SEARCHES);

/** Endings that keep a word the same word: "prison" marks "prisons" and "prisoners", "housing" never "house". */
const endings = new Set(['', 's', 'es', 'ed', 'd', 'ing', 'er', 'ers', "'s", '’s']);

/**
 * Whether a word of an excerpt is a word the reader searched for: the same word, or it with an ending ("prisons"
 * for "prison"). Pagefind also matches stem relatives and longer words ("House", "Gateshead"), which are not marked.
 */
export function isSearchedWord(token: string, words: string[]): boolean {
  return tokenWords(token).some((part) => words.some((w) => part.startsWith(w) && endings.has(part.slice(w.length))));
}

/** The words of one space-separated piece of text ("(NPS)." is "nps", "women-only" is "women" and "only"). */
const tokenWords = (token: string): string[] =>
  token
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((part) => part.replace(/^['’]+|['’]+$/g, ''))
    .filter(Boolean);

/** A word without its ending, roughly: "leaving", "leave" and "leaves" are all "leav". */
const baseOf = (word: string) => word.replace(/(?:ing|ers|er|es|ed|e|s|['’]s)$/, '') || word;

/**
 * How many of the words an entry's matched words hold, as the same word with any ending. Pagefind also counts a word
 * that starts the same ("south" in "Southend"), so its count of words is checked on the entry's text.
 */
export function wordsPresent(content: string, locations: number[], words: string[]): number {
  const all = content.split(/\s+/);
  const tokens = new Set(locations.flatMap((l) => tokenWords(all[l] ?? '').map(baseOf)));
  return words.filter((w) => tokens.has(baseOf(w))).length;
}

/** How many of the words an entry's matched words hold as typed, with an ending at most ("housing", not "House"). */
export function searchedWordsPresent(content: string, locations: number[], words: string[]): number {
  const tokens = content.split(/\s+/);
  return words.filter((w) => locations.some((l) => tokens[l] !== undefined && isSearchedWord(tokens[l], [w]))).length;
}

/**
 * Results in order: those of the exact search first, then the rest, each once. An exact search still stems but does
 * not match the start of longer words ("gate" is not "Gateshead"); Pagefind gives every exact result the same
 * score, so both groups keep the order of the search that ranks (`ranked`).
 */
export function exactFirst<T extends { id: string }>(exact: T[], ranked: T[]): T[] {
  const isExact = new Set(exact.map((r) => r.id));
  const rankedIds = new Set(ranked.map((r) => r.id));
  return [
    ...ranked.filter((r) => isExact.has(r.id)),
    ...exact.filter((r) => !rankedIds.has(r.id)),
    ...ranked.filter((r) => !isExact.has(r.id)),
  ];
}

/** An entry found by some of the words: its result of each word that found it. */
export interface PartMatch<T> {
  id: string;
  results: T[];
}

/**
 * When no entry has every word: the entries found by at least half of them, those with more words first, then by
 * their scores summed. `byWord` holds each word's results, best first.
 */
export function mostWords<T extends { id: string; score: number }>(byWord: T[][]): PartMatch<T>[] {
  const found = new Map<string, { results: T[]; score: number }>();
  for (const results of byWord) {
    for (const r of results) {
      const match = found.get(r.id) ?? { results: [], score: 0 };
      match.results.push(r);
      match.score += r.score;
      found.set(r.id, match);
    }
  }
  const enough = Math.ceil(byWord.length / 2);
  return [...found]
    .filter(([, m]) => m.results.length >= enough)
    .sort(([, a], [, b]) => b.results.length - a.results.length || b.score - a.score)
    .map(([id, m]) => ({ id, results: m.results }));
}

/** Edits from one word to another (insert, delete, change, swap two letters), up to `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    [before, previous] = [previous, row];
  }
  return previous[b.length];
}

/** The nearest word of the vocabulary to one that finds nothing, if one is close enough to be a slip. */
export function nearestWord(word: string, vocabulary: string[]): string | undefined {
  if (word.length < 4 || commonWords.has(word)) return undefined;
  const limit = word.length < 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const known of vocabulary) {
    const distance = editDistance(word, known, limit);
    if (distance > 0 && distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return best;
}

/**
 * The search with each word that finds nothing (`unknown`) replaced by its nearest known word, with the search as
 * typed but those words in quotes, so that searching for it again does not correct them; or nothing to correct.
 */
export function corrected(q: string, unknown: string[], vocabulary: string[]): { q: string; asTyped: string } | undefined {
  const fixes = new Map(
    unknown.flatMap((w) => [[w, nearestWord(w, vocabulary)] as const].filter((f): f is [string, string] => f[1] !== undefined)),
  );
  if (fixes.size === 0) return undefined;
  const replace = (to: (word: string, fix: string) => string) =>
    q.replace(/[\p{L}\p{N}]+/gu, (word) => {
      const fix = fixes.get(word.toLowerCase());
      return fix ? to(word, fix) : word;
    });
  return { q: replace((_, fix) => fix), asTyped: replace((word) => `"${word}"`) };
}

/** The meanings of a search that is one acronym with more than one meaning on the site, or nothing. */
export function acronymMeanings(q: string, meanings: Record<string, string[]>): { acronym: string; meanings: string[] } | undefined {
  const typed = q.trim().replaceAll('"', '').toLowerCase();
  const acronym = Object.keys(meanings).find((a) => a.toLowerCase() === typed);
  return acronym ? { acronym, meanings: meanings[acronym] } : undefined;
}

/**
 * An excerpt of a page's text, as plain and marked parts: the stretch of `length` words with the most words the
 * reader searched for, each of them marked. Pagefind's own excerpt centres on, and marks, its stem matches too
 * ("House" for "housing"). `locations` are Pagefind's matched word positions in `content`, split at spaces.
 */
export function excerptOf(content: string, locations: number[], words: string[], length: number): { text: string; mark: boolean }[] {
  const tokens = content.split(/\s+/);
  const matched = locations.filter((l) => tokens[l] !== undefined && isSearchedWord(tokens[l], words));
  // Pagefind may give only stem relatives' places ("House" for "housing"): the words are then looked for in the text.
  const searched = (matched.length ? matched : tokens.flatMap((t, i) => (isSearchedWord(t, words) ? [i] : []))).sort((a, b) => a - b);
  // "gate" says more than "the": the stretch is chosen by the words that are not common ones, if any.
  const telling = words.filter((w) => !commonWords.has(w));
  const weight = (l: number) => (telling.length === 0 || isSearchedWord(tokens[l], telling) ? 1 : 0);
  // A stretch starts a couple of words before a match, so the match reads in its sentence.
  const lead = 2;
  let start = Math.max(0, (searched[0] ?? locations[0] ?? 0) - lead);
  let best = 0;
  for (const at of searched) {
    const from = Math.max(0, at - lead);
    const score = searched.filter((l) => l >= from && l < from + length).reduce((sum, l) => sum + weight(l), 0);
    if (score > best) [start, best] = [from, score];
  }
  const parts: { text: string; mark: boolean }[] = [];
  tokens.slice(start, start + length).forEach((token, i) => {
    const pieces = [...(i > 0 ? [{ text: ' ', mark: false }] : []), { text: token, mark: isSearchedWord(token, words) }];
    for (const piece of pieces) {
      const last = parts.at(-1);
      if (last && !last.mark && !piece.mark) last.text += piece.text;
      else parts.push(piece);
    }
  });
  return parts;
}
