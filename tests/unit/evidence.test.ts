import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  byNewestEvidence,
  datesInWords,
  evidenceDateOf,
  evidenceSentence,
  isOldEvidence,
  OLD_EVIDENCE_YEARS,
  oldEvidenceNotice,
} from '../../src/lib/content/evidence';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const entry = (title: string, dates: string[], published = '2026-11-24', evidenceDate?: string) => ({
  data: { title, published: day(published), sources: dates.map((date) => ({ date })), ...(evidenceDate ? { evidenceDate } : {}) },
});

describe('evidence dates', () => {
  it("is the newest of the entry's sources' dates, unless the entry gives its own", () => {
    expect(evidenceDateOf(entry('a', ['2018-09']).data)).toBe('2018-09');
    expect(evidenceDateOf(entry('a', ['2018', '2020-06', '2019-12-31']).data)).toBe('2020-06');
    // A month sorts after its year and before its days.
    expect(evidenceDateOf(entry('a', ['2020-06', '2020']).data)).toBe('2020-06');
    expect(evidenceDateOf(entry('a', ['2020-06', '2020-06-11']).data)).toBe('2020-06-11');
    expect(evidenceDateOf(entry('a', ['2020-06-18', '2020-06-11'], '2026-11-24', '2020-06-11').data)).toBe('2020-06-11');
  });

  it('sorts newest evidence first, then newest summary, then by title', () => {
    const sorted = [
      entry('Old', ['2018-02']),
      entry('New', ['2020-11-18']),
      entry('Same evidence, later summary', ['2018-02'], '2026-12-01'),
      entry('Also old', ['2018-02']),
    ].sort(byNewestEvidence);
    expect(sorted.map((e) => e.data.title)).toEqual(['New', 'Same evidence, later summary', 'Also old', 'Old']);
  });

  it('calls evidence old once all of its period is more than the threshold before the build date, as the guide says', () => {
    // The publishing guide tells staff the threshold in words.
    const guide = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/publishing.md'), 'utf8');
    expect(guide).toContain(`more than ${['one', 'two', 'three', 'four', 'five'][OLD_EVIDENCE_YEARS - 1]} years old`);
    expect(isOldEvidence('2020-06', day('2023-06-30'))).toBe(false);
    expect(isOldEvidence('2020-06', day('2023-07-01'))).toBe(true);
    expect(isOldEvidence('2020', day('2023-12-31'))).toBe(false);
    expect(isOldEvidence('2020', day('2024-01-01'))).toBe(true);
    expect(isOldEvidence('2020-06-11', day('2023-06-11'))).toBe(false);
    expect(isOldEvidence('2020-06-11', day('2023-06-12'))).toBe(true);
    expect(isOldEvidence('2025-01', day('2026-11-24'))).toBe(false);
  });

  it('says both dates in words a reader cannot mix up, and the notice and feed sentence name the evidence date', () => {
    const parts = datesInWords('2020-06', '2026-11-24');
    expect(parts.map((p) => `${p.words}${p.text}`).join('')).toBe('Evidence from June 2020 · summarised here 24 November 2026');
    expect(parts.map((p) => p.datetime)).toEqual(['2020-06', '2026-11-24']);
    expect(datesInWords('2018', '2026-11-24')[0].text).toBe('2018');
    expect(evidenceSentence('2020-11-18')).toBe('Evidence from 18 November 2020.');
    expect(oldEvidenceNotice('2020-06')).toBe('This summary describes evidence from June 2020. Things may have changed since then.');
  });
});
