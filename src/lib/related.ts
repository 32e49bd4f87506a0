/** What related entries are matched on. `facets` holds case-study facets such as needs and region. */
export interface Relatable {
  key: string;
  published: Date;
  topics: string[];
  organisations: string[];
  facets?: string[];
}

const shared = (a: string[] = [], b: string[] = []) => a.filter((x) => b.includes(x)).length;

/** How strongly two entries are related: a shared topic counts twice, a shared organisation or facet once. */
export function relatedness(a: Relatable, b: Relatable): number {
  return 2 * shared(a.topics, b.topics) + shared(a.organisations, b.organisations) + shared(a.facets, b.facets);
}

/** The entries most related to `entry`, strongest first, then newest; never the entry itself or unrelated ones. */
export function relatedEntries<T extends Relatable>(entry: T, all: T[], limit = 3): T[] {
  return all
    .filter((other) => other.key !== entry.key)
    .map((other) => ({ other, score: relatedness(entry, other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.published.getTime() - a.other.published.getTime() || a.other.key.localeCompare(b.other.key))
    .slice(0, limit)
    .map(({ other }) => other);
}
