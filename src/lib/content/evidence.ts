import { formatPartialDate } from '../dates';

/**
 * Evidence older than this many years at build time carries a notice that things may have changed: services,
 * funding and policy in this field are commonly recommissioned or rewritten within about three years.
 */
export const OLD_EVIDENCE_YEARS = 3;

/** What an entry's evidence date is read from: its own `evidenceDate`, else its sources' dates. */
export interface EvidenceData {
  evidenceDate?: string;
  sources: { date: string }[];
}

/**
 * The date of the evidence an entry describes, as precise as its source gives it ("2020", "2020-06" or
 * "2020-06-11"): the entry's `evidenceDate` where it draws on several sources, otherwise its newest source's date.
 * Partial dates compare as text, so a month sorts after its year and before its days.
 */
export function evidenceDateOf(data: EvidenceData): string {
  return data.evidenceDate ?? data.sources.map((s) => s.date).reduce((a, b) => (b > a ? b : a));
}

/** Newest evidence first; the same evidence date sorts by newest summary, then by title, so the order is stable. */
export function byNewestEvidence(
  a: { data: EvidenceData & { published: Date; title: string } },
  b: { data: EvidenceData & { published: Date; title: string } },
): number {
  const [ea, eb] = [evidenceDateOf(a.data), evidenceDateOf(b.data)];
  return (
    (ea === eb ? 0 : ea < eb ? 1 : -1) ||
    b.data.published.getTime() - a.data.published.getTime() ||
    a.data.title.localeCompare(b.data.title, 'en-GB')
  );
}

/** The first day after a partial date's period: "2020" → 2021-01-01, "2020-06" → 2020-07-01, "2020-06-11" → 2020-06-12. */
function periodEnd(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return new Date(Date.UTC(year + 1, 0, 1));
  if (!day) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year, month - 1, day + 1));
}

/**
 * Whether evidence is older than OLD_EVIDENCE_YEARS at `now`. A year or a month counts from its end, so evidence
 * is never called old before all of its period is.
 */
export function isOldEvidence(date: string, now: Date, years = OLD_EVIDENCE_YEARS): boolean {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - years);
  return periodEnd(date) <= limit;
}

/** One part of the dates line: its words, then a date for a `<time>` element. */
export interface DatePart {
  words: string;
  datetime: string;
  text: string;
}

/**
 * The two dates of an entry in words a reader cannot mistake for each other: "Evidence from June 2020 ·
 * summarised here 24 November 2026". `published` is YYYY-MM-DD, so pages and browser scripts share the words.
 */
export function datesInWords(evidence: string, published: string): DatePart[] {
  return [
    { words: 'Evidence from ', datetime: evidence, text: formatPartialDate(evidence) },
    { words: ' · summarised here ', datetime: published, text: formatPartialDate(published) },
  ];
}

/** The evidence date as a sentence, for feed items: "Evidence from June 2020." */
export const evidenceSentence = (evidence: string) => `Evidence from ${formatPartialDate(evidence)}.`;

/** The notice on an entry whose evidence is old, in the manner of GOV.UK's history notices. */
export const oldEvidenceNotice = (evidence: string) =>
  `This summary describes evidence from ${formatPartialDate(evidence)}. Things may have changed since then.`;
