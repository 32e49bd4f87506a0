import { describe, expect, it } from 'vitest';
import { relatedIndex, type Relatable } from '../../src/lib/content/related';
import { isPublic, byNewest, type EntryLike } from '../../src/lib/content/entries';
import { relatableOf } from '../../src/lib/content/related';

const r = (key: string, topics: string[], organisations: string[] = [], day = 1, facets: string[] = []): Relatable => ({
  key,
  topics,
  organisations,
  facets,
  published: new Date(Date.UTC(2026, 0, day)),
});

describe('related entries', () => {
  const me = r('me', ['probation', 'housing'], ['meam'], 1, ['need:homelessness']);
  const all = [
    me,
    r('one-topic', ['probation'], [], 5),
    r('two-topics', ['probation', 'housing'], [], 2),
    r('org-only', ['other'], ['meam'], 3),
    r('facet-only', ['other'], [], 4, ['need:homelessness']),
    r('unrelated', ['other'], ['clinks'], 9),
  ];

  const related = relatedIndex(all);

  it('ranks by strength (a topic counts twice) then recency, never includes itself or unrelated entries', () => {
    expect(related(me, 10).map((e) => e.key)).toEqual(['two-topics', 'one-topic', 'facet-only', 'org-only']);
    expect(related(me).map((e) => e.key)).toEqual(['two-topics', 'one-topic', 'facet-only']);
  });

  it('gives the same answer as scoring every pair, on a larger random archive', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const pick = (prefix: string, n: number, k: number) => Array.from({ length: random(k + 1) }, () => `${prefix}${random(n)}`);
    const many = Array.from({ length: 300 }, (_, i) => r(`e${i}`, pick('t', 6, 3), pick('o', 8, 2), 1 + random(20), pick('f', 10, 2)));
    const shared = (a: string[] = [], b: string[] = []) => [...new Set(a)].filter((x) => b.includes(x)).length;
    const score = (a: Relatable, b: Relatable) =>
      2 * shared(a.topics, b.topics) + shared(a.organisations, b.organisations) + shared(a.facets, b.facets);
    const index = relatedIndex(many);
    for (const entry of many) {
      const expected = many
        .filter((o) => o.key !== entry.key && score(entry, o) > 0)
        .sort((a, b) => score(entry, b) - score(entry, a) || b.published.getTime() - a.published.getTime() || a.key.localeCompare(b.key))
        .slice(0, 5);
      expect(index(entry, 5).map((e) => e.key)).toEqual(expected.map((e) => e.key));
    }
  });
});

describe('entries', () => {
  const entry = (over: Partial<EntryLike['data']>, collection: EntryLike['collection'] = 'case-studies'): EntryLike => ({
    collection,
    id: 'x',
    data: {
      title: 'X',
      summary: '',
      published: new Date('2026-01-10T00:00:00Z'),
      topics: ['t'],
      organisations: [],
      sources: [],
      draft: false,
      ...over,
    },
  });

  it('publishes only non-drafts whose date has come', () => {
    const now = new Date('2026-01-10T12:00:00Z');
    expect(isPublic(entry({}), now)).toBe(true);
    expect(isPublic(entry({ draft: true }), now)).toBe(false);
    expect(isPublic(entry({ published: new Date('2026-01-11T00:00:00Z') }), now)).toBe(false);
  });

  it('sorts newest first, then by title', () => {
    const list = [entry({ title: 'B' }), entry({ title: 'A' }), entry({ title: 'Z', published: new Date('2026-02-01T00:00:00Z') })];
    expect(list.sort(byNewest).map((e) => e.data.title)).toEqual(['Z', 'A', 'B']);
  });

  it('matches case studies on their facets', () => {
    const facets = relatableOf(
      entry({ needs: ['homelessness'], approach: ['secondment'], region: 'north-east', programme: 'fulfilling-lives' }),
    ).facets;
    expect(facets).toEqual(['need:homelessness', 'approach:secondment', 'region:north-east', 'programme:fulfilling-lives']);
  });
});
