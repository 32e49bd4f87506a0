import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { imageSize } from 'image-size';
import { collectionSchemas } from '../../schemas';
import { idPattern, type Taxonomies } from '../../schemas/taxonomies';
import type { ChartSpec } from '../charts/config';
import { checkCharts } from '../charts/usage';
import { checkContentFiles, imageExtensions, unsafeSvg } from '../content/files';
import { collectionNames, type CollectionName } from '../content/types';
import { loadDatasets, type Dataset } from '../datasets/load';
import { splitFrontmatter } from '../content/frontmatter';
import { readBody, type BodyScan } from '../content/body';
import { loadGlossary } from '../content/glossary';
import { loadSynonyms } from '../content/synonyms';
import { facetKeys } from '../finder/facets';
import { error, fieldPath, type Problem } from './problems';
import { pagesDir, publicDir } from '../paths';
import { fixedPages } from './site-pages';
import { loadTaxonomies } from '../content/taxonomies';
import { urls } from '../urls';
import { parseYaml } from '../content/yaml';

const entryExtensions = ['.md', '.mdx'];

/** Images bigger than this slow the repository and the build; Astro makes the sizes readers get. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 4000;
/** Listings and search results show two lines of summary comfortably; link previews cut it off sooner. */
export const SUMMARY_SOFT_LIMIT = 200;

/** Outside Astro an image is a path; whether the file exists is checked against the entry's folder. */
const imagePath = () => z.string().min(1, 'give the image file, e.g. ./images/photo.jpg');

type Schemas = ReturnType<typeof collectionSchemas>;
type Datasets = { datasets: Dataset[]; broken: Set<string> };

/** One entry file as the checks see it. `data` is the raw frontmatter; `valid` says whether it passed its schema. */
interface EntryRecord {
  collection: CollectionName;
  slug: string;
  file: string;
  shown: string;
  data: Record<string, unknown>;
  valid: boolean;
  lineOf: (p: readonly PropertyKey[]) => number;
  scan: BodyScan;
}

/**
 * Validates every entry and controlled list under `contentDir` with the same schemas the build uses, then checks
 * across entries: duplicate slugs, links and anchors between entries, redirects and images.
 * Returns all problems at once (empty when the content is good), and every chart that passes its checks, in
 * entries and each dataset's own, so a build can start drawing them.
 */
export function validateContent(contentDir: string, root = process.cwd()): { problems: Problem[]; charts: ChartSpec[] } {
  const { taxonomies, problems } = loadTaxonomies(contentDir, root);
  problems.push(...checkContentFiles(contentDir, root));
  problems.push(...loadGlossary(contentDir, root).problems, ...loadSynonyms(contentDir, root).problems);
  const datasets = loadDatasets(contentDir, root);
  problems.push(...datasets.problems);
  const charts = [...datasets.charts];
  const schemas = collectionSchemas({ taxonomies, image: imagePath });
  const records: EntryRecord[] = [];
  for (const collection of collectionNames) {
    const dir = path.join(contentDir, collection);
    if (!fs.existsSync(dir)) continue;
    const files = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && entryExtensions.includes(path.extname(d.name)))
      .map((d) => path.join(d.parentPath, d.name))
      .sort();
    for (const file of files) {
      const shown = path.relative(root, file);
      const slug = path.basename(file, path.extname(file));
      if (path.dirname(file) !== dir) {
        problems.push(error(shown, `entries must sit directly in content/${collection}/, not in a sub-folder`));
      }
      problems.push(...checkSlug(shown, slug));
      const { record, problems: found, charts: drawn } = readEntry(schemas, datasets, collection, slug, file, shown);
      problems.push(...found);
      charts.push(...drawn);
      if (record) records.push(record);
    }
  }
  problems.push(
    ...checkDuplicateSlugs(records),
    ...checkLinks(records, taxonomies, new Set([...datasets.datasets.map((d) => d.id), ...datasets.broken])),
    ...checkRedirects(records),
    ...checkImages(records, contentDir),
  );
  return { problems, charts };
}

function checkSlug(shown: string, slug: string): Problem[] {
  if (!idPattern.test(slug)) {
    return [
      error(
        shown,
        `file name "${slug}" is not a valid slug: use lower-case letters, digits and hyphens, e.g. "southend-complex-needs-panel"`,
      ),
    ];
  }
  if (/^\d+$/.test(slug)) return [error(shown, `file name "${slug}" is only digits, which clashes with listing page numbers; add a word`)];
  return [];
}

