import GithubSlugger from 'github-slugger';

/** What the checks need from an entry body, with file line numbers. */
export interface BodyScan {
  /** Heading ids as the build will write them (github-slugger, as Astro uses). */
  headingIds: string[];
  links: { href: string; line: number }[];
  images: { src: string; alt: string; line: number }[];
  /** Lines with an HTML <img> that has no alt text. */
  imgWithoutAlt: number[];
}

/** Heading text as a reader sees it: no link targets, emphasis, code marks or trailing #s. */
function headingText(raw: string): string {
  return raw
    .replace(/\s+#+\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/<[^>]+>/g, '')
    .trim();
}

/** Reads headings, links and images from Markdown/MDX, skipping fenced code. `firstLine` is the body's file line. */
export function scanBody(body: string, firstLine: number): BodyScan {
  const slugger = new GithubSlugger();
  const scan: BodyScan = { headingIds: [], links: [], images: [], imgWithoutAlt: [] };
  let fenced = false;
  body.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    const heading = /^#{1,6}\s+(.+)$/.exec(text);
    if (heading) scan.headingIds.push(slugger.slug(headingText(heading[1])));
    for (const m of text.matchAll(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (m[1]) scan.images.push({ alt: m[2], src: m[3], line });
      else scan.links.push({ href: m[3], line });
    }
    for (const m of text.matchAll(/\bhref\s*=\s*["']([^"']+)["']/g)) scan.links.push({ href: m[1], line });
    for (const tag of text.match(/<img\b[^>]*>/gi) ?? []) {
      if (!/\balt\s*=\s*["'{][^"'}]*\S/.test(tag)) scan.imgWithoutAlt.push(line);
    }
  });
  return scan;
}
