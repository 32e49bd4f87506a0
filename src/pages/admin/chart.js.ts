import type { APIRoute } from 'astro';
import { datasets, taxonomies } from '../../data';
import { chartComponentScript, chartFields } from '../../lib/admin/chart';
import { chartFieldDocs } from '../../lib/docs/collections';

// The editor's form for inserting a chart, listing the site's datasets by title.
export const GET: APIRoute = () => {
  const listed = [...datasets].map((d) => ({ id: d.id, title: d.meta.title })).sort((a, b) => a.title.localeCompare(b.title));
  return new Response(chartComponentScript(chartFields(listed, chartFieldDocs(taxonomies), taxonomies)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
