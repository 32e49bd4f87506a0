import { describe, expect, it } from 'vitest';
import { prerenderDir } from '../../src/integrations/late-cleanup';

describe('prerenderDir', () => {
  it('finds the page-rendering code where Astro puts it: in outDir inside the project, else in .astro/', () => {
    expect(prerenderDir('/repo/dist', '/repo')).toBe('/repo/dist/.prerender');
    expect(prerenderDir('/tmp/site', '/repo')).toBe('/repo/.astro/.prerender');
  });
});
