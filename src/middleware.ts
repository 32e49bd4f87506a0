import { defineMiddleware } from 'astro:middleware';
import { searchPages } from './integrations/search-pages';

/**
 * During a build, hands each HTML page to the search index as soon as it is rendered, so Pagefind indexes in its
 * own process while Astro renders the rest, instead of reading the whole site back afterwards.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const pages = searchPages();
  if (pages && response.headers.get('content-type')?.startsWith('text/html')) pages.add(context.url.pathname, await response.clone().text());
  return response;
});
