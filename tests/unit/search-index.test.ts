import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entriesFirst, entryRoute } from '../../src/integrations/search-index';

const path = (pathname: string, route: string) => ({ pathname, route: { route } });

describe('entriesFirst', () => {
  it('knows the entry route by the name of its page file', () => {
    expect(fs.existsSync(`src/pages${entryRoute}.astro`)).toBe(true);
  });

  it('puts entry pages before every other page, keeping the order within each', () => {
    const paths = [
      path('/about/', '/about'),
      path('/case-studies/needs/homelessness/', '/case-studies/[...facets]'),
      path('/briefings/one/', '/[type]/[slug]'),
      path('/charts/a.png', '/charts/[key].png'),
      path('/posts/two/', '/[type]/[slug]'),
      path('/briefings/2/', '/[type]/[...page]'),
      path('/case-studies/three/', '/[type]/[slug]'),
    ];
    expect(entriesFirst(paths).map((p) => p.pathname)).toEqual([
      '/briefings/one/',
      '/posts/two/',
      '/case-studies/three/',
      '/about/',
      '/case-studies/needs/homelessness/',
      '/charts/a.png',
      '/briefings/2/',
    ]);
  });
});
