export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: Heading[];
}

/** Below this many sections a contents list adds clutter, not help. */
export const MIN_SECTIONS = 3;

/**
 * Contents for an entry: its level-2 sections with their level-3 subsections.
 * Empty when the entry has fewer than MIN_SECTIONS sections. The footnotes heading is left out.
 */
export function tableOfContents(headings: Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.slug === 'footnote-label') continue;
    if (h.depth === 2) items.push({ ...h, children: [] });
    else if (h.depth === 3 && items.length > 0) items.at(-1)!.children.push(h);
  }
  return items.length >= MIN_SECTIONS ? items : [];
}
