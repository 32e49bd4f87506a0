import { entryKey, type EntryLike } from './entries';

/** What related entries are matched on. `facets` holds case-study facets such as needs and region. */
export interface Relatable {
  key: string;
  published: Date;
  topics: string[];
  organisations: string[];
  facets?: string[];
}

/** A shared topic counts twice, a shared organisation or facet once. */
const weights = { topics: 2, organisations: 1, facets: 1 } as const;
const tagsOf = (entry: Relatable) =>
  (Object.keys(weights) as (keyof typeof weights)[]).flatMap((kind) => [...new Set(entry[kind] ?? [])].map((value) => ({ tag: `${kind}:${value}`, weight: weights[kind] })));

/**
 * Indexes entries by topic, organisation and facet, and returns a function giving the entries most related to
 * one of them: strongest first, then newest; never the entry itself or unrelated ones. The index visits only
 * entries that share something, rather than comparing every pair.
 */
export function relatedIndex<T extends Relatable>(all: T[]): (entry: T, limit?: number) => T[] {
  const postings = new Map<string, number[]>();
  all.forEach((entry, i) => {
    for (const { tag } of tagsOf(entry)) {
      const list = postings.get(tag);
      if (list) list.push(i);
      else postings.set(tag, [i]);
    }
  });
  const scores = new Float64Array(all.length);
  const before = (a: number, b: number) =>
    scores[a] - scores[b] || all[a].published.getTime() - all[b].published.getTime() || all[b].key.localeCompare(all[a].key);
  return (entry, limit = 3) => {
    const touched: number[] = [];
    for (const { tag, weight } of tagsOf(entry)) {
      for (const i of postings.get(tag) ?? []) {
        if (scores[i] === 0) touched.push(i);
        scores[i] += weight;
      }
    }
    // The best few, kept in order while scanning: cheaper than sorting every candidate.
    const best: number[] = [];
    for (const i of touched) {
      if (all[i].key === entry.key) continue;
      if (best.length === limit && before(i, best[limit - 1]) <= 0) continue;
      let at = best.length < limit ? best.length : limit - 1;
      while (at > 0 && before(i, best[at - 1]) > 0) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = i;
    }
    const result = best.map((i) => all[i]);
    for (const i of touched) scores[i] = 0;
    return result;
  };
}

/** What related-entry matching sees: topics, organisations and, for case studies, their facets. */
export function relatableOf(entry: EntryLike): Relatable & { entry: EntryLike } {
  const d = entry.data;
  const facets = [
    ...(d.needs ?? []).map((n) => `need:${n}`),
    ...(d.approach ?? []).map((a) => `approach:${a}`),
    ...(d.region ? [`region:${d.region}`] : []),
    ...(d.programme ? [`programme:${d.programme}`] : []),
  ];
  return { key: entryKey(entry), published: d.published, topics: d.topics, organisations: d.organisations, facets, entry };
}

/** What "similar case studies" are matched on: shared needs, approaches and region only. */
export function similarityOf(entry: EntryLike): Relatable & { entry: EntryLike } {
  const d = entry.data;
  const facets = [...(d.needs ?? []).map((n) => `need:${n}`), ...(d.approach ?? []).map((a) => `approach:${a}`), ...(d.region ? [`region:${d.region}`] : [])];
  return { key: entryKey(entry), published: d.published, topics: [], organisations: [], facets, entry };
}
