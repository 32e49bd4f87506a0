import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, root } from './build';

/** Builds the real site once for the build-output and browser tests. */
export default function setup(project: TestProject) {
  const site = buildSite('site', path.join(root, 'content'));
  if (!site.ok) throw new Error(`The site did not build:\n${site.output}`);
  project.provide('siteDir', site.outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
