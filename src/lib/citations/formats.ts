import type { Source } from '../../schemas/source';
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

/** One RIS line. Values are single-line; RIS has no escaping. */
const risLine = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;

/** An RIS record (Zotero, EndNote, Mendeley). */
export function ris(c: Citable): string {
  const day = (d: Date) => isoDay(d).replace(/-/g, '/');
  const lines = [
    risLine('TY', c.risType),
    risLine('TI', c.title),
    // A trailing comma keeps a corporate author whole instead of splitting it into family and given names.
    risLine('AU', `${c.author},`),
    risLine('PY', String(c.published.getUTCFullYear())),
    risLine('DA', day(c.published)),
    risLine('PB', c.siteName),
    risLine('UR', c.url),
    risLine('AB', c.summary),
    risLine('M3', c.kind),
    ...c.keywords.map((k) => risLine('KW', k)),
    ...(c.updated ? [risLine('Y2', day(c.updated))] : []),
    risLine('LA', 'en-GB'),
    risLine('ER', ''),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The citation files readers can download, in the order the page offers them, for the summary and for an original. */
export const citationFormats = [
  { format: 'bib', label: 'Download BibTeX', type: 'application/x-bibtex', render: bibtex, renderSource: bibtexSource },
  {
    format: 'ris',
    label: 'Download RIS (Zotero, EndNote, Mendeley)',
    type: 'application/x-research-info-systems',
    render: ris,
    renderSource: risSource,
  },
] as const;

export interface CitationDownload {
  label: string;
  href: string;
  filename: string;
}

/**
 * A citation file as a download link that needs no file of its own: the record travels in a data: URL with a
 * file name, so the site does not write and deploy two small files per entry (docs/decisions/output-sizes.md).
 */
const download = (label: string, type: string, text: string, filename: string): CitationDownload => ({
  label,
  href: `data:${type};charset=utf-8,${encodeURIComponent(text)}`,
  filename,
});

export function citationDownloads(c: Citable, slug: string): CitationDownload[] {
  return citationFormats.map(({ format, label, type, render }) => download(label, type, render(c), `${slug}.${format}`));
}

/**
 * Each original's citation files, one list per source. Named `<slug>-original` (numbered when there are several)
 * so they never overwrite the summary's `<slug>.bib` in a reader's downloads folder, and labelled so that every
 * link on the page has its own name.
 */
export function sourceDownloads(sources: Source[], slug: string): CitationDownload[][] {
  return sources.map((s, i) => {
    const [name, file] = sources.length === 1 ? ['the original', `${slug}-original`] : [`original ${i + 1}`, `${slug}-original-${i + 1}`];
    return citationFormats.map(({ format, label, type, renderSource }) =>
      download(label.replace(/^(Download \S+)/, `$1 for ${name}`), type, renderSource(s), `${file}.${format}`),
    );
  });
}

// An original publication, cited from an entry's `sources`. Its author is the body that wrote it, else its
// publisher; its date is as precise as the source gives it.
const sourceAuthor = (s: Source) => s.author ?? s.publisher;
const sourceParts = (s: Source) => {
  const [year, month, day] = s.date.split('-').map(Number);
  return { year, month, day, publisher: s.author && s.author !== s.publisher ? s.publisher : undefined };
};
const monthOf = (month: number) => monthName(new Date(Date.UTC(2000, month - 1, 1)));

/** Harvard (Cite Them Right) for an original: Author (Year) *Title*. Reference. Publisher. Available at: URL. */
export function harvardSource(s: Source): CitationText {
  const { year, publisher } = sourceParts(s);
  const tail = [s.reference, publisher].filter(Boolean).map((part) => ` ${part}.`);
  return {
    before: `${sourceAuthor(s)} (${year}) `,
    title: s.title,
    after: `.${tail.join('')}${s.url ? ` Available at: ${s.url}` : ''}`,
  };
}

/** APA 7th edition for an original: Author. (Year, Month Day). *Title* (Reference). Publisher. URL. */
export function apaSource(s: Source): CitationText {
  const { year, month, day, publisher } = sourceParts(s);
  const date = [year, month && [monthOf(month), day].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return {
    before: `${sourceAuthor(s)}. (${date}). `,
    title: s.title,
    after: `${s.reference ? ` (${s.reference})` : ''}.${publisher ? ` ${publisher}.` : ''}${s.url ? ` ${s.url}` : ''}`,
  };
}

/** The same original gets the same key from every entry that cites it, so a reader's bibliography holds it once. */
export function sourceBibtexKey(s: Source): string {
  const words = s.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .slice(0, 5);
  return `${sourceAuthor(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}${sourceParts(s).year}-${words.join('-')}`;
}

/** A BibTeX @misc record of an original, with only the fields its source gives. */
export function bibtexSource(s: Source): string {
  const { year, month, publisher } = sourceParts(s);
  const fields: [string, string][] = [
    ['author', `{{${bibEscape(sourceAuthor(s))}}}`],
    ['title', `{{${bibEscape(s.title)}}}`],
    ['year', String(year)],
    ...(month ? [['month', monthOf(month).slice(0, 3).toLowerCase()] as [string, string]] : []),
    ['publisher', `{${bibEscape(publisher ?? s.publisher)}}`],
    ...(s.url
      ? ([
          ['howpublished', `{\\url{${s.url}}}`],
          ['url', `{${s.url}}`],
        ] as [string, string][])
      : []),
    ...(s.reference ? [['note', `{${bibEscape(s.reference)}}`] as [string, string]] : []),
  ];
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@misc{${sourceBibtexKey(s)},\n${body}\n}\n`;
}

/** An RIS record of an original: a generic document, dated as precisely as its source gives it. */
export function risSource(s: Source): string {
  const { year, month, day, publisher } = sourceParts(s);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines = [
    risLine('TY', 'GEN'),
    risLine('TI', s.title),
    risLine('AU', `${sourceAuthor(s)},`),
    risLine('PY', String(year)),
    ...(month ? [risLine('DA', `${year}/${pad(month)}/${day ? pad(day) : ''}`)] : []),
    risLine('PB', publisher ?? s.publisher),
    ...(s.url ? [risLine('UR', s.url)] : []),
    ...(s.reference ? [risLine('N1', `Reference: ${s.reference}`)] : []),
    risLine('ER', ''),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
