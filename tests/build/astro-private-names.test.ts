import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputDir, root, type BuildResult } from '../support/build';

// astro.config.mjs's two bundler rules name things Astro keeps private: the `?astroPropagatedAssets` suffix of an
// MDX entry's wrapper module, and the "use astro:head-inject" directive in it. These tests fail when Astro renames
// either, rather than the rules silently matching nothing.
const contentDir = path.join(root, 'tests/fixtures/valid-untrusted/content');
const recordFile = path.join(outputDir, 'private-names.jsonl');
const mdxEntries = fs.readdirSync(path.join(contentDir, 'briefings')).filter((f) => f.endsWith('.mdx'));

interface Chunk {
  name: string;
  moduleIds: string[];
}
interface Warning {
  code?: string;
  message: string;
  passedOn: boolean;
}
let site: BuildResult;
let chunks: Chunk[];
let warnings: Warning[];

beforeAll(() => {
  fs.mkdirSync(outputDir, { recursive: true });
  fs.rmSync(recordFile, { force: true });
  site = buildSite('private-names', contentDir, { RECORD_FILE: recordFile }, 'tests/support/recording.config.mjs');
  const lines = fs.existsSync(recordFile)
    ? fs
        .readFileSync(recordFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : [];
  chunks = lines.filter((l) => l.environment === 'prerender' && l.chunk).map((l) => l.chunk);
  warnings = lines.filter((l) => l.warning).map((l) => l.warning);
});

describe("the bundler rules that rely on Astro's private names", () => {
  it('builds a fixture with MDX entries', () => {
    expect(site.ok, site.output).toBe(true);
    expect(mdxEntries.length).toBeGreaterThan(1);
  });

  it('bundles each MDX entry, content and wrapper, into the entries chunks, not a chunk of its own', () => {
    const holding = (test: (id: string) => boolean) => chunks.filter((c) => c.moduleIds.some(test)).map((c) => c.name);
    for (const file of mdxEntries) {
      const content = holding((id) => id.endsWith(`/${file}`));
      const wrapper = holding((id) => id.includes(`/${file}?`));
      expect(content, `${file}: its content module`).toEqual(['entries']);
      expect(wrapper, `${file}: its wrapper module`).toEqual(['entries']);
    }
    expect(chunks.filter((c) => c.moduleIds.some((id) => /\.mdx($|\?)/.test(id)) && c.name !== 'entries')).toEqual([]);
  });

  it('hides one warning per MDX entry about the "use astro:head-inject" directive, and prints none', () => {
    const hidden = warnings.filter((w) => !w.passedOn);
    expect(hidden.map((w) => w.code)).toEqual(mdxEntries.map(() => 'MODULE_LEVEL_DIRECTIVE'));
    for (const file of mdxEntries)
      expect(
        hidden.some((w) => w.message.includes(file) && w.message.includes('astro:head-inject')),
        file,
      ).toBe(true);
    expect(site.output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|astro:head-inject/);
  });
});
