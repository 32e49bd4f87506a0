import type { APIRoute } from 'astro';
import { getCaseStudies, taxonomies } from '../../data';
import { entryUrl } from '../../lib/content/entries';
import { compareCsv, compareRows } from '../../lib/finder/compare';
import { site } from '../../site';

/** The compare table as CSV, for a spreadsheet: /case-studies/compare.csv */
export const GET: APIRoute = async () => {
  const items = (await getCaseStudies()).map(({ entry }) => ({ id: entry.id, url: entryUrl(entry), data: entry.data }));
  return new Response(compareCsv(compareRows(items, taxonomies), site.url), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
