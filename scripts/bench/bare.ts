/**
 * The comparison site: bare Astro with only @astrojs/mdx over the same content folder, one page per entry,
 * then the Pagefind CLI over its output. Our overhead is our build time over the sum of the two.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionNames } from '../../src/lib/content/types';
import { folderSize, minimumPhases, parsePhases, root, run, setAside, type Phases } from './measure';

export interface BareResult {
  ok: boolean;
  wallMs: number;
  peakRssMb: number;
  pagefindMs: number;
  pagefindRssMb: number;
  /** Build plus Pagefind: what our full build is compared with. */
  totalMs: number;
  outputBytes: number;
  /** The bare build's own phases, to compare with ours phase by phase. */
  phases: Phases;
  error?: string;
}

/** Writes the bare project into `dir`, reading entries from `contentDir`. */
export function writeBareSite(dir: string, contentDir: string) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src/components'), { recursive: true });
  // This repository's packages, so both sites build with the same Astro.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }));
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  const collections = collectionNames
    .map(
      (c) =>
        `  ${JSON.stringify(c)}: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: ${JSON.stringify(path.join(contentDir, c))} }), schema: z.looseObject({}) }),`,
    )
    .join('\n');
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = {\n${collections}\n};\n`,
  );
  // Generated entries use <Chart>; a stand-in keeps MDX from failing on an unknown component.
  fs.writeFileSync(
    path.join(dir, 'src/components/Chart.astro'),
    `---\nconst { dataset } = Astro.props;\n---\n<figure>Chart {dataset}</figure>\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Chart from '../components/Chart.astro';
export async function getStaticPaths() {
  const names = ${JSON.stringify(collectionNames)};
  const entries = (await Promise.all(names.map((n) => getCollection(n)))).flat();
  return entries.map((entry) => ({ params: { slug: \`\${entry.collection}/\${entry.id}\` }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
<body><main><h1>{String(entry.data.title)}</h1><Content components={{ Chart }} /></main></body></html>
`,
  );
}

/** Builds the bare site (cold: no cache) and runs the Pagefind CLI over it. The last run's output goes into `bin`. */
export async function buildBare(dir: string, contentDir: string, bin: string): Promise<BareResult> {
  setAside(path.join(dir, 'dist'), bin);
  writeBareSite(dir, contentDir);
  const build = await run(path.join(root, 'node_modules/.bin/astro'), ['build'], { cwd: dir });
  const failed = (error: string) => ({
    ok: false,
    wallMs: build.wallMs,
    peakRssMb: build.peakRssMb,
    pagefindMs: 0,
    pagefindRssMb: 0,
    totalMs: 0,
    outputBytes: 0,
    phases: parsePhases(build.output),
    error,
  });
  if (!build.ok) return failed(build.output.slice(-2000));
  const pagefind = await run(path.join(root, 'node_modules/.bin/pagefind'), ['--site', 'dist', '--force-language', 'en'], { cwd: dir });
  if (!pagefind.ok) return failed(pagefind.output.slice(-2000));
  return {
    ok: true,
    wallMs: build.wallMs,
    peakRssMb: build.peakRssMb,
    pagefindMs: pagefind.wallMs,
    pagefindRssMb: pagefind.peakRssMb,
    totalMs: build.wallMs + pagefind.wallMs,
    outputBytes: folderSize(path.join(dir, 'dist')).bytes,
    phases: parsePhases(build.output),
  };
}

/** The bare site's runs as one: each timing its own minimum, as for our build (the build, Pagefind, each phase). */
export function fastestBare(runs: BareResult[]): BareResult {
  const least = (time: (b: BareResult) => number) => Math.min(...runs.map(time));
  const [wallMs, pagefindMs] = [least((b) => b.wallMs), least((b) => b.pagefindMs)];
  const pagefindRssMb = Math.max(...runs.map((b) => b.pagefindRssMb));
  return { ...runs[0], wallMs, pagefindMs, totalMs: wallMs + pagefindMs, pagefindRssMb, phases: minimumPhases(runs.map((b) => b.phases)) };
}
