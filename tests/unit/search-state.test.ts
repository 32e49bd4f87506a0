import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/lib/filters/match';
import { hasSelection } from '../../src/lib/filters/state';
import { tableEntries, type FacetTable } from '../../src/lib/search/facets';
import { parseSearch, searchFilterKeys, searchQuery } from '../../src/lib/search/state';

describe('search state in the URL', () => {
  it('reads words, filters and order, ignoring unknown parameters and blank values', () => {
    const state = parseSearch('?q=+crc+&type=Case+study&topic=Probation&topic=Women&topic=&colour=red&sort=newest');
    expect(state).toEqual({ q: 'crc', sort: 'newest', filters: { type: ['Case study'], topic: ['Probation', 'Women'] } });
    expect(parseSearch('?sort=sideways').sort).toBe('relevance');
  });

  it('writes one address per search, leaving out defaults', () => {
    expect(searchQuery({ q: 'crc', sort: 'relevance', filters: { topic: ['Women', 'Probation'], type: ['Post'] } })).toBe(
      '?q=crc&type=Post&topic=Probation&topic=Women',
    );
    expect(searchQuery({ q: '', sort: 'relevance', filters: {} })).toBe('');
    const round = '?q=housing+first&region=South+East+England&sort=newest';
    expect(searchQuery(parseSearch(round))).toBe(round);
  });

  it('knows whether any filter is chosen', () => {
    expect(hasSelection(parseSearch('?needs=Homelessness&year=2018').filters)).toBe(true);
    expect(hasSelection(parseSearch('?q=x').filters)).toBe(false);
  });
});

describe('the table of filter values (/search/facets.json)', () => {
  // Four entries by address, numbered newest first, listed in another order.
  const table: FacetTable = {
    values: [
      ['type', 'Case study'],
      ['type', 'Post'],
      ['needs', 'Homelessness'],
      ['needs', 'Offending'],
      ['year', '2018'],
    ],
    entries: {
      '/posts/older/': { number: 3, values: [1] },
      '/case-studies/newest/': { number: 0, values: [0, 2, 4] },
      '/posts/newer/': { number: 1, values: [1, 3] },
      '/case-studies/old/': { number: 2, values: [0, 3, 4] },
    },
  };

  it('lists every entry by its number, as Pagefind sorts their pages, with its values by filter', () => {
    expect(tableEntries(table)).toEqual([
      { url: '/case-studies/newest/', number: 0, values: { type: ['Case study'], needs: ['Homelessness'], year: ['2018'] } },
      { url: '/posts/newer/', number: 1, values: { type: ['Post'], needs: ['Offending'] } },
      { url: '/case-studies/old/', number: 2, values: { type: ['Case study'], needs: ['Offending'], year: ['2018'] } },
      { url: '/posts/older/', number: 3, values: { type: ['Post'] } },
    ]);
  });

  it('filters and counts as the search page does: ticking "Case study" leaves "Post" counted under the other filters', () => {
    const entries = tableEntries(table);
    const search = (query: string) => {
      const { kept, counts } = applyFilters(entries, (e) => e.values, parseSearch(query).filters, searchFilterKeys);
      return { urls: kept.map((e) => e.url), type: Object.fromEntries(counts.type) };
    };
    expect(search('?type=Case+study')).toEqual({
      urls: ['/case-studies/newest/', '/case-studies/old/'],
      type: { 'Case study': 2, Post: 2 },
    });
    expect(search('?type=Case+study&needs=Offending')).toEqual({ urls: ['/case-studies/old/'], type: { 'Case study': 1, Post: 1 } });
  });
});
