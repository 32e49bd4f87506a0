import GithubSlugger from 'github-slugger';
import { htmlToHast, markdownToMdast, mdxToMdast, type HastNode, type MdastNode } from 'satteri';

/**
 * What an entry body may contain, and what the checks need from it. An entry is untrusted text: Markdown, the
 * site's own components with literal attributes, and a small set of HTML. Nothing in it may run at build time
 * or reach a reader as markup the site did not allow. The check (`readBody`) and the build's guard
 * (`src/plugins/entry-policy.ts`) apply the same rules, node by node, to the tree of the same parser.
 */

/** Components an entry may use without an import line, and what each is for (shown in errors). */
export const entryComponents: Record<string, string> = {
  Chart: 'a chart from a dataset in content/data/: <Chart dataset="id" type="bar" />',
};

/** HTML elements an author may write, with the attributes each may carry beyond `title`, `lang` and `dir`. */
export const allowedHtml: Record<string, readonly string[]> = {
  abbr: [],
  b: [],
  br: [],
  cite: [],
  code: [],
  del: ['cite', 'datetime'],
  dfn: [],
  em: [],
  i: [],
  ins: ['cite', 'datetime'],
  kbd: [],
  mark: [],
  q: ['cite'],
  s: [],
  small: [],
  strong: [],
  sub: [],
  sup: [],
  time: ['datetime'],
  wbr: [],
  a: ['href', 'hreflang'],
  blockquote: ['cite'],
  details: ['open'],
  summary: [],
  figure: [],
  figcaption: [],
  p: [],
  hr: [],
  ul: [],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['scope', 'colspan', 'rowspan', 'abbr'],
  td: ['colspan', 'rowspan'],
};
const everyElement = ['title', 'lang', 'dir'];
const urlAttributes = new Set(['href', 'cite']);
const headingTags = /^h[1-6]$/;

/** A problem in a body, at a line of its file. */
export interface BodyProblem {
  line?: number;
  column?: number;
  message: string;
}

/** `<Chart ...>` as written: attribute values are strings, `true` for a bare flag, or numbers. */
export interface ComponentUsage {
  name: string;
  attributes: Record<string, string | number | boolean>;
  line: number;
}

export interface BodyScan {
  /** Heading ids as the build writes them (github-slugger over the heading's text, as Astro does). */
  headingIds: string[];
  links: { href: string; line: number }[];
  images: { src: string; alt: string; line: number }[];
  components: ComponentUsage[];
}

export type BodyFormat = 'md' | 'mdx';

/**
 * Where a link may lead: the web, e-mail, or this site. `javascript:`, `data:` and the like could run code or
 * dress up a page; `//host` is legal but easy to misread, so authors write https:// in full.
 */
export function unsafeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return undefined;
  if (trimmed.startsWith('//')) return `write the address in full, starting https://`;
  // Browsers ignore tabs, line breaks and control characters in a scheme ("java\tscript:"), so they count.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(/[\u0000-\u001f]/g, ''));
  if (scheme) return `"${scheme[1]}:" links are not allowed: use an https://, mailto: or site address such as /briefings/name/`;
  return undefined;
}

/** An image in a body must be a file in the repository: remote images would be third-party requests. */
function imageProblem(src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return `image ${src.slice(0, 80)} is not in the repository: save the file next to the entry (e.g. ./images/photo.jpg) and link to it there, so readers' browsers make no requests to other sites`;
  }
  return undefined;
}

/** `{/* a note *\/}`: the one expression an entry may hold, since it compiles to nothing. */
const isComment = (value: string) => /^\s*\/\*(?:[^*]|\*(?!\/))*\*\/\s*$/.test(value);

