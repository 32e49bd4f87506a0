import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdBuildLock, root } from '../support/build';
import { tempDir } from '../support/temp';

/** `npm run dev` over a content folder, on a free port; resolves once it answers. */
async function startDev(contentDir: string): Promise<{ base: string; stop: () => void }> {
  // A port another process has taken makes the server exit: it starts again on another.
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = await startDevOnce(contentDir, 4500 + Math.floor(Math.random() * 400));
    if (started) return started;
  }
  throw new Error('astro dev did not start');
}

async function startDevOnce(contentDir: string, port: number): Promise<{ base: string; stop: () => void } | undefined> {
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(path.join(root, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    // Vitest's own variables make Vite skip starting a server; the dev server must not see them.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV')),
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: contentDir,
      OUT_DIR: path.join(root, 'tests/.output/dev'),
      BUILD_DATE: '2026-11-24',
    },
    stdio: 'ignore',
    detached: true,
  });
  let exited = false;
  server.on('exit', () => (exited = true));
  const stop = () => {
    if (server.pid && !exited) process.kill(-server.pid);
  };
  for (let i = 0; i < 120 && !exited; i++) {
    const ok = await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  return undefined;
}

// One dev server at a time: they share the project's .astro folder with the builds.
let release: () => void;
beforeAll(async () => {
  release = await holdBuildLock();
});
afterAll(() => release());

// npm run dev over the drafts fixture: staff preview drafts and scheduled entries, marked as such.
describe('npm run dev', () => {
  let base: string;
  let stop: () => void;
  beforeAll(async () => ({ base, stop } = await startDev(path.join(root, 'tests/fixtures/drafts/content'))));
  afterAll(() => stop());

  it('shows a draft with a Draft banner', async () => {
    const html = await (await fetch(`${base}/briefings/secret-draft/`)).text();
    expect(html).toContain('Draft: this entry is not published.');
  });

  it('shows a scheduled entry with its publication date', async () => {
    const html = await (await fetch(`${base}/posts/scheduled-post/`)).text();
    expect(html).toContain('Scheduled: this entry will be published on 1 June 2027.');
  });

  it('shows no banner on a published entry', async () => {
    const html = await (await fetch(`${base}/briefings/published-briefing/`)).text();
    expect(html).toContain('A published briefing');
    expect(html).not.toContain('class="draft-banner"');
  });
});

// The content check only logs in dev, so the compiler's own guard must refuse an entry with code.
describe('npm run dev over an entry that tries to run code', () => {
  let base: string;
  let stop: () => void;
  beforeAll(async () => {
    const content = path.join(tempDir('dev-code'), 'content');
    fs.mkdirSync(path.join(content, 'briefings'), { recursive: true });
    for (const list of fs.readdirSync(path.join(root, 'tests/fixtures/drafts/content')).filter((f) => f.endsWith('.yml'))) {
      fs.copyFileSync(path.join(root, 'tests/fixtures/drafts/content', list), path.join(content, list));
    }
    fs.copyFileSync(
      path.join(root, 'tests/fixtures/hostile/content/briefings/code-export.mdx'),
      path.join(content, 'briefings/code-export.mdx'),
    );
    ({ base, stop } = await startDev(content));
  });
  afterAll(() => stop());

  it('refuses to compile it, so its code never runs and the home folder is not shown', async () => {
    const response = await fetch(`${base}/briefings/code-export/`);
    const html = await response.text();
    expect(response.status).toBe(500);
    expect(html).toContain('MDXError');
    expect(html).not.toContain(`home folder is ${os.homedir()}`);
  });
});
