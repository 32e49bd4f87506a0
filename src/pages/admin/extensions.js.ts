import type { APIRoute } from 'astro';
import { datasets, taxonomies } from '../../data';
import { chartFields } from '../../lib/admin/chart';
import { editorScript } from '../../lib/admin/script';
import { allowedHtml } from '../../lib/content/body';
import { chartFieldDocs } from '../../lib/docs/collections';

// The site's additions to the editor: the chart form, listing the site's datasets by title, and escaping on save.
export const GET: APIRoute = () => {
  const listed = datasets.map((d) => ({ id: d.id, title: d.meta.title })).sort((a, b) => a.title.localeCompare(b.title));
  const script = editorScript({
    chartFields: chartFields(listed, chartFieldDocs(taxonomies), taxonomies),
    htmlTags: Object.keys(allowedHtml),
  });
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
