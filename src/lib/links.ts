import { Parser } from 'htmlparser2';

/** What one built page offers (anchor targets) and points to (links). */
export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

// The attribute that holds each tag's outgoing reference.
const references: Record<string, string> = { a: 'href', link: 'href', img: 'src', script: 'src', source: 'srcset', form: 'action' };

/**
 * Reads the anchor targets and outgoing references of one HTML page. A streaming parser, not a DOM:
 * at 5,000 entries building a DOM per page made the link check the slowest step after rendering.
 */
export function readPageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes.id ?? (name === 'a' ? attributes.name : undefined);
        if (id !== undefined) ids.add(id);
        const ref = attributes[references[name]];
        if (ref !== undefined) links.push(name === 'source' ? ref.split(/\s/)[0] : ref);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { ids, links };
}

/** URL path of a built file: `a/b/index.html` → `/a/b/`, `rss.xml` → `/rss.xml`. */
export function urlPathOf(file: string): string {
  const clean = file.split('\\').join('/');
  if (clean === 'index.html') return '/';
  return `/${clean.endsWith('/index.html') ? clean.slice(0, -'index.html'.length) : clean}`;
}

/**
 * Every internal link or anchor that leads nowhere. `pages` maps URL paths of HTML pages to their links;
 * `files` holds the URL paths of every other built file. Links to `origin` count as internal.
 */
export function findBrokenLinks(pages: Map<string, PageLinks>, files: Set<string>, origin: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const base = new URL(origin);
  for (const [page, { links }] of pages) {
    const pageUrl = new URL(page, base);
    for (const href of links) {
      if (/^(mailto|tel|data|javascript):/i.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.origin !== base.origin) continue;
      const target = decodeURI(url.pathname);
      const targetPage = pages.get(target);
      if (!targetPage && !files.has(target)) {
        const hint = pages.has(`${target}/`) ? ` (did you mean ${target}/ with a trailing slash?)` : '';
        broken.push({ page, href, reason: `no page or file at ${target}${hint}` });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && targetPage && !targetPage.ids.has(anchor)) {
        broken.push({ page, href, reason: `${target} has no element with id "${anchor}"` });
      }
    }
  }
  return broken;
}
