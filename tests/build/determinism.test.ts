import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_BUILD_DATE, generateCorpus } from '../../scripts/bench/corpus';
import { differingFiles } from '../../scripts/bench/determinism';
import { buildSiteAsync, outputDir } from '../support/build';

// `npm run bench -- --n 2000 --determinism` makes the same comparison at full size.
describe('two builds of the same content', () => {
  it('write byte-identical sites, search index included', async () => {
    // Inside the project, as the bench's corpus is: Astro bundles MDX entries as modules.
    const content = path.join(outputDir, 'determinism-content');
    generateCorpus(60, content);
    // Cold builds, as in CI: no content store or chart images kept from an earlier run.
    for (const name of ['determinism-a', 'determinism-b'])
      fs.rmSync(path.join(outputDir, `${name}-cache`), { recursive: true, force: true });
    const env = { BUILD_DATE: CORPUS_BUILD_DATE };
    const [a, b] = await Promise.all([buildSiteAsync('determinism-a', content, env), buildSiteAsync('determinism-b', content, env)]);
    expect(a.ok, a.output.slice(-4000)).toBe(true);
    expect(b.ok, b.output.slice(-4000)).toBe(true);
    expect(fs.readdirSync(path.join(a.outDir, 'pagefind/index')).length).toBeGreaterThan(0);
    expect(differingFiles(a.outDir, b.outDir)).toEqual([]);
  }, 300_000);
});
