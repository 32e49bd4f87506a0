/**
 * The case-study finder: which facets a case study has, its static facet pages and the evidence and gap map.
 * Pure and free of Node APIs, so the static pages and the in-page script share them. State, URL, matching and
 * counts are the filter engine's (src/lib/filters/), which /search/ uses too.
 */
import { matches } from '../filters/match';
import type { Selection } from '../filters/state';
import type { EntryDataOf } from '../../schemas';
import { evidenceRank } from '../../schemas/case-study-facts';
import type { CaseStudyFacts } from './compare';

/** The facets a case study can be found by, in the order the finder shows them. `key` is the URL segment. */
export const facets = [
  { key: 'region', label: 'Region', plural: 'regions' },
  { key: 'needs', label: 'Needs', plural: 'needs' },
  { key: 'approach', label: 'Approach', plural: 'approaches' },
  { key: 'programme', label: 'Programme', plural: 'programmes' },
  { key: 'partner-type', label: 'Partner type', plural: 'partner types' },
  { key: 'evidence-strength', label: 'Strength of evidence', plural: 'strengths of evidence' },
  { key: 'outcomes-reported', label: 'Outcomes reported', plural: 'answers' },
] as const;

export type FacetKey = (typeof facets)[number]['key'];
export const facetKeys = facets.map((f) => f.key) as FacetKey[];

/** A case study reduced to the ids it can be found by, one list per facet. */
export type FacetValues = Record<FacetKey, string[]>;

/** Selected values per facet: any of the values within a facet, all of the facets together. */
export type FinderState = Selection<FacetKey>;

type CaseStudyFacetData = Pick<
  EntryDataOf<'case-studies'>,
  'region' | 'needs' | 'approach' | 'programme' | 'partners' | 'evidenceStrength' | 'outcomes'
>;

/** A case study's facet values. Partner types come from organisations.yml for listed partners. */
export function facetValuesOf(data: CaseStudyFacetData, organisationType: (id: string) => string | undefined): FacetValues {
  const partnerTypes = data.partners
    .map((p) => (typeof p === 'string' ? organisationType(p) : p.type))
    .filter((t): t is string => Boolean(t));
  return {
    region: [data.region],
    needs: [...new Set(data.needs)],
    approach: [...new Set(data.approach)],
    programme: data.programme ? [data.programme] : [],
    'partner-type': [...new Set(partnerTypes)],
    'evidence-strength': [data.evidenceStrength],
    'outcomes-reported': [data.outcomes?.length ? 'yes' : 'no'],
  };
}

const selected = (state: FinderState, key: FacetKey) => state[key] ?? [];

/** The items that match the state, in their original order. */
export function filterItems<T extends { facets: FacetValues }>(items: T[], state: FinderState): T[] {
  return items.filter((item) => matches(item.facets, state));
}

export interface GapMapCell<T> {
  row: string;
  column: string;
  items: T[];
  /** The strongest evidence among the items, an id on the scale; none in an empty cell. */
  strongest: string | undefined;
}

/**
 * The evidence and gap map: one row per `rows` id and one cell per `columns` id, each holding the items
 * that have both and the strongest evidence among them. Empty cells are kept: they are the gaps.
 */
export function gapMap<T extends { facets: FacetValues }>(
  items: T[],
  rowKey: FacetKey,
  rows: string[],
  columnKey: FacetKey,
  columns: string[],
): GapMapCell<T>[][] {
  return rows.map((row) =>
    columns.map((column) => {
      const inCell = items.filter((i) => i.facets[rowKey].includes(row) && i.facets[columnKey].includes(column));
      const strengths = inCell.flatMap((i) => i.facets['evidence-strength']);
      return { row, column, items: inCell, strongest: strengths.sort((a, b) => evidenceRank(b) - evidenceRank(a))[0] };
    }),
  );
}

/** The static page of a state with at most one value per facet, e.g. `/case-studies/needs/homelessness/`. */
export function facetPath(state: FinderState, page = 1): string {
  const segments = facetKeys.flatMap((key) => (selected(state, key).length ? [key, selected(state, key)[0]] : []));
  return `/case-studies/${[...segments, ...(page > 1 ? [String(page)] : [])].map((s) => `${s}/`).join('')}`;
}

/**
 * The states that get a static page, so the finder works without JavaScript: every facet value some
 * case study has, and every filled cell of the gap map (needs with approach).
 */
export function staticStates(items: { facets: FacetValues }[]): FinderState[] {
  const single = facetKeys.flatMap((key) =>
    [...new Set(items.flatMap((i) => i.facets[key]))].sort().map((value): FinderState => ({ [key]: [value] })),
  );
  const pairs = new Set(items.flatMap((i) => i.facets.needs.flatMap((n) => i.facets.approach.map((a) => `${n} ${a}`))));
  return [...single, ...[...pairs].sort().map((pair): FinderState => ({ needs: [pair.split(' ')[0]], approach: [pair.split(' ')[1]] }))];
}

/** One static facet page: a state's matching items, `pageSize` at a time, the first page at the state's own path. */
export interface FacetPage<T> {
  state: FinderState;
  items: T[];
  /** How many items match the state, on all its pages. */
  total: number;
  currentPage: number;
  lastPage: number;
  url: { current: string; prev: string | undefined; next: string | undefined };
}

/**
 * Every static facet page, in the order of staticStates. Paged like the listings, so a value most case studies
 * share is not one page of hundreds.
 */
export function facetPages<T extends { facets: FacetValues }>(items: T[], pageSize: number): FacetPage<T>[] {
  return staticStates(items).flatMap((state) => {
    const matching = filterItems(items, state);
    const lastPage = Math.ceil(matching.length / pageSize);
    return Array.from({ length: lastPage }, (_, i) => ({
      state,
      items: matching.slice(i * pageSize, (i + 1) * pageSize),
      total: matching.length,
      currentPage: i + 1,
      lastPage,
      url: {
        current: facetPath(state, i + 1),
        prev: i > 0 ? facetPath(state, i) : undefined,
        next: i + 1 < lastPage ? facetPath(state, i + 2) : undefined,
      },
    }));
  });
}

/** One case study in the finder's index: what a result shows and what it is filtered by. */
export interface FinderItem {
  url: string;
  title: string;
  summary: string;
  /** When the summary was published, YYYY-MM-DD. */
  published: string;
  /** When the evidence dates from, as evidenceDateOf() gives it: "2018", "2018-09" or "2018-09-14". */
  evidence: string;
  facets: FacetValues;
  /** The key facts, in words, as the case study's page gives them. */
  facts: CaseStudyFacts;
}
