import { describe, expect, it } from 'vitest';
import { excerptParts, hasFilters, pagefindFilters, parseSearch, searchQuery } from '../../src/lib/search-state';

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

  it('turns filters into Pagefind’s "any of these values" form', () => {
    const state = parseSearch('?needs=Homelessness&needs=Offending&year=2018');
    expect(pagefindFilters(state)).toEqual({ needs: { any: ['Homelessness', 'Offending'] }, year: { any: ['2018'] } });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(parseSearch('?q=x'))).toBe(false);
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
