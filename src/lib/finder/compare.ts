/**
 * A case study's key facts in words, and the compare table and its CSV built from them. Pure: the key facts box,
 * the finder's index and the compare page all read the facts from here, so they say the same thing.
 */
import type { EntryDataOf } from '../../schemas';
import type { Taxonomies } from '../../schemas/taxonomies';
import { caseStudyStatuses, evidenceRank, evidenceStrengthName, NOT_KNOWN, ONGOING } from '../../schemas/case-study-facts';
import { termName } from '../content/taxonomies';
import { runsAsFormula } from '../datasets/csv';
import { formatPartialDate } from '../dates';
import { urls } from '../urls';

type CaseStudyData = EntryDataOf<'case-studies'>;
type Period = CaseStudyData['period'];

/** A case study's facts as a reader sees them, with the ids the finder filters on. */
export interface CaseStudyFacts {
  area: string;
  region: string;
  /** In words, e.g. "2016, end not known". */
  period: string;
  /** What the source says about the dates, where it gives none. */
  periodNote?: string;
  status: string;
  scale: string;
  funding?: string;
  cost?: string;
  contact: { name: string; url?: string } | undefined;
  evidenceStrength: { id: string; name: string };
  /** As the source reports them; empty when it reports none. */
  outcomes: string[];
  /** Whether it reports outcomes, in words: "Yes (2)" or "None in the source". */
  outcomesReported: string;
}

export const NOT_KNOWN_TEXT = 'Not known';
export const NO_OUTCOMES_TEXT = 'None in the source';

const dateOr = (value: string, words: Record<string, string>) => words[value] ?? formatPartialDate(value);

/** "March 2016 to June 2018", "2016, end not known", "Start not known, still going when the source was written". */
export function periodText({ start, end }: Pick<Period, 'start' | 'end'>): string {
  const from = dateOr(start, { [NOT_KNOWN]: 'Start not known' });
  if (end === ONGOING) return `${from}, still going when the source was written`;
  if (end === NOT_KNOWN) return `${from}, end not known`;
  return start === NOT_KNOWN ? `${from}, ended ${formatPartialDate(end)}` : `${from} to ${formatPartialDate(end)}`;
}

/** "Yes (2)" or "None in the source". */
export const outcomesReportedText = (outcomes: string[]) => (outcomes.length ? `Yes (${outcomes.length})` : NO_OUTCOMES_TEXT);

/** A case study's facts, named from the controlled lists; "Not known" where the source is silent. */
export function caseStudyFacts(data: CaseStudyData, taxonomies: Taxonomies): CaseStudyFacts {
  return {
    area: data.area,
    region: termName(taxonomies.regions, data.region),
    period: periodText(data.period),
    periodNote: data.period.note,
    status: caseStudyStatuses.find((s) => s.id === data.status)?.name ?? data.status,
    scale: data.scale ?? NOT_KNOWN_TEXT,
    funding: data.funding,
    cost: data.cost,
    contact: data.contact
      ? { name: termName(taxonomies.organisations, data.contact), url: urls.organisation(data.contact) }
      : data.contactName
        ? { name: data.contactName }
        : undefined,
    evidenceStrength: { id: data.evidenceStrength, name: evidenceStrengthName(data.evidenceStrength) },
    outcomes: data.outcomes ?? [],
    outcomesReported: outcomesReportedText(data.outcomes ?? []),
  };
}

/** The compare table's columns, in order. The first names the case study and heads its row. */
export const compareColumns = [
  { key: 'title', label: 'Case study' },
  { key: 'area', label: 'Area' },
  { key: 'region', label: 'Region' },
  { key: 'period', label: 'Period' },
  { key: 'status', label: 'Status' },
  { key: 'evidence', label: 'Strength of evidence' },
  { key: 'outcomes', label: 'Outcomes reported' },
  { key: 'scale', label: 'Scale' },
  { key: 'funding', label: 'Funding' },
  { key: 'cost', label: 'Cost' },
  { key: 'contact', label: 'Contact' },
  { key: 'needs', label: 'Needs' },
  { key: 'approach', label: 'Approach' },
] as const;

export type CompareColumn = (typeof compareColumns)[number]['key'];

/** One cell: its text, what it sorts by (a number sorts as a number) and any link. */
export interface CompareCell {
  text: string;
  sort: string | number;
  href?: string;
}

export interface CompareRow {
  /** The case study's slug, as the compare page's ?ids= names it. */
  id: string;
  url: string;
  cells: Record<CompareColumn, CompareCell>;
}

const plain = (text: string): CompareCell => ({ text, sort: text.toLocaleLowerCase('en-GB') });
// Unknown values sort after every known one, whichever way the column is sorted first.
const known = (text: string | undefined): CompareCell => (text ? plain(text) : { text: NOT_KNOWN_TEXT, sort: '' });

/** One row per case study, in the order given. */
export function compareRows(items: { id: string; url: string; data: CaseStudyData }[], taxonomies: Taxonomies): CompareRow[] {
  return items.map(({ id, url, data }) => {
    const facts = caseStudyFacts(data, taxonomies);
    const start = data.period.start === NOT_KNOWN ? '' : data.period.start;
    return {
      id,
      url,
      cells: {
        title: { ...plain(data.title), href: url },
        area: plain(facts.area),
        region: plain(facts.region),
        period: { text: facts.periodNote ? `${facts.period}. ${facts.periodNote}` : facts.period, sort: start },
        status: plain(facts.status),
        evidence: { text: facts.evidenceStrength.name, sort: evidenceRank(facts.evidenceStrength.id) },
        outcomes: { text: facts.outcomesReported, sort: facts.outcomes.length },
        scale: known(data.scale),
        funding: known(facts.funding),
        cost: known(facts.cost),
        contact: facts.contact ? { ...plain(facts.contact.name), href: facts.contact.url } : known(undefined),
        needs: plain(data.needs.map((n) => termName(taxonomies.needs, n)).join(', ')),
        approach: plain(data.approach.map((a) => termName(taxonomies.approaches, a)).join(', ')),
      },
    };
  });
}

// Every cell quoted; one a spreadsheet would run as a formula starts with an apostrophe, as formulaSafeCsv() does.
const csvCell = (text: string) => `"${(runsAsFormula(text) ? `'${text}` : text).replace(/"/g, '""')}"`;

/**
 * The compare table as CSV: the same columns and text, then each case study's address. A cell a spreadsheet would
 * run as a formula is made text.
 */
export function compareCsv(rows: CompareRow[], siteUrl: string): string {
  const header = [...compareColumns.map((c) => c.label), 'Address'];
  const lines = rows.map((row) => [...compareColumns.map((c) => row.cells[c.key].text), new URL(row.url, siteUrl).href]);
  return `${[header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
