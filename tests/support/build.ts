import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const outputDir = path.join(root, 'tests/.output');

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, colour codes removed. */
  output: string;
  outDir: string;
}

/**
 * Runs the real `astro build` over a content folder into `tests/.output/<name>`.
 * `env` can set BUILD_DATE (the build's clock) or SITE_URL.
 */
export function buildSite(name: string, contentDir: string, env: Record<string, string> = {}): BuildResult {
  const outDir = path.join(outputDir, name);
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env },
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, outDir };
}
