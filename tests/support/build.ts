import { spawn, spawnSync } from 'node:child_process';
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
  const { outDir, command, args, options } = buildCommand(name, contentDir, env);
  const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
  return { ok: result.status === 0, output: clean(`${result.stdout}\n${result.stderr}`), outDir };
}

/** `buildSite` without blocking, so several fixture builds can run side by side. */
export function buildSiteAsync(name: string, contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const { outDir, command, args, options } = buildCommand(name, contentDir, env);
  return new Promise((resolve) => {
    const child = spawn(command, args, options);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ ok: status === 0, output: clean(output), outDir }));
  });
}

function buildCommand(name: string, contentDir: string, env: Record<string, string>) {
  const outDir = path.join(outputDir, name);
  return {
    outDir,
    command: path.join(root, 'node_modules/.bin/astro'),
    args: ['build'],
    options: { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env } },
  };
}

// eslint-disable-next-line no-control-regex
const clean = (output: string) => output.replace(/\u001b\[[0-9;]*m/g, '');
