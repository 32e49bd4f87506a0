/**
 * The hand-over between the middleware, which sees every page as Astro renders it, and the integrations that
 * work on pages while the rest of the site renders (the search index, the link check), instead of reading
 * `dist/` back afterwards. All run in the build's one process; this module imports nothing, so the middleware
 * bundle stays free of what they use.
 */
export type RenderedPageListener = (urlPath: string, html: string) => void;

const key = Symbol.for('joined-up.rendered-pages');
const slot = globalThis as { [key]?: Set<RenderedPageListener> };

/** Calls `listener` with each HTML page rendered from now on, until the function returned is called. */
export function onRenderedPage(listener: RenderedPageListener): () => void {
  const listeners = (slot[key] ??= new Set());
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the middleware with each HTML page. Outside a build nobody listens (`astro dev`). */
export function renderedPage(urlPath: string, html: () => Promise<string>): Promise<void> | undefined {
  const listeners = slot[key];
  if (!listeners?.size) return undefined;
  return html().then((text) => {
    for (const listener of listeners) listener(urlPath, text);
  });
}