function readEntry(
  schemas: Schemas,
  datasets: Datasets,
  collection: CollectionName,
  slug: string,
  file: string,
  shown: string,
): { record?: EntryRecord; problems: Problem[]; charts: ChartSpec[] } {
  const source = fs.readFileSync(file, 'utf8');
  const { frontmatter, body, bodyLine } = splitFrontmatter(source);
  if (frontmatter === null) {
    return {
      charts: [],
      problems: [error(shown, 'no frontmatter: the file must start with a line `---`, the fields, then another `---`', { line: 1 })],
    };
  }
  const yaml = parseYaml(frontmatter, 2);
  const problems = yaml.errors.map((e) => error(shown, `YAML syntax: ${e.message}`, { line: e.line }));
  const { scan, problems: inBody } = readBody(body, path.extname(file) === '.md' ? 'md' : 'mdx', bodyLine);
  for (const p of inBody) problems.push(error(shown, p.message, { line: p.line, column: p.column }));
  if (yaml.errors.length) return { problems, charts: [] };

  const schema = schemas[collection];
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(describeIssue(issue, data, schema, shown, yaml.lineOf));
  } else if (result.data.summary.length > SUMMARY_SOFT_LIMIT) {
    problems.push({
      file: shown,
      line: yaml.lineOf(['summary']),
      field: 'summary',
      severity: 'warning',
      message: `${result.data.summary.length} characters: keep it to ${SUMMARY_SOFT_LIMIT} or fewer so search results and link previews show it whole`,
    });
  }
  for (const image of scan.images.filter((i) => !i.alt.trim())) {
    problems.push(
      error(shown, 'image without alt text: write what it shows inside the square brackets before the file name', { line: image.line }),
    );
  }
  const charts = checkCharts(
    shown,
    scan.components.filter((c) => c.name === 'Chart'),
    datasets.datasets,
    datasets.broken,
  );
  problems.push(...charts.problems);
  return {
    record: { collection, slug, file, shown, data, valid: result.success, lineOf: yaml.lineOf, scan },
    problems,
    charts: charts.specs,
  };
}

/** Turns a schema issue into a message that says what to do, at the line of the field. */
function describeIssue(
  issue: z.core.$ZodIssue,
  data: Record<string, unknown>,
  schema: Schemas[CollectionName],
  shown: string,
  lineOf: (p: readonly PropertyKey[]) => number,
): Problem {
  if (issue.code === 'unrecognized_keys') {
    const at = [...issue.path, issue.keys[0]];
    const allowed = issue.path.length === 0 ? ` Allowed fields: ${Object.keys(schema.shape).join(', ')}.` : '';
    return error(
      shown,
      `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling.${allowed}`,
      {
        line: lineOf(at),
        field: fieldPath(issue.path) || undefined,
      },
    );
  }
  const field = fieldPath(issue.path);
  const value = issue.path.reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<PropertyKey, unknown>)[key]), data);
  let message = issue.message;
  if (value === undefined && issue.code === 'invalid_type') {
    const about = describeField(schema, issue.path);
    message = `missing required field "${String(issue.path.at(-1))}"${about ? `: ${about}` : ''}`;
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    message = `"${String(value)}" is not allowed. Use one of: ${issue.values.map(String).join(', ')}`;
  }
  return error(shown, message, { line: lineOf(issue.path), field });
}

/** The `.describe()` text of the field at `path`, looking through arrays, optionals and defaults. */
function describeField(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    while (node && !('shape' in node) && !('element' in node) && 'unwrap' in node)
      node = (node as unknown as { unwrap: () => z.ZodType }).unwrap();
    if (node && typeof key === 'number' && 'element' in node) node = node.element as z.ZodType;
    else if (node && 'shape' in node) node = (node.shape as Record<PropertyKey, z.ZodType>)[key];
    else return undefined;
  }
  return node?.description;
}

function checkDuplicateSlugs(records: EntryRecord[]): Problem[] {
  const problems: Problem[] = [];
  const byAddress = Map.groupBy(records, (r) => urls.entry(r.collection, r.slug));
  const pages = fixedPages(pagesDir);
  for (const [address, same] of byAddress) {
    // A page of the site's own, such as /case-studies/compare/, already has this address.
    if (pages.has(address))
      for (const r of same)
        problems.push(error(r.shown, `slug "${r.slug}": the site's own page ${address} has this address; rename the file`));
    if (same.length < 2) continue;
    const files = same.map((r) => r.shown).join(' and ');
    for (const r of same)
      problems.push(error(r.shown, `duplicate slug "${r.slug}": ${files} would both be published at ${address}; rename one`));
  }
  return problems;
}

const isDraft = (r: EntryRecord) => r.data.draft === true;

/** The ids a link may name on an entry's page: its headings, and each chart's (chart-<dataset>). */
const anchorsOf = (r: EntryRecord) => [
  ...r.scan.headingIds,
  ...r.scan.components.filter((c) => c.name === 'Chart').map((c) => `chart-${String(c.attributes.dataset)}`),
];

