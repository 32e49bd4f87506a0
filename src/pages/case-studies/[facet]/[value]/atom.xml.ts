import type { APIRoute } from 'astro';
import { getCaseStudies, now, taxonomies } from '../../../../data';
import { atomFeed } from '../../../../lib/feeds/atom';
import { facetKeys, facetPath, filterItems, staticStates, type FacetKey } from '../../../../lib/finder/facets';
import { describeState } from '../../../../lib/finder/names';
import { termName } from '../../../../lib/content/taxonomies';
import { urls } from '../../../../lib/urls';
import { site } from '../../../../site';

/** An Atom feed per case-study facet value, to follow new case studies on, say, one need or region. */
export async function getStaticPaths() {
  const items = await getCaseStudies();
  return staticStates(items)
    .filter((state) => Object.keys(state).length === 1)
    .map((state) => {
      const facet = facetKeys.find((k) => state[k])!;
      return { params: { facet, value: state[facet]![0] }, props: { state, entries: filterItems(items, state).map((i) => i.entry) } };
    });
}

export const GET: APIRoute = ({ params, props }) => {
  const { state, entries } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const described = describeState(state, taxonomies);
  const body = atomFeed({
    title: `${site.name}: case studies, ${described}`,
    subtitle: `New case studies with ${described}.`,
    pagePath: facetPath(state),
    feedPath: urls.caseStudyFeed(params.facet as FacetKey, params.value!),
    siteUrl: site.url,
    author: site.organisation.name,
    language: site.language,
    entries,
    topicNames: (e) => e.data.topics.map((t) => termName(taxonomies.topics, t)),
    fallbackUpdated: now,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
