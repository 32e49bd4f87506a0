import { describe, expect, it } from 'vitest';
import { queryOf, readSelection, writeSelection } from '../../src/lib/filters/state';
import {
  facetKeys,
  facetPath,
  facetValuesOf,
  filterItems,
  gapMap,
  facetPages,
  staticStates,
  type FacetValues,
} from '../../src/lib/finder/facets';
import { describeState, facetOptions } from '../../src/lib/finder/names';
import type { Taxonomies } from '../../src/schemas/taxonomies';

const item = (id: string, f: Partial<FacetValues>) => ({
  id,
  facets: {
    region: [],
    needs: [],
    approach: [],
    programme: [],
    'partner-type': [],
    'evidence-strength': ['description-only'],
    'outcomes-reported': ['no'],
    ...f,
  } as FacetValues,
});
const items = [
  item('southend', {
    region: ['east-of-england'],
    needs: ['homelessness', 'offending'],
    approach: ['complex-needs-panel'],
    'partner-type': ['police'],
    'evidence-strength': ['change-measured'],
    'outcomes-reported': ['yes'],
  }),
  item('cambs', {
    region: ['east-of-england'],
    needs: ['homelessness', 'mental-health'],
    approach: ['through-the-gate'],
    'partner-type': ['prison'],
  }),
  item('brighton', {
    region: ['south-east'],
    needs: ['domestic-abuse'],
    approach: ['residential-service'],
    'partner-type': ['voluntary-sector'],
  }),
];
const ids = (list: { id: string }[]) => list.map((i) => i.id);

const taxonomies = {
  regions: [
    { id: 'east-of-england', name: 'East of England' },
    { id: 'south-east', name: 'South East England' },
  ],
  needs: [
    { id: 'homelessness', name: 'Homelessness' },
    { id: 'offending', name: 'Offending' },
    { id: 'mental-health', name: 'Mental health' },
    { id: 'domestic-abuse', name: 'Domestic abuse' },
  ],
  approaches: [{ id: 'complex-needs-panel', name: 'Complex needs panel' }],
  programmes: [],
  topics: [],
  organisations: [],
} as unknown as Taxonomies;

describe('facetValuesOf', () => {
  it('takes partner types from the organisation list for listed partners and from the partner itself otherwise', () => {
    const values = facetValuesOf(
      {
        region: 'north-east',
        needs: ['offending', 'offending'],
        approach: ['secondment'],
        partners: ['northumbria-crc', { name: 'Local prison', type: 'prison' }, 'unknown'],
        evidenceStrength: 'description-only',
        outcomes: [],
      },
      (id) => (id === 'northumbria-crc' ? 'probation' : undefined),
    );
    expect(values).toEqual({
      region: ['north-east'],
      needs: ['offending'],
      approach: ['secondment'],
      programme: [],
      'partner-type': ['probation', 'prison'],
      'evidence-strength': ['description-only'],
      'outcomes-reported': ['no'],
    });
  });

  it('says whether outcomes are reported: yes only when the source reports at least one', () => {
    const base = {
      region: 'north-east',
      needs: ['offending'],
      approach: ['secondment'],
      partners: [],
      evidenceStrength: 'comparison-group' as const,
    };
    expect(facetValuesOf({ ...base, outcomes: ['Fewer evictions.'] }, () => undefined)['outcomes-reported']).toEqual(['yes']);
    expect(facetValuesOf(base, () => undefined)['outcomes-reported']).toEqual(['no']);
  });
});

describe('filtering and counting', () => {
  it('matches any value within a facet and every facet together', () => {
    expect(ids(filterItems(items, {}))).toEqual(['southend', 'cambs', 'brighton']);
    expect(ids(filterItems(items, { needs: ['offending', 'domestic-abuse'] }))).toEqual(['southend', 'brighton']);
    expect(ids(filterItems(items, { needs: ['homelessness'], 'partner-type': ['prison'] }))).toEqual(['cambs']);
    expect(ids(filterItems(items, { region: ['south-east'], needs: ['homelessness'] }))).toEqual([]);
  });

  it('counts each value under the other facets’ choices, so ticking one value does not zero its neighbours', () => {
    const options = facetOptions(items, { needs: ['homelessness'] }, taxonomies);
    const counts = (key: 'needs' | 'region') => Object.fromEntries(options[key].map((o) => [o.value, o.count]));
    expect(counts('needs')).toEqual({ homelessness: 2, offending: 1, 'mental-health': 1, 'domestic-abuse': 1 });
    expect(counts('region')).toEqual({ 'east-of-england': 2, 'south-east': 0 });
  });

  it('lists every value some case study has, by name, with zero counts kept', () => {
    const options = facetOptions(items, { region: ['south-east'] }, taxonomies);
    expect(options.needs).toEqual([
      { value: 'domestic-abuse', name: 'Domestic abuse', count: 1 },
      { value: 'homelessness', name: 'Homelessness', count: 0 },
      { value: 'mental-health', name: 'Mental health', count: 0 },
      { value: 'offending', name: 'Offending', count: 0 },
    ]);
    expect(options['partner-type'].map((o) => o.name)).toEqual(['Police', 'Prison', 'Voluntary sector']);
  });

  it('filters by strength of evidence and by outcomes reported, the scale in its own order', () => {
    expect(ids(filterItems(items, { 'evidence-strength': ['change-measured'] }))).toEqual(['southend']);
    expect(ids(filterItems(items, { 'outcomes-reported': ['no'] }))).toEqual(['cambs', 'brighton']);
    const options = facetOptions(items, {}, taxonomies);
    expect(options['evidence-strength'].map((o) => [o.name, o.count])).toEqual([
      ['Description only', 2],
      ['Change measured', 1],
    ]);
    expect(options['outcomes-reported'].map((o) => [o.name, o.count])).toEqual([
      ['None in the source', 2],
      ['Yes', 1],
    ]);
    expect(describeState({ 'evidence-strength': ['description-only'], 'outcomes-reported': ['no'] }, taxonomies)).toBe(
      'Strength of evidence: Description only; Outcomes reported: None in the source',
    );
    expect(staticStates(items).map((state) => facetPath(state))).toContain('/case-studies/evidence-strength/change-measured/');
  });
});

