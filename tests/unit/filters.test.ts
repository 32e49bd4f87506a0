import { describe, expect, it } from 'vitest';
import { applyFilters, matches, type FilterValues } from '../../src/lib/filters/match';
import { chosenFilters, filterButtonText, removeFilterText, showResultsText, type FilterGroup } from '../../src/lib/filters/chosen';
import { hasSelection, queryOf, readSelection, writeSelection, type Selection } from '../../src/lib/filters/state';

// The filter engine that /search/ and the case-study finder share.
const keys = ['type', 'needs', 'year'] as const;
type Key = (typeof keys)[number];
const read = (query: string, known?: Selection<Key>) => readSelection(new URLSearchParams(query), keys, known);
const write = (selection: Selection<Key>) => queryOf(writeSelection(new URLSearchParams(), keys, selection));

const items: { id: string; values: FilterValues<Key> }[] = [
  { id: 'cs-homeless', values: { type: ['Case study'], needs: ['Homelessness'], year: ['2018'] } },
  { id: 'cs-offending', values: { type: ['Case study'], needs: ['Offending'], year: ['2020'] } },
  { id: 'post-homeless', values: { type: ['Post'], needs: ['Homelessness'], year: ['2018'] } },
  { id: 'post-both', values: { type: ['Post'], needs: ['Homelessness', 'Offending'], year: ['2020'] } },
  { id: 'briefing', values: { type: ['Briefing'], year: ['2018'] } },
];
const run = (selection: Selection<Key>) => {
  const { kept, counts } = applyFilters(items, (i) => i.values, selection, keys);
  return { ids: kept.map((i) => i.id), counts: Object.fromEntries(keys.map((k) => [k, Object.fromEntries(counts[k])])) };
};

describe('filter state in the URL', () => {
  it('round-trips, with one address per selection whatever the order of choices', () => {
    const selection = { year: ['2020', '2018'], type: ['Post'] };
    expect(write(selection)).toBe('?type=Post&year=2018&year=2020');
    expect(read(write(selection))).toEqual({ type: ['Post'], year: ['2018', '2020'] });
    expect(write(read('?year=2020&type=Post&year=2018'))).toBe(write(selection));
    expect(write({})).toBe('');
  });

  it('ignores unknown filters, blank and repeated values, and, when told the known values, unknown ones', () => {
    expect(read('?colour=red&needs=+Offending+&needs=&needs=Offending')).toEqual({ needs: ['Offending'] });
    expect(read('?needs=Offending&needs=Nonsense&type=Post', { needs: ['Offending'] })).toEqual({ needs: ['Offending'], type: ['Post'] });
  });

  it('leaves other parameters where they are, before and after', () => {
    const params = new URLSearchParams('q=crc');
    writeSelection(params, keys, { type: ['Post'] }).set('sort', 'newest');
    expect(queryOf(params)).toBe('?q=crc&type=Post&sort=newest');
  });

  it('knows whether anything is chosen', () => {
    expect(hasSelection(read('?year=2018'))).toBe(true);
    expect(hasSelection(read('?q=x'))).toBe(false);
    expect(hasSelection({ type: [] })).toBe(false);
  });
});

describe('matching', () => {
  it('matches any chosen value within a filter and every filter together', () => {
    expect(run({}).ids).toEqual(items.map((i) => i.id));
    expect(run({ needs: ['Homelessness', 'Offending'] }).ids).toEqual(['cs-homeless', 'cs-offending', 'post-homeless', 'post-both']);
    expect(run({ needs: ['Offending'], type: ['Post'] }).ids).toEqual(['post-both']);
    expect(run({ type: ['Briefing'], needs: ['Homelessness'] }).ids).toEqual([]);
    expect(matches(items[0].values, { type: ['Case study'], year: ['2018'] })).toBe(true);
    expect(matches(items[0].values, { type: ['Case study'], year: ['2020'] })).toBe(false);
  });

  it('never matches a chosen value to an item without that filter, or a value no item has', () => {
    expect(run({ needs: ['Homelessness'] }).ids).not.toContain('briefing');
    expect(run({ type: ['Inspection summary'] }).ids).toEqual([]);
  });
});

describe('counting: a filter’s counts ignore its own choice and apply every other filter’s', () => {
  it('counts every item when nothing is chosen', () => {
    expect(run({}).counts).toEqual({
      type: { 'Case study': 2, Post: 2, Briefing: 1 },
      needs: { Homelessness: 3, Offending: 2 },
      year: { '2018': 3, '2020': 2 },
    });
  });

  it('keeps the other types counted after one type is chosen, so a reader can see what ticking them adds', () => {
    const { ids, counts } = run({ type: ['Case study'] });
    expect(ids).toEqual(['cs-homeless', 'cs-offending']);
    // "Post" is not zero: the posts that would show, counted with the other filters (none chosen here).
    expect(counts.type).toEqual({ 'Case study': 2, Post: 2, Briefing: 1 });
    // The other filters count only what the type choice keeps.
    expect(counts.needs).toEqual({ Homelessness: 1, Offending: 1 });
    expect(counts.year).toEqual({ '2018': 1, '2020': 1 });
  });

  it('counts a type with every other filter applied: ticking "Post" would show exactly its count', () => {
    const { counts } = run({ type: ['Case study'], needs: ['Offending'] });
    expect(counts.type).toEqual({ 'Case study': 1, Post: 1 });
    expect(run({ type: ['Case study', 'Post'], needs: ['Offending'] }).ids).toHaveLength(counts.type.Post + counts.type['Case study']);
    expect(counts.needs).toEqual({ Homelessness: 1, Offending: 1 });
  });
});

describe('the chosen filters in words', () => {
  const groups: FilterGroup<Key>[] = [
    {
      key: 'type',
      label: 'Type',
      names: new Map([
        ['Post', 'Post'],
        ['Case study', 'Case study'],
      ]),
    },
    {
      key: 'needs',
      label: 'Needs',
      names: new Map([
        ['homelessness', 'Homelessness'],
        ['offending', 'Offending'],
      ]),
    },
  ];

  it('lists each chosen value with its filter’s label and its name, in the order the page shows them', () => {
    const chosen = chosenFilters(read('?needs=offending&type=Case+study&needs=homelessness'), groups);
    expect(chosen.map((c) => `${c.label}: ${c.name}`)).toEqual(['Type: Case study', 'Needs: Homelessness', 'Needs: Offending']);
    expect(chosen[1]).toEqual({ key: 'needs', value: 'homelessness', label: 'Needs', name: 'Homelessness' });
  });

  it('leaves out values the page does not offer and filters it does not show', () => {
    expect(chosenFilters(read('?needs=nonsense&year=2018'), groups)).toEqual([]);
    expect(chosenFilters({}, groups)).toEqual([]);
  });

  it('says on the filter button how many are chosen, and names the filter each remove button removes', () => {
    expect(filterButtonText(0)).toBe('Filter');
    expect(filterButtonText(2)).toBe('Filter (2 chosen)');
    const [chosen] = chosenFilters(read('?needs=homelessness'), groups);
    expect(removeFilterText(chosen)).toBe('Remove filter: Needs Homelessness');
  });

  it('says on the button that ends the filters how many they show, in the singular for one', () => {
    const noun = { one: 'case study', other: 'case studies' };
    expect(showResultsText(3, noun)).toBe('Show 3 case studies');
    expect(showResultsText(1, noun)).toBe('Show 1 case study');
    expect(showResultsText(0, noun)).toBe('Show 0 case studies');
    expect(showResultsText(undefined, { one: 'result', other: 'results' })).toBe('Show results');
  });
});
