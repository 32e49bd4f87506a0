import { describe, expect, it } from 'vitest';
import { inStartOrder } from '../../src/integrations/search-index/stream';

describe('inStartOrder: pages reach the search index in the order they started rendering', () => {
  it('holds back a page that finished early until every page started before it has finished', () => {
    const delivered: string[] = [];
    const pages = inStartOrder((page: string) => delivered.push(page));
    const [a, b, c, d] = [pages.start(), pages.start(), pages.start(), pages.start()];
    pages.finish(c, 'c');
    pages.finish(b, 'b');
    expect(delivered).toEqual([]);
    pages.finish(a, 'a');
    expect(delivered).toEqual(['a', 'b', 'c']);
    pages.finish(d, 'd');
    expect(delivered).toEqual(['a', 'b', 'c', 'd']);
  });

  it('passes over pages with nothing to index without waiting for anything more', () => {
    const delivered: string[] = [];
    const pages = inStartOrder((page: string) => delivered.push(page));
    const [feed, entry] = [pages.start(), pages.start()];
    pages.finish(entry, 'entry');
    pages.finish(feed);
    expect(delivered).toEqual(['entry']);
  });
});
