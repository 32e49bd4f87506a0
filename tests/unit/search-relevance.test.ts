import { describe, expect, it } from 'vitest';
import {
  acronymMeanings,
  corrected,
  editDistance,
  exactFirst,
  exactQuery,
  excerptOf,
  isQuoted,
  isSearchedWord,
  mostWords,
  nearestWord,
  queryWords,
  searchableWords,
  searchedWordsPresent,
  wordsPresent,
} from '../../src/lib/search/relevance';
import { searchWords } from '../../src/lib/search/words';
import type { Taxonomies } from '../../src/schemas/taxonomies';

const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('the words of a search', () => {
  it('are the words typed, lower case, without punctuation; quotes mean exactly these words', () => {
    expect(queryWords('Women leaving prison, South-East')).toEqual(['women', 'leaving', 'prison', 'south', 'east']);
    expect(queryWords('women’s services')).toEqual(['women’s', 'services']);
    expect(isQuoted('"through the gate"')).toBe(true);
    expect(isQuoted('through the gate')).toBe(false);
    expect(exactQuery('through "the" gate ')).toBe('"through the gate"');
  });

  it('searched one by one leave out common words and repeats', () => {
    expect(searchableWords(['through', 'the', 'gate', 'the', 'gate'])).toEqual(['through', 'gate']);
  });
});

describe('isSearchedWord', () => {
  it('marks the word searched and the word with an ending, not its stem relatives or longer words', () => {
    for (const token of ['Housing', 'housing.', '(housing),', 'Housing’s']) expect(isSearchedWord(token, ['housing']), token).toBe(true);
    for (const token of ['House', 'houses', 'household', 'housed']) expect(isSearchedWord(token, ['housing']), token).toBe(false);
    expect(isSearchedWord('Gateshead', ['gate'])).toBe(false);
    expect(isSearchedWord('prisoners', ['prison'])).toBe(true);
    expect(isSearchedWord('(NPS).', ['nps'])).toBe(true);
    expect(isSearchedWord('women-only', ['women'])).toBe(true);
  });
});

describe('exactFirst', () => {
  it('puts the exact results first, both groups in the ranked order, each result once', () => {
    const r = (id: string) => ({ id });
    expect(exactFirst([r('c'), r('x'), r('a')], [r('a'), r('b'), r('c')]).map((x) => x.id)).toEqual(['a', 'c', 'x', 'b']);
  });
});

describe('mostWords', () => {
  it('keeps entries with at least half the words, more words first, then by summed score', () => {
    const r = (id: string, score: number) => ({ id, score });
    const found = mostWords([[r('a', 1), r('b', 5), r('c', 1)], [r('a', 1), r('c', 1)], [r('b', 1), r('d', 9)], [r('c', 1)]]);
    expect(found.map((m) => [m.id, m.results.length])).toEqual([
      ['c', 3],
      ['b', 2],
      ['a', 2],
    ]);
  });

  it('counts the words as typed, with an ending at most, where their search matched', () => {
    const content = 'The House of Lords on housing and houses.';
    expect(searchedWordsPresent(content, [1], ['housing'])).toBe(0);
    expect(searchedWordsPresent(content, [1, 5], ['housing', 'lords'])).toBe(1);
  });

  it('counts a word on the text as the same word with any ending, not a longer word', () => {
    const content = 'People leave prison in Southend. Women’s services.';
    expect(wordsPresent(content, [0, 1, 2, 4, 5], ['women', 'leaving', 'prison', 'south'])).toBe(3);
  });
});