/**
 * Links from entry bodies to addresses on this site: entries and their headings, topics, organisations,
 * datasets, listings, the site's own pages and files in public/. Whatever the check cannot find would break
 * the build's link check, so it is an error here too.
 */
function checkLinks(records: EntryRecord[], taxonomies: Taxonomies, datasetIds: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const byAddress = new Map(records.map((r) => [urls.entry(r.collection, r.slug), r]));
  const pages = fixedPages(pagesDir);
  const lists: Record<string, string[]> = {
    topics: taxonomies.topics.map((t) => t.id),
    organisations: taxonomies.organisations.map((o) => o.id),
  };
  for (const r of records) {
    const here = urls.entry(r.collection, r.slug);
    // `supersededBy` is a link on the page (in the old-evidence notice), so it is checked as one.
    const newer = typeof r.data.supersededBy === 'string' ? r.data.supersededBy : undefined;
    const links: { href: string; line: number; field?: string }[] = [
      ...r.scan.links,
      ...(newer ? [{ href: newer, line: r.lineOf(['supersededBy']), field: 'supersededBy' }] : []),
    ];
    for (const { href, line, field } of links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `https://site.invalid${here}`);
      const anchor = decodeURIComponent(url.hash.slice(1));
      const [section, id, ...rest] = url.pathname.split('/').filter(Boolean);
      const problem = (message: string | undefined) =>
        message && problems.push(error(r.shown, `link to ${href}: ${message}`, { line, ...(field ? { field } : {}) }));
      // Pages the check knows by address only: the link must end as the page's address does, and name no id.
      const addressOnly = (address: string, ids: string[] = []) =>
        url.pathname !== address
          ? `add a slash at the end: ${address}`
          : anchor && !ids.includes(anchor)
            ? `the check cannot see the ids on ${address}: link to the page itself, without #${anchor}`
            : undefined;
      const page = pages.get(url.pathname);
      if (page) {
        if (anchor && !page.has(anchor))
          problem(
            `${url.pathname} has no element with the id "${anchor}"${page.size ? `. Ids there: ${[...page].map((i) => `#${i}`).join(', ')}` : ''}`,
          );
        continue;
      }
      if (section in lists && id) {
        if (!lists[section].includes(id) || rest.length) problem(`there is no ${section.slice(0, -1)} "${id}" in content/${section}.yml`);
        else problem(addressOnly(`/${section}/${id}/`));
        continue;
      }
      if (section === 'data' && id && !rest.length) {
        const dataset = id.replace(/\.csv$/, '');
        if (!datasetIds.has(dataset)) problem(`there is no dataset "${dataset}" in content/data/`);
        else if (!id.endsWith('.csv')) problem(addressOnly(urls.dataset(dataset), [`chart-${dataset}`]));
        continue;
      }
      if (collectionNames.includes(section as CollectionName) && id === 'rss.xml' && !rest.length) continue;
      if (collectionNames.includes(section as CollectionName) && !id) {
        problem(addressOnly(urls.listing(section as CollectionName)));
        continue;
      }
      if (collectionNames.includes(section as CollectionName) && !/^\d+$/.test(id) && !rest.length) {
        if (!url.pathname.endsWith('/')) {
          problem(`add a slash at the end: ${urls.entry(section as CollectionName, id)}`);
          continue;
        }
        const target = byAddress.get(url.pathname);
        if (field && target === r) {
          problem('an entry cannot be superseded by itself: give the address of a newer entry on the same subject');
        } else if (!target) {
          problem(`no entry at ${url.pathname}; check the slug (the file name in content/${section}/)`);
        } else if (isDraft(target) && !isDraft(r)) {
          problem(`${target.shown} is a draft, so this link would be broken on the published site`);
        } else if (anchor && !anchor.startsWith('user-content-') && !anchorsOf(target).includes(anchor)) {
          const known = target.scan.headingIds.length ? ` Headings there: ${target.scan.headingIds.map((h) => `#${h}`).join(', ')}` : '';
          problem(`${target === r ? 'this entry' : target.shown} has no heading with the id "${anchor}".${known}`);
        }
        continue;
      }
      const file = path.join(publicDir, decodeURI(url.pathname));
      if (!anchor && !url.pathname.endsWith('/') && file.startsWith(publicDir) && fs.existsSync(file)) continue;
      problem(
        `no page at ${url.pathname} that the check can confirm: link to an entry, a topic, an organisation, a dataset, a listing such as /${r.collection}/, or one of ${[...pages.keys()].filter((p) => p.endsWith('/')).join(', ')}`,
      );
    }
  }
  return problems;
}

/**
 * Old addresses must be unique and must not hide a page. An old address is an entry's earlier address,
 * /<type>/<old-slug>/: anything else is, or could become, a page the site builds (a listing, a topic, a feed).
 */
