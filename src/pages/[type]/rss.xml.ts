import type { APIRoute } from 'astro';
import { feedImageOf, getEntries, taxonomies } from '../../data';
import { contentType, contentTypes } from '../../lib/content/types';
import { entryFeed } from '../../lib/feeds/rss';
import { site } from '../../site';

export const getStaticPaths = () => contentTypes.map((t) => ({ params: { type: t.collection } }));

export const GET: APIRoute = async (context) => {
  const type = contentType(context.params.type!);
  return entryFeed({
    title: `${site.name}: ${type.plural}`,
    description: type.intro,
    site: context.site!,
    language: site.language,
    entries: await getEntries(type.collection),
    taxonomies,
    imageOf: feedImageOf,
  });
};
