import { formatDate, isoDay, monthName } from '../dates';

/** What a citation needs to know about an entry. */
export interface Citable {
  /** Stable id used for the BibTeX key, e.g. "case-studies/southend-complex-needs-panel". */
  key: string;
  title: string;
  /** Corporate author and publisher: the site's organisation. */
  author: string;
  siteName: string;
  /** The kind of document, e.g. "Briefing", "Case study". */
  kind: string;
  published: Date;
  updated?: Date;
  url: string;
  summary: string;
  keywords: string[];
  /** RIS reference type: RPRT (report) or ELEC (web page). */
  risType: 'RPRT' | 'ELEC';
}

/** A citation split around its title, so the title can be set in italics. */
export interface CitationText {
  before: string;
  title: string;
  after: string;
}

export const plain = (c: CitationText) => `${c.before}${c.title}${c.after}`;

/** Harvard (Cite Them Right): Author (Year) *Title*. Kind. Available at: URL. */
export function harvard(c: Citable): CitationText {
  return {
    before: `${c.author} (${c.published.getUTCFullYear()}) `,
    title: c.title,
    after: `. ${c.kind}. ${c.author === c.siteName ? '' : `${c.siteName}. `}Available at: ${c.url}`,
  };
}

/** APA 7th edition: Author. (Year, Month Day). *Title* [Kind]. Site. URL (site omitted when it is the author). */
export function apa(c: Citable): CitationText {
  const d = c.published;
  return {
    before: `${c.author}. (${d.getUTCFullYear()}, ${monthName(d)} ${d.getUTCDate()}). `,
    title: c.title,
    after: ` [${c.kind}]. ${c.author === c.siteName ? '' : `${c.siteName}. `}${c.url}`,
  };
}

/** Escapes BibTeX's special characters so titles print as written. */
function bibEscape(value: string): string {
  return value
    .replace(/[\\{}]/g, (ch) => `\\${ch}`)
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/**
 * Author, year, then the entry's type and slug: the type and slug together name one entry, so two entries never
 * share a key in a reader's bibliography, whatever their titles and dates.
 */
export function bibtexKey(c: Citable): string {
  return `${c.author.toLowerCase().replace(/[^a-z0-9]/g, '')}${c.published.getUTCFullYear()}-${c.key.replace('/', '-')}`;
}

/** A BibTeX @misc record (web publications have no better standard type). */
export function bibtex(c: Citable): string {
  const fields: [string, string][] = [
    ['author', `{{${bibEscape(c.author)}}}`],
    ['title', `{{${bibEscape(c.title)}}}`],
    ['year', String(c.published.getUTCFullYear())],
    ['month', monthName(c.published).slice(0, 3).toLowerCase()],
    ['publisher', `{${bibEscape(c.siteName)}}`],
    ['howpublished', `{\\url{${c.url}}}`],
    ['url', `{${c.url}}`],
    ['note', `{${bibEscape(c.kind)}, published ${formatDate(c.published)}${c.updated ? `, updated ${formatDate(c.updated)}` : ''}}`],
    ['abstract', `{${bibEscape(c.summary)}}`],
    ['keywords', `{${bibEscape(c.keywords.join(', '))}}`],
  ];
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@misc{${bibtexKey(c)},\n${body}\n}\n`;
}

/** An RIS record (Zotero, EndNote, Mendeley). Values are single-line; RIS has no escaping. */
export function ris(c: Citable): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
  const day = (d: Date) => isoDay(d).replace(/-/g, '/');
  const lines = [
    line('TY', c.risType),
    line('TI', c.title),
    // A trailing comma keeps a corporate author whole instead of splitting it into family and given names.
    line('AU', `${c.author},`),
    line('PY', String(c.published.getUTCFullYear())),
    line('DA', day(c.published)),
    line('PB', c.siteName),
    line('UR', c.url),
    line('AB', c.summary),
    line('M3', c.kind),
    ...c.keywords.map((k) => line('KW', k)),
    ...(c.updated ? [line('Y2', day(c.updated))] : []),
    line('LA', 'en-GB'),
    line('ER', ''),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The citation files readers can download, in the order the page offers them. */
export const citationFormats = [
  { format: 'bib', label: 'Download BibTeX', type: 'application/x-bibtex', render: bibtex },
  { format: 'ris', label: 'Download RIS (Zotero, EndNote, Mendeley)', type: 'application/x-research-info-systems', render: ris },
] as const;

/**
 * A citation file as a download link that needs no file of its own: the record travels in a data: URL with a
 * file name, so the site does not write and deploy two small files per entry (docs/decisions/output-sizes.md).
 */
export function citationDownloads(c: Citable, slug: string): { label: string; href: string; filename: string }[] {
  return citationFormats.map(({ format, label, type, render }) => ({
    label,
    href: `data:${type};charset=utf-8,${encodeURIComponent(render(c))}`,
    filename: `${slug}.${format}`,
  }));
}