function checkRedirects(records: EntryRecord[]): Problem[] {
  const problems: Problem[] = [];
  const live = new Map(records.map((r) => [urls.entry(r.collection, r.slug), r]));
  const claimed = new Map<string, EntryRecord>();
  for (const r of records) {
    const from = Array.isArray(r.data.redirectFrom) ? (r.data.redirectFrom as unknown[]) : [];
    from.forEach((old, i) => {
      if (typeof old !== 'string') return;
      const at = { line: r.lineOf(['redirectFrom', i]), field: `redirectFrom[${i}]` };
      const [type, slug, ...rest] = old.split('/').filter(Boolean);
      const page = live.get(old);
      const other = claimed.get(old);
      if (!collectionNames.includes(type as CollectionName) || !slug || rest.length) {
        problems.push(
          error(
            r.shown,
            `${old} is not an entry's address: an old address is /<type>/<old-name>/, e.g. /${r.collection}/old-name/, so it cannot replace another page of the site`,
            at,
          ),
        );
      } else if (/^\d+$/.test(slug) || (type === 'case-studies' && facetKeys.includes(slug as never))) {
        problems.push(error(r.shown, `${old} is the address of a listing page, which a redirect would replace`, at));
      } else if (page) problems.push(error(r.shown, `${old} is the address of ${page.shown}; an old address must not be in use`, at));
      else if (other)
        problems.push(
          error(r.shown, `${old} is already listed in redirectFrom of ${other.shown}; one old address can lead to one entry only`, at),
        );
      else claimed.set(old, r);
    });
  }
  return problems;
}

/**
 * Hero and inline images must be image files inside the content folder (or, written /like-this.png, inside
 * public/), not huge, and an SVG must be a picture, not a program; Astro makes the sizes readers download.
 */
function checkImages(records: EntryRecord[], contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const inside = (file: string, dir: string) => {
    const relative = path.relative(dir, file);
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  for (const r of records) {
    const hero = (r.data.image as { src?: unknown } | undefined)?.src;
    const images = [
      ...(r.valid && typeof hero === 'string' ? [{ src: hero, line: r.lineOf(['image', 'src']), field: 'image.src' }] : []),
      // Remote images are reported by the body check.
      ...r.scan.images
        .filter((i) => !/^[a-z][a-z0-9+.-]*:/i.test(i.src) && !i.src.startsWith('//'))
        .map((i) => ({ src: i.src, line: i.line, field: undefined })),
    ];
    for (const { src, line, field } of images) {
      const rooted = src.startsWith('/');
      const folder = rooted ? publicDir : contentDir;
      const file = rooted ? path.join(publicDir, decodeURI(src)) : path.resolve(path.dirname(r.file), decodeURI(src));
      const at = { line, field };
      if (!inside(file, folder)) {
        problems.push(
          error(
            r.shown,
            `image ${src} is outside the ${rooted ? 'public' : 'content'} folder: keep images beside the entries, e.g. ./images/photo.jpg`,
            at,
          ),
        );
        continue;
      }
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) {
        problems.push(
          error(
            r.shown,
            `image file not found: ${src} (${rooted ? 'a path starting / is in public/' : 'paths are relative to the entry file'})`,
            at,
          ),
        );
        continue;
      }
      if (!imageExtensions.includes(path.extname(file).toLowerCase())) {
        problems.push(error(r.shown, `${src} is not an image: use a JPEG, PNG, WebP, AVIF or SVG file`, at));
        continue;
      }
      const bytes = stat.size;
      if (bytes > MAX_IMAGE_BYTES) {
        problems.push(
          error(
            r.shown,
            `image ${src} is ${(bytes / 1024 / 1024).toFixed(1)} MB; save it at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB (the site makes smaller copies itself)`,
            at,
          ),
        );
      }
      const contents = fs.readFileSync(file);
      if (path.extname(file).toLowerCase() === '.svg') {
        for (const found of unsafeSvg(contents.toString('utf8'))) {
          problems.push(
            error(
              r.shown,
              `image ${src} holds ${found}, which could run code or load other sites: export the picture again as plain SVG, or use PNG`,
              at,
            ),
          );
        }
      }
      try {
        const { width = 0, height = 0 } = imageSize(contents);
        if (Math.max(width, height) > MAX_IMAGE_SIDE) {
          problems.push(
            error(
              r.shown,
              `image ${src} is ${width}×${height} pixels; resize it to at most ${MAX_IMAGE_SIDE} pixels on its longest side`,
              at,
            ),
          );
        }
      } catch {
        problems.push(error(r.shown, `image ${src} is not an image file the site can read (use JPEG, PNG, WebP, AVIF or SVG)`, at));
      }
    }
  }
  return problems;
}
