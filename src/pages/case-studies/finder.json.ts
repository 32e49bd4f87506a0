import type { APIRoute } from 'astro';
import { getCaseStudies, taxonomies } from '../../data';
import { isoDay } from '../../lib/dates';
import { byNewestEvidence, evidenceDateOf } from '../../lib/content/evidence';
import { entryUrl } from '../../lib/content/entries';
import type { FinderItem } from '../../lib/finder/facets';
import { caseStudyFacts } from '../../lib/finder/compare';

/** Every published case study, newest evidence first, for the finder's filters: fetched once by the finder page. */
export const GET: APIRoute = async () => {
  const items = (await getCaseStudies())
    .sort((a, b) => byNewestEvidence(a.entry, b.entry))
    .map(({ entry, facets }): FinderItem => ({
      url: entryUrl(entry),
      title: entry.data.title,
      summary: entry.data.summary,
      published: isoDay(entry.data.published),
      evidence: evidenceDateOf(entry.data),
      facets,
      facts: caseStudyFacts(entry.data, taxonomies),
    }));
  return new Response(JSON.stringify(items), { headers: { 'Content-Type': 'application/json' } });
};
