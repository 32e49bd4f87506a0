import type { APIRoute } from 'astro';
import { getCaseStudies } from '../../data';
import { formatDate, isoDay } from '../../lib/dates';
import { entryUrl } from '../../lib/content/entries';
import type { FinderItem } from '../../lib/finder/facets';

/** Every published case study, newest first, for the finder's filters: fetched once by the finder page. */
export const GET: APIRoute = async () => {
  const items = (await getCaseStudies()).map(({ entry, facets }): FinderItem => ({
    url: entryUrl(entry),
    title: entry.data.title,
    summary: entry.data.summary,
    published: isoDay(entry.data.published),
    date: formatDate(entry.data.published),
    facets,
  }));
  return new Response(JSON.stringify(items), { headers: { 'Content-Type': 'application/json' } });
};
