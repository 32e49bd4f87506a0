import { defineMiddleware } from 'astro:middleware';
import { renderedPage } from './integrations/rendered-pages';

/**
 * During a build, hands each HTML page to the integrations that work on it as soon as it is rendered (the
 * search index, the link check), so that work runs beside Astro's rendering instead of after it.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (response.headers.get('content-type')?.startsWith('text/html')) await renderedPage(context.url.pathname, () => response.clone().text());
  return response;
});
