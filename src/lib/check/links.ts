import { decodeHTMLAttribute } from 'entities/decode';

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

// A comment's start, or a start tag with its attributes, their values double-, single- or un-quoted (so a ">"
// inside quotes stays in the value). Then a quick test for the attributes read, and one attribute.
const tagOrComment = /<!--|<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const interesting = /(?:id|name|href|src|srcset|action)\s*=/i;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// Elements whose content is text, not tags, and where that text ends.
const rawTextEnd: Record<string, RegExp> = Object.fromEntries(
  ['script', 'style', 'textarea', 'title'].map((tag) => [tag, new RegExp(`</${tag}`, 'gi')]),
);

/**
 * One shared copy of each string read: a piece cut out of a page keeps the whole page in memory (V8 makes it a
 * view of the page's text) until the link check ends, at the build's peak of memory. Most links repeat from page
 * to page (navigation, topics), so most are never copied.
 */
export function stringPool(): (piece: string) => string {
  const kept = new Map<string, string>();
  return (piece) => {
    let copy = kept.get(piece);
    if (copy === undefined) {
      // Joining makes a new string; cutting it again copies only the piece.
      copy = ` ${piece}`.slice(1);
      kept.set(copy, copy);
    }
    return copy;
  };
}

/**
 * Reads the anchor targets and outgoing references of one HTML page, by scanning its start tags: faster than a
 * full HTML parser, with the same results (docs/decisions/once-per-build.md).
 * Comments and the content of scripts and styles are skipped, as a browser does. Pages read with one `keep`
 * share their strings.
 */
export function readPageLinks(html: string, keep = stringPool()): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  const tags = new RegExp(tagOrComment);
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', tags.lastIndex);
      tags.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = match[1].toLowerCase();
    const closing = rawTextEnd[name];
    if (closing) {
      closing.lastIndex = tags.lastIndex;
      tags.lastIndex = closing.test(html) ? closing.lastIndex - closing.source.length : html.length;
    }
    // Most tags carry only a class: not worth reading attribute by attribute.
    if (!interesting.test(match[2])) continue;
    const wanted = references[name];
    let id: string | undefined;
    let anchorName: string | undefined;
    for (const [, key, ...values] of match[2].matchAll(attribute)) {
      const attr = key.toLowerCase();
      if (attr !== 'id' && attr !== 'name' && attr !== wanted) continue;
      const value = decodeHTMLAttribute(values.find((v) => v !== undefined) ?? '');
      if (attr === 'id') id = value;
      else if (attr === 'name' && name === 'a') anchorName = value;
      else if (attr === wanted) links.push(keep(name === 'source' ? value.split(/\s/)[0] : value));
    }
    // An old-style <a name> is a target only when the element has no id.
    const target = id ?? anchorName;
    if (target !== undefined) ids.add(keep(target));
  }
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
  // Where a link leads on this site (undefined: elsewhere): the page or file path, and the anchor if any.
  const resolve = (href: string, from: URL) => {
    const url = new URL(href, from);
    return url.origin === base.origin ? { target: decodeURI(url.pathname), anchor: decodeURIComponent(url.hash.slice(1)) } : undefined;
  };
  // Most links are site-absolute paths ("/topics/x/"), the same from every page: each is resolved once.
  const fromRoot = new Map<string, ReturnType<typeof resolve>>();
  for (const [page, { links }] of pages) {
    const pageUrl = new URL(page, base);
    for (const href of links) {
      if (/^(mailto|tel|data|javascript):/i.test(href)) continue;
      const rooted = href.startsWith('/') && !href.startsWith('//');
      if (rooted && !fromRoot.has(href)) fromRoot.set(href, resolve(href, base));
      // In-page anchors (contents, footnotes) are the other common kind, and need no URL parsing.
      const internal = rooted
        ? fromRoot.get(href)
        : href.startsWith('#')
          ? { target: page, anchor: decodeURIComponent(href.slice(1)) }
          : resolve(href, pageUrl);
      if (!internal) continue;
      const { target, anchor } = internal;
      const targetPage = pages.get(target);
      if (!targetPage && !files.has(target)) {
        const hint = pages.has(`${target}/`) ? ` (did you mean ${target}/ with a trailing slash?)` : '';
        broken.push({ page, href, reason: `no page or file at ${target}${hint}` });
        continue;
      }
      if (anchor && targetPage && !targetPage.ids.has(anchor)) {
        broken.push({ page, href, reason: `${target} has no element with id "${anchor}"` });
      }
    }
  }
  return broken;
}
