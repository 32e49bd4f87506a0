import { describe, expect, it } from 'vitest';
import { relatedEntries, relatedness, type Relatable } from '../../src/lib/related';
import { relatableOf, isPublic, byNewest, type EntryLike } from '../../src/lib/entries';

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

  it('weights shared topics above shared organisations and facets', () => {
    expect(relatedness(me, all[2])).toBe(4);
    expect(relatedness(me, all[3])).toBe(1);
  });

  it('ranks by strength then recency, never includes itself or unrelated entries', () => {
    expect(relatedEntries(me, all, 10).map((e) => e.key)).toEqual(['two-topics', 'one-topic', 'facet-only', 'org-only']);
    expect(relatedEntries(me, all).map((e) => e.key)).toHaveLength(3);
  });
});

describe('entries', () => {
  const entry = (over: Partial<EntryLike['data']>, collection: EntryLike['collection'] = 'case-studies'): EntryLike => ({
    collection,
    id: 'x',
    data: { title: 'X', summary: '', published: new Date('2026-01-10T00:00:00Z'), topics: ['t'], organisations: [], sources: [], draft: false, ...over },
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
    const facets = relatableOf(entry({ needs: ['homelessness'], approach: ['secondment'], region: 'north-east', programme: 'fulfilling-lives' })).facets;
    expect(facets).toEqual(['need:homelessness', 'approach:secondment', 'region:north-east', 'programme:fulfilling-lives']);
  });
});
