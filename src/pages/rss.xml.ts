import type { APIRoute } from 'astro';
import { feedImageOf, getEntries, taxonomies } from '../data';
import { entryFeed } from '../lib/feeds/rss';
import { site } from '../site';

export const GET: APIRoute = async (context) =>
  entryFeed({
    title: site.name,
    description: site.description,
    site: context.site!,
    language: site.language,
    entries: await getEntries(),
    taxonomies,
    imageOf: feedImageOf,
  });
