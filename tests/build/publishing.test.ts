import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputDir, root, type BuildResult } from '../support/build';

// The publishing workflow end to end, on a copy of the drafts fixture: new → check → publish → build.
const contentDir = path.join(outputDir, 'new-entry-content');
const entryFile = path.join(contentDir, 'case-studies/test-area-panel.mdx');
const env = { ...process.env, CONTENT_DIR: contentDir, BUILD_DATE: '2026-11-24', FORCE_COLOR: '0' };
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

beforeAll(() => {
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'tests/fixtures/drafts/content'), contentDir, { recursive: true });
});

describe('npm run new, npm run check and a build', () => {
  let site: BuildResult;

  it('creates a draft case study with every field, dated today', () => {
    const { status, output } = run('new.ts', 'case-study', 'Test area panel');
    expect(status, output).toBe(0);
    expect(output).toContain('Created tests/.output/new-entry-content/case-studies/test-area-panel.mdx');
    const text = fs.readFileSync(entryFile, 'utf8');
    expect(text).toMatch(/^---\n# \(required\) Plain, specific title/);
    expect(text).toContain('title: "Test area panel"');
    expect(text).toContain('published: 2026-11-24');
    expect(text).toContain('draft: true');
    expect(text).toContain('## What they did');
  });

  it('refuses to overwrite an existing slug', () => {
    const before = fs.readFileSync(entryFile, 'utf8');
    const { status, output } = run('new.ts', 'case-study', 'Test Area Panel!');
    expect(status).toBe(1);
    expect(output).toContain('tests/.output/new-entry-content/case-studies/test-area-panel.mdx already exists');
    expect(fs.readFileSync(entryFile, 'utf8')).toBe(before);
  });

  it('refuses an unknown type, naming the types', () => {
    const { status, output } = run('new.ts', 'report', 'X');
    expect(status).toBe(1);
    expect(output).toContain('Unknown type "report".');
    expect(output).toContain('type: briefing, case-study, inspection, post');
  });

  it('is rejected by the check until its required fields are filled, then accepted', () => {
    const empty = run('check.ts');
    expect(empty.status).toBe(1);
    for (const field of [
      'summary',
      'topics',
      'sources[0].title',
      'area',
      'region',
      'needs',
      'approach',
      'partners',
      'population',
      'period.start',
      'period.end',
      'status',
      'evidenceStrength',
    ]) {
      expect(empty.output).toMatch(new RegExp(`test-area-panel\\.mdx:\\d+  ${field.replace(/[[\]]/g, '\\$&')}: `));
    }
    const filled = fs
      .readFileSync(entryFile, 'utf8')
      .replace('summary: ""', 'summary: "A test panel."')
      .replace('topics: []', 'topics: [probation]')
      .replace('  - title: ""', '  - title: "A source"')
      .replace('    publisher: ""', '    publisher: "A publisher"')
      .replace('    date: ""', '    date: "2025"')
      .replace('area: ""', 'area: "Testville"')
      .replace('region: ""', 'region: example')
      .replace('needs: []', 'needs: [example]')
      .replace('approach: []', 'approach: [example]')
      .replace('partners: []', 'partners: [meam]')
      .replace('population: ""', 'population: "Adults in Testville"')
      .replace('start: ""', 'start: "2024-05"')
      .replace('end: ""', 'end: ongoing')
      .replace('status: ""', 'status: running')
      .replace('evidenceStrength: ""', 'evidenceStrength: description-only');
    fs.writeFileSync(entryFile, filled);
    const good = run('check.ts');
    expect(good.output).toContain('0 errors');
    expect(good.status).toBe(0);
  });

  it('once draft: false, appears in its listing, topic page, feeds and sitemap', () => {
    fs.writeFileSync(entryFile, fs.readFileSync(entryFile, 'utf8').replace('draft: true', 'draft: false'));
    site = buildSite('new-entry', contentDir, { BUILD_DATE: '2026-11-24' });
    expect(site.ok, site.output).toBe(true);
    const read = (file: string) => fs.readFileSync(path.join(site.outDir, file), 'utf8');
    const address = '/case-studies/test-area-panel/';
    expect(read('case-studies/test-area-panel/index.html')).toMatch(/<h1[^>]*>Test area panel<\/h1>/);
    expect(read('case-studies/index.html')).toContain(`href="${address}"`);
    expect(read('topics/probation/index.html')).toContain(`href="${address}"`);
    expect(read('rss.xml')).toContain(`https://joined-up.example${address}`);
    expect(read('case-studies/rss.xml')).toContain(`https://joined-up.example${address}`);
    expect(read('sitemap-0.xml')).toContain(`<loc>https://joined-up.example${address}</loc>`);
  });
});
