import { describe, expect, it } from 'vitest';
import { narrow, type FacetTable } from '../../src/lib/search/facets';
import { excerptParts, hasFilters, parseSearch, searchQuery } from '../../src/lib/search/state';

describe('search state in the URL', () => {
  it('reads words, filters and order, ignoring unknown parameters and blank values', () => {
    const state = parseSearch('?q=+crc+&type=Case+study&topic=Probation&topic=Women&topic=&colour=red&sort=newest');
    expect(state).toEqual({ q: 'crc', sort: 'newest', filters: { type: ['Case study'], topic: ['Probation', 'Women'] } });
    expect(parseSearch('?sort=sideways').sort).toBe('relevance');
  });

  it('writes one address per search, leaving out defaults', () => {
    expect(searchQuery({ q: 'crc', sort: 'relevance', filters: { topic: ['Women', 'Probation'], type: ['Post'] } })).toBe('?q=crc&type=Post&topic=Probation&topic=Women');
    expect(searchQuery({ q: '', sort: 'relevance', filters: {} })).toBe('');
    const round = '?q=housing+first&region=South+East+England&sort=newest';
    expect(searchQuery(parseSearch(round))).toBe(round);
  });

  it('knows whether any filter is chosen', () => {
    expect(hasFilters(parseSearch('?needs=Homelessness&year=2018'))).toBe(true);
    expect(hasFilters(parseSearch('?q=x'))).toBe(false);
  });
});

describe('narrow: the search page’s filters', () => {
  // Entries 0 to 3, newest first.
  const table: FacetTable = {
    values: [
      ['type', 'Case study'],
      ['type', 'Post'],
      ['needs', 'Homelessness'],
      ['needs', 'Offending'],
      ['year', '2018'],
    ],
    entries: [[0, 2, 4], [1, 3], [0, 3, 4], [0]],
  };
  const state = (query: string) => parseSearch(query);

  it('keeps every result and counts every value when no filter is chosen', () => {
    expect(narrow(table, [2, 0, 1, 3], state(''))).toEqual({
      kept: [0, 1, 2, 3],
      counts: { type: { 'Case study': 3, Post: 1 }, needs: { Homelessness: 1, Offending: 2 }, year: { '2018': 2 } },
    });
  });

  it('keeps results with any chosen value of a filter and every chosen filter, counting only those kept', () => {
    expect(narrow(table, [0, 1, 2, 3], state('?needs=Homelessness&needs=Offending'))).toMatchObject({ kept: [0, 1, 2] });
    const both = narrow(table, [0, 1, 2, 3], state('?needs=Homelessness&needs=Offending&type=Case+study'));
    expect(both.kept).toEqual([0, 2]);
    expect(both.counts).toEqual({ type: { 'Case study': 2, Post: 0 }, needs: { Homelessness: 1, Offending: 1 }, year: { '2018': 2 } });
  });

  it('keeps the results’ order, or puts the newest first on request', () => {
    expect(narrow(table, [3, 0, 2], state('?type=Case+study')).kept).toEqual([0, 1, 2]);
    expect(narrow(table, [3, 0, 2], state('?type=Case+study&sort=newest')).kept).toEqual([1, 2, 0]);
  });

  it('matches nothing to a value no entry has, or to a result it does not know', () => {
    expect(narrow(table, [0, 1], state('?type=Inspection+summary')).kept).toEqual([]);
    expect(narrow(table, [undefined, 0], state('?year=2018'))).toMatchObject({ kept: [1] });
    expect(narrow(table, [undefined, 0], state('')).kept).toEqual([0, 1]);
  });
});

describe('excerptParts', () => {
  it('splits marked words from plain text and decodes entities, never passing markup through', () => {
    expect(excerptParts('the <mark>CRC</mark> &amp; NPS &lt;script&gt;')).toEqual([
      { text: 'the ', mark: false },
      { text: 'CRC', mark: true },
      { text: ' & NPS <script>', mark: false },
    ]);
  });
});
