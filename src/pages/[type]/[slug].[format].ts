import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries, taxonomies, type Entry } from '../../data';
import { bibtex, ris } from '../../lib/citation';
import { citableOf } from '../../lib/entries';
import { site } from '../../site';

const formats = {
  bib: { render: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { render: ris, type: 'application/x-research-info-systems; charset=utf-8' },
};

export const getStaticPaths = (async () => {
  const entries = await getEntries();
  return entries.flatMap((entry) =>
    (Object.keys(formats) as (keyof typeof formats)[]).map((format) => ({
      params: { type: entry.collection, slug: entry.id, format },
      props: { entry, format },
    })),
  );
}) satisfies GetStaticPaths;

/** Citation downloads for reference managers: /<type>/<slug>.bib and .ris */
export const GET: APIRoute = ({ props }) => {
  const { entry, format } = props as { entry: Entry; format: keyof typeof formats };
  const { render, type } = formats[format];
  return new Response(render(citableOf(entry, site, taxonomies)), { headers: { 'Content-Type': type } });
};