type Report = (message: string) => void;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Checks one HTML element and its attributes against the allowlist; returns the address an allowed <a> leads to. */
function checkHtmlElement(tag: string, attributes: [string, unknown][], report: Report): string | undefined {
  const name = tag.toLowerCase();
  if (headingTags.test(name)) {
    report(`<${tag}> is not allowed: write a heading as a line starting with ## (the page title is the only h1)`);
    return;
  }
  if (name === 'img') {
    // An <img> tag's file is not copied or resized by the build, so it would be a broken image.
    report('<img> is not allowed: write an image in Markdown, an exclamation mark, the alt text in square brackets, then the file in round brackets');
    return;
  }
  const allowed = allowedHtml[name];
  if (!allowed) {
    report(`<${tag}> is not allowed in an entry. Allowed HTML: ${Object.keys(allowedHtml).join(', ')}; anything else is Markdown or a component`);
    return;
  }
  for (const [attribute, value] of attributes) {
    const key = attribute.toLowerCase();
    if (!allowed.includes(key) && !everyElement.includes(key)) {
      const why = /^on/.test(key)
        ? 'event handlers run code'
        : key === 'style' || key === 'class' || key === 'classname'
          ? 'the site styles entries itself'
          : `<${name}> may have ${[...allowed, ...everyElement].join(', ')}`;
      report(`attribute ${attribute} on <${tag}> is not allowed: ${why}`);
      continue;
    }
    if (typeof value !== 'string') continue;
    if (urlAttributes.has(key)) {
      const problem = unsafeUrl(value);
      if (problem) report(`${attribute}="${value.slice(0, 80)}": ${problem}`);
    }
  }
  const href = attributes.find(([key]) => key.toLowerCase() === 'href')?.[1];
  return name === 'a' && typeof href === 'string' && href ? href : undefined;
}

/** What one node holds that the cross-entry checks need: a component as written, or the addresses of HTML links. */
export interface NodeFindings {
  component?: Omit<ComponentUsage, 'line'>;
  hrefs?: string[];
}

/** Checks a JSX element of MDX: a site component with literal attributes, or an allowed HTML element. */
function checkJsx(node: { name?: string | null; attributes?: JsxAttribute[] }, report: Report): NodeFindings | undefined {
  const name = node.name;
  if (!name) {
    report('<> … </> (a fragment) is not allowed: delete the empty tags');
    return undefined;
  }
  const attributes: Record<string, string | number | boolean> = {};
  const written: [string, unknown][] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      report(`{…} in <${name}> is code, which entries cannot run: write each attribute as name="value"`);
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) attributes[attribute.name] = true;
    else if (typeof value === 'string') attributes[attribute.name] = value;
    else {
      const expression = String((value as { value?: unknown }).value ?? '').trim();
      if (/^-?\d+(\.\d+)?$/.test(expression)) attributes[attribute.name] = Number(expression);
      else {
        report(`${attribute.name}={…} is code, which entries cannot run: write the value in quotes, e.g. ${attribute.name}="…"`);
        continue;
      }
    }
    written.push([attribute.name, attributes[attribute.name]]);
  }
  if (/[.:]/.test(name)) {
    report(`<${name}> is not allowed: entries may use ${Object.keys(entryComponents).map((c) => `<${c}>`).join(', ')} and simple HTML`);
    return undefined;
  }
  if (/^[A-Z]/.test(name)) {
    if (!(name in entryComponents)) {
      const known = Object.entries(entryComponents).map(([c, what]) => `<${c}>, ${what}`);
      report(`unknown component <${name}>: entries may use ${known.join('; ')}. Components need no import line`);
      return undefined;
    }
    return { component: { name, attributes } };
  }
  const href = checkHtmlElement(name, written, report);
  return href ? { hrefs: [href] } : undefined;
}

/** The elements of raw HTML in a `.md` body, as a browser would read them, with their attributes. */
function htmlElements(value: string): { tag: string; attributes: [string, unknown][] }[] {
  const found: { tag: string; attributes: [string, unknown][] }[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      // hast names properties as the DOM does (onClick, dateTime); authors wrote HTML's lower-case names.
      found.push({ tag: node.tagName, attributes: Object.entries(node.properties ?? {}).map(([key, v]) => [key.toLowerCase(), Array.isArray(v) ? v.join(' ') : v]) });
    }
    if ('children' in node) for (const child of node.children) visit(child as HastNode);
  };
  visit(htmlToHast(value, { fragment: true }) as HastNode);
  return found;
}

