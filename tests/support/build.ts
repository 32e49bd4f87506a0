import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { validateContent } from '../../src/lib/check/validate';

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
 * `env` can set BUILD_DATE (the build's clock) or SITE_URL; `config` names another Astro config file.
 */
export function buildSite(name: string, contentDir: string, env: Record<string, string> = {}, config?: string): BuildResult {
  const { outDir, command, args, options } = buildCommand(name, contentDir, env, config);
  const exclusive = passesCheck(contentDir);
  if (exclusive) while (!takeLock()) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  try {
    const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
    return { ok: result.status === 0, output: clean(`${result.stdout}\n${result.stderr}`), outDir };
  } finally {
    if (exclusive) releaseLock();
  }
}

/** `buildSite` without blocking, so several fixture builds can run side by side. */
export async function buildSiteAsync(name: string, contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const { outDir, command, args, options } = buildCommand(name, contentDir, env);
  const exclusive = passesCheck(contentDir);
  if (exclusive) while (!takeLock()) await new Promise((resolve) => setTimeout(resolve, 200));
  try {
    return await new Promise((resolve) => {
      const child = spawn(command, args, options);
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (status) => resolve({ ok: status === 0, output: clean(output), outDir }));
    });
  } finally {
    if (exclusive) releaseLock();
  }
}

/**
 * Astro writes the content's module lists to the project's one .astro/ folder, so two builds that get as far
 * as loading content would overwrite each other's: such builds take turns, across test files, through a lock
 * folder. Content that fails the check stops the build before that, so those builds run side by side.
 */
const lockDir = path.join(outputDir, '.build-lock');
const passesCheck = (contentDir: string) => !validateContent(contentDir, root).problems.some((p) => p.severity === 'error');

function takeLock(): boolean {
  fs.mkdirSync(outputDir, { recursive: true });
  try {
    fs.mkdirSync(lockDir);
    fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
    return true;
  } catch {
    // A lock left by a test process that died is taken over.
    const holder = Number(readOr(path.join(lockDir, 'pid'), '0'));
    if (holder && !isAlive(holder)) fs.rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}

/** For a dev server, which writes the same folder: waits for the lock and returns its release. */
export async function holdBuildLock(): Promise<() => void> {
  while (!takeLock()) await new Promise((resolve) => setTimeout(resolve, 200));
  return releaseLock;
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function releaseLock(): void {
  fs.rmSync(lockDir, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function buildCommand(name: string, contentDir: string, env: Record<string, string>, config?: string) {
  const outDir = path.join(outputDir, name);
  return {
    outDir,
    command: path.join(root, 'node_modules/.bin/astro'),
    args: ['build', ...(config ? ['--config', config] : [])],
    options: {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env },
    },
  };
}

// eslint-disable-next-line no-control-regex
const clean = (output: string) => output.replace(/\u001b\[[0-9;]*m/g, '');
