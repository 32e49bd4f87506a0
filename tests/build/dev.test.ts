import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdBuildLock, root } from '../support/build';

// npm run dev over the drafts fixture: staff preview drafts and scheduled entries, marked as such.
let server: ChildProcess;
let release: () => void;
const port = 4500 + Math.floor(Math.random() * 400);
const base = `http://127.0.0.1:${port}`;

beforeAll(async () => {
  release = await holdBuildLock();
  server = spawn(path.join(root, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    // Vitest's own variables make Vite skip starting a server; the dev server must not see them.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV')),
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: path.join(root, 'tests/fixtures/drafts/content'),
      OUT_DIR: path.join(root, 'tests/.output/dev'),
      BUILD_DATE: '2026-11-24',
    },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('astro dev did not start');
});

afterAll(() => {
  if (server.pid) process.kill(-server.pid);
  release();
});

describe('npm run dev', () => {
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
