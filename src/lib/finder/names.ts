import type { Taxonomies } from '../../schemas/taxonomies';
import { applyFilters } from '../filters/match';
import { facetKeys, facets, type FacetKey, type FacetValues, type FinderState } from './facets';
import { termName } from '../content/taxonomies';
import { organisationTypeLabel } from '../content/grouping';
import { evidenceRank, evidenceStrengthName } from '../../schemas/case-study-facts';
import { NO_OUTCOMES_TEXT } from './compare';

// Facet values in words, for the finder's pages. Kept apart from facets.ts, which the browser also loads.

/** The name readers see for a facet value: from the controlled lists, or the organisation type spelled out. */
export function facetValueName(key: FacetKey, value: string, taxonomies: Taxonomies): string {
  const lists = {
    region: taxonomies.regions,
    needs: taxonomies.needs,
    approach: taxonomies.approaches,
    programme: taxonomies.programmes,
  } as const;
  if (key === 'partner-type') return organisationTypeLabel(value);
  if (key === 'evidence-strength') return evidenceStrengthName(value);
  if (key === 'outcomes-reported') return value === 'yes' ? 'Yes' : NO_OUTCOMES_TEXT;
  return termName(lists[key], value);
}

/** A state in words, for headings and feed titles: "Needs: Homelessness; Approach: Housing First". */
export function describeState(state: FinderState, taxonomies: Taxonomies): string {
  return facets
    .filter((f) => state[f.key]?.length)
    .map((f) => `${f.label}: ${state[f.key]!.map((v) => facetValueName(f.key, v, taxonomies)).join(' or ')}`)
    .join('; ');
}

export interface FacetOption {
  value: string;
  name: string;
  count: number;
}

/** For each facet, every value some item has, by name, with how many items it would show under `state`. */
export function facetOptions(
  items: { facets: FacetValues }[],
  state: FinderState,
  taxonomies: Taxonomies,
): Record<FacetKey, FacetOption[]> {
  const { counts } = applyFilters(items, (i) => i.facets, state, facetKeys);
  return Object.fromEntries(
    facetKeys.map((key) => {
      const values = [...new Set(items.flatMap((i) => i.facets[key]))];
      const options = values.map((value) => ({ value, name: facetValueName(key, value, taxonomies), count: counts[key].get(value) ?? 0 }));
      // Strengths of evidence keep the scale's order, weakest first; other values go by name.
      const order = (o: FacetOption) => (key === 'evidence-strength' ? String(evidenceRank(o.value)) : o.name);
      return [key, options.sort((a, b) => order(a).localeCompare(order(b), 'en-GB'))];
    }),
  ) as Record<FacetKey, FacetOption[]>;
}
