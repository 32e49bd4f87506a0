import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { caseStudyFacts, compareColumns, compareCsv, compareRows, periodText } from '../../src/lib/finder/compare';
import { selectedIds } from '../../src/lib/filters/state';
import { evidenceRank, evidenceStrengths } from '../../src/schemas/case-study-facts';
import type { EntryDataOf } from '../../src/schemas';
import type { Taxonomies } from '../../src/schemas/taxonomies';

const taxonomies = {
  regions: [{ id: 'south-east', name: 'South East England' }],
  needs: [{ id: 'homelessness', name: 'Homelessness' }],
  approaches: [{ id: 'mentoring', name: 'Mentoring' }],
  organisations: [{ id: 'meam', name: 'Making Every Adult Matter (MEAM)', type: 'coalition' }],
  programmes: [],
  topics: [],
} as unknown as Taxonomies;

const data = (extra: Partial<EntryDataOf<'case-studies'>> = {}) =>
  ({
    title: 'A panel',
    area: 'Anytown',
    region: 'south-east',
    needs: ['homelessness'],
    approach: ['mentoring'],
    partners: ['meam'],
    population: 'Adults',
    period: { start: 'not-known', end: 'ongoing' },
    status: 'running',
    evidenceStrength: 'description-only',
    ...extra,
  }) as EntryDataOf<'case-studies'>;

describe('the strength-of-evidence scale', () => {
  it('runs from description only to an independent evaluation with a comparison group, one Nesta level each', () => {
    expect(evidenceStrengths.map((s) => s.name)).toEqual([
      'Description only',
      'Change measured',
      'Comparison group',
      'Independent evaluation with a comparison group',
    ]);
    expect(evidenceStrengths.map((s) => s.nestaLevel)).toEqual([1, 2, 3, 4]);
    expect(evidenceStrengths.every((s) => /^[A-Z].*\.$/.test(s.meaning))).toBe(true);
    expect(evidenceRank('independent-evaluation')).toBeGreaterThan(evidenceRank('description-only'));
  });
});

describe('a case study’s facts in words', () => {
  it('says "not known" where the source is silent, and "none in the source" for outcomes', () => {
    const facts = caseStudyFacts(data(), taxonomies);
    expect(facts).toMatchObject({
      period: 'Start not known, still going when the source was written',
      status: 'Running when the source was written',
      scale: 'Not known',
      contact: undefined,
      evidenceStrength: { id: 'description-only', name: 'Description only' },
      outcomesReported: 'None in the source',
    });
    expect(facts.funding).toBeUndefined();
  });

  it('writes periods as precisely as the source gives them', () => {
    expect(periodText({ start: '2016', end: 'not-known' })).toBe('2016, end not known');
    expect(periodText({ start: '2016-03', end: '2018-06-30' })).toBe('March 2016 to 30 June 2018');
    expect(periodText({ start: 'not-known', end: '2019' })).toBe('Start not known, ended 2019');
  });

  it('names a listed contact with its page, and a contact by name as written', () => {
    expect(caseStudyFacts(data({ contact: 'meam' }), taxonomies).contact).toEqual({
      name: 'Making Every Adult Matter (MEAM)',
      url: '/organisations/meam/',
    });
    expect(caseStudyFacts(data({ contactName: 'A trust' }), taxonomies).contact).toEqual({ name: 'A trust' });
  });
});

describe('the compare table', () => {
  const items = [
    {
      id: 'a',
      url: '/case-studies/a/',
      data: data({ outcomes: ['Fewer evictions.'], evidenceStrength: 'comparison-group', scale: '120 women' }),
    },
    {
      id: 'b',
      url: '/case-studies/b/',
      data: data({ title: '=HYPERLINK("https://example.org")', period: { start: '2016', end: 'not-known' } }),
    },
  ];
  const rows = compareRows(items, taxonomies);

  it('has a row per case study and a cell per column, with what each column sorts by', () => {
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(Object.keys(rows[0].cells)).toEqual(compareColumns.map((c) => c.key));
    expect(rows[0].cells.evidence).toEqual({ text: 'Comparison group', sort: 2 });
    expect(rows[0].cells.outcomes).toEqual({ text: 'Yes (1)', sort: 1 });
    expect(rows[1].cells.outcomes.text).toBe('None in the source');
    expect(rows[0].cells.title.href).toBe('/case-studies/a/');
    // A fact the source does not give reads "Not known" and sorts after every known one.
    expect(rows[1].cells.scale).toEqual({ text: 'Not known', sort: '' });
    expect([rows[0].cells.period.sort, rows[1].cells.period.sort]).toEqual(['', '2016']);
  });

  it('gives the same table as CSV, with each address, and no cell a spreadsheet would run', () => {
    const csv = compareCsv(rows, 'https://example.org');
    const table = parse(csv) as string[][];
    expect(table[0]).toEqual([...compareColumns.map((c) => c.label), 'Address']);
    expect(table[1].slice(0, -1)).toEqual(compareColumns.map((c) => rows[0].cells[c.key].text));
    expect(table[2].slice(1, -1)).toEqual(compareColumns.slice(1).map((c) => rows[1].cells[c.key].text));
    expect(table.map((r) => r.at(-1))).toEqual(['Address', 'https://example.org/case-studies/a/', 'https://example.org/case-studies/b/']);
    expect(table[2][0]).toBe(`'=HYPERLINK("https://example.org")`);
  });
});

describe('the case studies an address asks to compare', () => {
  const known = ['a', 'b', 'c'];
  it('reads ids separated by commas or repeated, keeping only known ones, each once', () => {
    expect(selectedIds('?ids=a,c', known)).toEqual(['a', 'c']);
    expect(selectedIds('?ids=b&ids=a&ids=b', known)).toEqual(['b', 'a']);
    expect(selectedIds('?ids=a,nope,%3Cscript%3E', known)).toEqual(['a']);
    expect(selectedIds('', known)).toEqual([]);
  });
});
