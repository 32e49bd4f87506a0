/**
 * What the search index is sent of a page: the part from Pagefind's `data-pagefind-body` element to the element
 * the layout marks with `searchEnd`. Pagefind would read the same from the whole page, since everything after the
 * mark is also marked `data-pagefind-ignore`; sending less keeps its reading beside rendering rather than after
 * the last page (docs/decisions/search-index-during-rendering.md). No imports: layouts use this module too.
 */

/** The attribute on the element that ends a page's searchable part (the entry's sidebar, in `layouts/Entry.astro`). */
export const searchEnd = 'data-search-end';

/**
 * A page's searchable part, as Pagefind reads it, or nothing for a page without `data-pagefind-body`. Pagefind
 * reads nothing before the body element, but needs `<html>`. The last mark is the real one: anything an author
 * writes comes before it.
 */
export function searchedPart(html: string): string | undefined {
  const body = html.indexOf(' data-pagefind-body');
  if (body < 0) return undefined;
  const from = html.lastIndexOf('<', body);
  const end = html.lastIndexOf(` ${searchEnd}`);
  const to = end > from ? html.lastIndexOf('<', end) : html.length;
  return `<html><body>${separatedTerms(html.slice(from, to))}`;
}

/**
 * Pagefind reads a description list as one run of text ("AreaBrightonRegionSouth East"): neither a term nor its
 * details is a block to it. Sent a colon after each term and each details element as a block, it reads the key
 * facts as phrases ("Area: Brighton. Region: South East."), in excerpts too. Pages keep their markup.
 */
export function separatedTerms(html: string): string {
  return html
    .replace(/<\/dt>/g, ':</dt> ')
    .replace(/<dd(?=[\s>])/g, '<div')
    .replace(/<\/dd>/g, '</div>');
}
