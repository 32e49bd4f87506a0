/**
 * The hand-over between the middleware, which sees every page as Astro renders it, and the search-index
 * integration, which feeds them to Pagefind while the rest of the site renders. Both run in the build's one
 * process; this module imports nothing, so the middleware bundle stays free of Pagefind.
 */
export interface SearchPages {
  /** Called with each rendered HTML page; the integration keeps those it indexes. */
  add(urlPath: string, html: string): void;
}

const key = Symbol.for('joined-up.search-pages');
const slot = globalThis as { [key]?: SearchPages };

/** Set by the search-index integration for the length of a build; unset, pages are not collected (`astro dev`). */
export function setSearchPages(pages: SearchPages | undefined): void {
  slot[key] = pages;
}

export function searchPages(): SearchPages | undefined {
  return slot[key];
}