describe('finder state in the URL', () => {
  it('writes facets in the finder’s order, one address per state, and reads it back', () => {
    const query = queryOf(
      writeSelection(new URLSearchParams(), facetKeys, { needs: ['offending', 'homelessness'], region: ['south-east'] }),
    );
    expect(query).toBe('?region=south-east&needs=homelessness&needs=offending');
    expect(readSelection(new URLSearchParams(query), facetKeys)).toEqual({ region: ['south-east'], needs: ['homelessness', 'offending'] });
  });
});

describe('static facet pages', () => {
  it('maps states to paths, with a page number after the first page', () => {
    expect(facetPath({ needs: ['homelessness'] })).toBe('/case-studies/needs/homelessness/');
    expect(facetPath({ approach: ['housing-first'], needs: ['homelessness'] })).toBe(
      '/case-studies/needs/homelessness/approach/housing-first/',
    );
    expect(facetPath({ needs: ['homelessness'] }, 1)).toBe('/case-studies/needs/homelessness/');
    expect(facetPath({ needs: ['homelessness'] }, 3)).toBe('/case-studies/needs/homelessness/3/');
  });

  it('pages each state like the listings, leaving no matching case study out and none twice', () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ id: `s${i}`, facets: { ...items[0].facets } }));
    const pages = facetPages(many, 20).filter((p) => facetPath(p.state) === facetPath({ region: [items[0].facets.region[0]] }));
    expect(pages.map((p) => [p.url.current, p.items.length, p.currentPage, p.lastPage, p.total])).toEqual([
      [`/case-studies/region/${items[0].facets.region[0]}/`, 20, 1, 3, 45],
      [`/case-studies/region/${items[0].facets.region[0]}/2/`, 20, 2, 3, 45],
      [`/case-studies/region/${items[0].facets.region[0]}/3/`, 5, 3, 3, 45],
    ]);
    expect(pages.map((p) => [p.url.prev, p.url.next])).toEqual([
      [undefined, pages[1].url.current],
      [pages[0].url.current, pages[2].url.current],
      [pages[1].url.current, undefined],
    ]);
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(many.map((i) => i.id));
    // Every state gets at least one page, and one state's pages all show its own items.
    expect(new Set(facetPages(items, 20).map((p) => facetPath(p.state))).size).toBe(staticStates(items).length);
  });

  it('has a page for every value in use and every filled need-and-approach cell, and none for empty ones', () => {
    const paths = staticStates(items).map((state) => facetPath(state));
    expect(paths).toContain('/case-studies/region/south-east/');
    expect(paths).toContain('/case-studies/partner-type/police/');
    expect(paths).toContain('/case-studies/needs/homelessness/approach/through-the-gate/');
    expect(paths).not.toContain('/case-studies/needs/domestic-abuse/approach/through-the-gate/');
    expect(paths).not.toContain('/case-studies/region/london/');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('describes a state in words', () => {
    expect(describeState({ needs: ['homelessness', 'offending'], region: ['south-east'] }, taxonomies)).toBe(
      'Region: South East England; Needs: Homelessness or Offending',
    );
  });
});

describe('gapMap', () => {
  it('gives every row and column a cell, empty cells included, holding the items with both', () => {
    const map = gapMap(items, 'approach', ['complex-needs-panel', 'housing-first'], 'needs', ['homelessness', 'domestic-abuse']);
    expect(map.map((row) => row.map((cell) => ids(cell.items)))).toEqual([
      [['southend'], []],
      [[], []],
    ]);
    expect(map[1][0]).toMatchObject({ row: 'housing-first', column: 'homelessness' });
  });

  it('gives each filled cell the strongest evidence among its case studies, and an empty cell none', () => {
    const map = gapMap(items, 'region', ['east-of-england', 'south-east', 'london'], 'needs', [
      'homelessness',
      'offending',
      'mental-health',
    ]);
    // Homelessness in the East of England: one case study with measured change and one described only.
    expect(map[0].map((cell) => [ids(cell.items), cell.strongest])).toEqual([
      [['southend', 'cambs'], 'change-measured'],
      [['southend'], 'change-measured'],
      [['cambs'], 'description-only'],
    ]);
    expect(map[2].map((cell) => cell.strongest)).toEqual([undefined, undefined, undefined]);
  });
});