describe('correction', () => {
  const vocabulary = ['homelessness', 'housing', 'secondment', 'substance'];

  it('measures edits, a swap of two letters being one', () => {
    expect(editDistance('housnig', 'housing', 2)).toBe(1);
    expect(editDistance('substanse', 'substance', 2)).toBe(1);
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
  });

  it('corrects a word to the nearest known word, only within a slip, and not short or common words', () => {
    expect(nearestWord('secondmnt', vocabulary)).toBe('secondment');
    expect(nearestWord('hosuing', vocabulary)).toBe('housing');
    expect(nearestWord('probation', vocabulary)).toBeUndefined();
    expect(nearestWord('hous', ['house'])).toBe('house');
    expect(nearestWord('the', ['then'])).toBeUndefined();
  });

  it('gives the corrected search, and the search as typed with the corrected words quoted', () => {
    expect(corrected('Substanse misuse', ['substanse'], vocabulary)).toEqual({ q: 'substance misuse', asTyped: '"Substanse" misuse' });
    expect(corrected('xyzzy misuse', ['xyzzy'], vocabulary)).toBeUndefined();
  });
});

describe('acronymMeanings', () => {
  it('gives the meanings of a search that is one such acronym, in any case', () => {
    const meanings = { NPS: ['National Probation Service', 'new psychoactive substances'] };
    expect(acronymMeanings(' nps ', meanings)).toEqual({ acronym: 'NPS', meanings: meanings.NPS });
    expect(acronymMeanings('NPS probation', meanings)).toBeUndefined();
  });
});

describe('excerptOf', () => {
  const content = 'The House of Lords heard the evidence. The gate was shut. Housing on release was poor, and housing costs rose.';
  const tokens = content.split(' ');
  const at = (...words: string[]) => tokens.flatMap((t, i) => (words.some((w) => t.toLowerCase().startsWith(w)) ? [i] : []));

  it('shows the stretch with the words searched, marking only them', () => {
    const parts = excerptOf(content, at('hous'), ['housing'], 8);
    expect(text(parts)).toBe('was shut. Housing on release was poor, and');
    expect(marked(parts)).toEqual(['Housing']);
  });

  it('chooses the stretch by the telling words, not by "the"', () => {
    const parts = excerptOf(content, at('the', 'gate'), ['the', 'gate'], 4);
    expect(text(parts)).toBe('the evidence. The gate');
    expect(marked(parts)).toEqual(['the', 'The', 'gate']);
  });

  it('finds the words in the text when Pagefind gives only their stem relatives’ places', () => {
    const parts = excerptOf(content, at('house'), ['housing'], 3);
    expect(marked(parts)).toEqual(['Housing']);
  });

  it('starts at the beginning when nothing was searched', () => {
    expect(excerptOf(content, [], [], 3)).toEqual([{ text: 'The House of', mark: false }]);
  });
});

describe('searchWords', () => {
  const taxonomies = {
    topics: [{ id: 'p', name: 'Probation' }],
    regions: [{ id: 'se', name: 'South East England' }],
  } as unknown as Taxonomies;
  const glossary = [
    { term: 'NPS', expansion: 'National Probation Service', definition: 'd' },
    { term: 'CRC', expansion: 'Community Rehabilitation Company', definition: 'd' },
  ];

  it('lists only acronyms with more than one meaning, the glossary’s first', () => {
    const entries: { title: string; acronyms: Record<string, string> }[] = [
      { title: 'Drugs in prison', acronyms: { NPS: 'new psychoactive substances', CRC: 'community rehabilitation company' } },
      { title: 'Again', acronyms: { NPS: 'New psychoactive substances' } },
    ];
    expect(searchWords(glossary, entries, taxonomies, []).meanings).toEqual({
      NPS: ['National Probation Service', 'new psychoactive substances'],
    });
  });

  it('makes the vocabulary of titles, glossary, list names and synonyms: words of four letters or more, once, in order', () => {
    const { vocabulary } = searchWords(glossary, [{ title: 'Drugs in prison' }], taxonomies, [{ terms: ['BAME', 'BME'] }]);
    expect(vocabulary).toEqual(
      [
        'bame',
        'community',
        'company',
        'crc',
        'drugs',
        'east',
        'england',
        'national',
        'nps',
        'prison',
        'probation',
        'rehabilitation',
        'service',
        'south',
      ].filter((w) => w.length >= 4),
    );
  });
});
