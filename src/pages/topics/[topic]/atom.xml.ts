import type { APIRoute } from 'astro';
import { getEntries, now, taxonomies } from '../../../data';
import { atomFeed } from '../../../lib/feeds/atom';
import { termName } from '../../../lib/content/taxonomies';
import { urls } from '../../../lib/urls';
import { site } from '../../../site';

/** An Atom feed per topic: everything new on it, of any type. */
export const getStaticPaths = () => taxonomies.topics.map((topic) => ({ params: { topic: topic.id }, props: { topic } }));

export const GET: APIRoute = async ({ props }) => {
  const { topic } = props as { topic: (typeof taxonomies.topics)[number] };
  const body = atomFeed({
    title: `${site.name}: ${topic.name}`,
    subtitle: topic.description ?? `New on ${topic.name}.`,
    pagePath: urls.topic(topic.id),
    feedPath: urls.topicFeed(topic.id),
    siteUrl: site.url,
    author: site.organisation.name,
    language: site.language,
    entries: (await getEntries()).filter((e) => e.data.topics.includes(topic.id)),
    topicNames: (e) => e.data.topics.map((t) => termName(taxonomies.topics, t)),
    fallbackUpdated: now,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