/** Plain text of a heading, as Astro slugs it: text and code, not markup. */
function textOf(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as MdastNode[]).map(textOf).join('');
  return '';
}

/**
 * The rules for one node of an entry body. The check calls it for every node of the tree; the build's guard
 * calls it from Sätteri's visitors for the node types listed in `policedTypes`.
 */
export function checkNode(node: MdastNode, report: Report): NodeFindings | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      report('`import` and `export` lines are not allowed: an entry cannot run code. Components such as <Chart> need no import line; delete it');
      return undefined;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isComment(node.value)) report('{…} is code, which entries cannot run. To show a curly bracket write \\{ ; for a note to editors write {/* like this */}');
      return undefined;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkJsx(node as unknown as { name?: string | null; attributes?: JsxAttribute[] }, report);
    case 'html': {
      const hrefs = htmlElements(node.value).flatMap(({ tag, attributes }) => checkHtmlElement(tag, attributes, report) ?? []);
      return hrefs.length ? { hrefs } : undefined;
    }
    case 'link':
    case 'definition': {
      const problem = unsafeUrl(node.url);
      if (problem) report(`link to ${node.url.slice(0, 80)}: ${problem}`);
      return undefined;
    }
    case 'image': {
      const problem = imageProblem(node.url);
      if (problem) report(problem);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Node types `checkNode` has rules for: the guard subscribes to these only. */
export const policedTypes = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html', 'link', 'definition', 'image'] as const;

/** Turns the parser's "3:7: message (rule)" into a file line, a column and advice. */
function syntaxProblem(message: string, fileLine: (line: number) => number): BodyProblem {
  const [, line, column, raw] = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([a-z-]+:[a-z-]+\))?$/.exec(message.trim()) ?? [];
  // Positions inside the message ("a closing tag for `<img>` (6:1)") count from the body too.
  const text = raw?.replace(/\((\d+):(\d+)\)/g, (_, l: string) => `(line ${fileLine(Number(l))})`);
  const advice = /note: to create a comment/.test(text ?? '')
    ? ''
    : ' (in an .mdx entry, < and { start a tag or code: write \\< or \\{ for the characters themselves)';
  return { line: line ? fileLine(Number(line)) : undefined, column: column ? Number(column) : undefined, message: `MDX syntax: ${text ?? message}${advice}` };
}

/**
 * Parses an entry body with the build's parser and checks it: every problem, with body lines; and the headings,
 * links, images and components the cross-entry checks need, all at file lines (`firstLine` is the body's first).
 * A syntax error stops the parser, so it is reported alone.
 */
export function readBody(body: string, format: BodyFormat, firstLine = 1): { scan: BodyScan; problems: BodyProblem[] } {
  const fileLine = (line: number) => line + firstLine - 1;
  const scan: BodyScan = { headingIds: [], links: [], images: [], components: [] };
  const problems: BodyProblem[] = [];
  let root: MdastNode;
  try {
    root = format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body);
  } catch (e) {
    return { scan, problems: [syntaxProblem((e as Error).message, fileLine)] };
  }
  const slugger = new GithubSlugger();
  const visit = (node: MdastNode) => {
    const start = node.position?.start;
    const line = fileLine(start?.line ?? 1);
    const report: Report = (message) => problems.push({ line, column: start?.column, message });
    const found = checkNode(node, report);
    if (found?.component) scan.components.push({ ...found.component, line });
    for (const href of found?.hrefs ?? []) scan.links.push({ href, line });
    if (node.type === 'heading') scan.headingIds.push(slugger.slug(textOf(node).trim()));
    else if (node.type === 'link' || node.type === 'definition') scan.links.push({ href: node.url, line });
    else if (node.type === 'image') scan.images.push({ src: node.url, alt: node.alt ?? '', line });
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(root);
  return { scan, problems };
}
