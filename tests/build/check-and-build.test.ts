import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/check/problems';
import { validateContent } from '../../src/lib/check/validate';
import { launch } from '../support/browser';
import { buildSiteAsync, root, type BuildResult } from '../support/build';
import { serve } from '../support/server';

const fixturesDir = path.join(root, 'tests/fixtures');
const fixtures = fs
  .readdirSync(fixturesDir)
  .filter((name) => fs.existsSync(path.join(fixturesDir, name, 'content')))
  .sort();

/** What `npm run check` (scripts/check.ts) decides and prints for one content folder. */
function runCheck(contentDir: string): { ok: boolean; output: string } {
  const problems = validateContent(contentDir, root).problems;
  return { ok: !problems.some((p) => p.severity === 'error'), output: formatProblems(problems) };
}

/** Runs `work` over `items`, two at a time: the machine has two cores and each build uses about one. */
async function inPairs<T>(items: string[], work: (item: string) => Promise<T>): Promise<Map<string, T>> {
  const results = new Map<string, T>();
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) results.set(item, await work(item));
  };
  await Promise.all([worker(), worker()]);
  return results;
}

// Each error line as the check prints it: "error  <file>:<line>[:<col>]  <message>".
const errorLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.trim().startsWith('error  '))
    .map((l) => l.trim().replace(/^error\s+/, ''));

let checks: Map<string, { ok: boolean; output: string }>;
let builds: Map<string, BuildResult>;
beforeAll(async () => {
  checks = new Map(fixtures.map((name) => [name, runCheck(path.join(fixturesDir, name, 'content'))]));
  builds = await inPairs(fixtures, (name) => buildSiteAsync(`agree-${name}`, path.join(fixturesDir, name, 'content')));
}, 900_000);

describe('npm run check and the build agree on every fixture', () => {
  it.each(fixtures)('%s', (name) => {
    const check = checks.get(name)!;
    const build = builds.get(name)!;
    // A passing check means a passing build: the one promise staff rely on.
    expect({ check: check.ok, build: build.ok }, `${check.output}\n---\n${build.output}`).toEqual({ check: build.ok, build: build.ok });
    if (!check.ok) {
      const lines = errorLines(check.output);
      expect(lines.length).toBeGreaterThan(0);
      // The build fails with the same list: every file, line and message.
      for (const line of lines) expect(build.output).toContain(line);
    }
  });

  it('catches every attack with file and line, in the check and in the build', () => {
    const lines = errorLines(checks.get('hostile')!.output);
    const at = (file: string) => lines.filter((l) => l.startsWith(`tests/fixtures/hostile/content/${file}:`));
    for (const file of [
      'briefings/code-export.mdx',
      'briefings/code-import.mdx',
      'briefings/base-href.mdx',
      'briefings/meta-refresh.mdx',
      'briefings/third-party-iframe.mdx',
      'briefings/tracking-pixel.mdx',
      'briefings/password-form.mdx',
      'briefings/script-tag.mdx',
      'briefings/event-handler.mdx',
      'briefings/javascript-link.mdx',
      'briefings/javascript-source.mdx',
      'briefings/svg-with-script.mdx',
      'briefings/path-escape.mdx',
      'briefings/redirect-takeover.mdx',
      'briefings/unknown-component.mdx',
      'posts/raw-html.md',
      'organisations.yml',
      'data/evil-source.yml',
    ]) {
      expect(at(file), file).not.toEqual([]);
    }
    expect(builds.get('hostile')!.output).not.toContain(process.env.HOME ?? '/root');
  });

  it('catches every mistake with file and line, in the check and in the build', () => {
    const lines = errorLines(checks.get('mistakes')!.output);
    const at = (file: string) =>
      lines
        .filter((l) => l.startsWith(`tests/fixtures/mistakes/content/${file}`))
        .map((l) => l.slice(`tests/fixtures/mistakes/content/${file}`.length));
    expect(at('post/wrong-folder.mdx')[0]).toMatch(/unknown folder content\/post\/.*did you mean content\/posts\//);
    expect(at('posts/capital-extension.MDX')[0]).toMatch(/rename it to capital-extension\.mdx/);
    expect(at('posts/long-extension.markdown')[0]).toMatch(/rename it to long-extension\.mdx/);
    expect(at('notes.txt')[0]).toMatch(/the site does not read this file/);
    expect(at('briefings/year-typo.mdx')).toEqual([':4  published: is outside 1990 to 2 years from today: check the year']);
    expect(at('briefings/far-future.mdx')).toEqual([':4  published: is outside 1990 to 2 years from today: check the year']);
    expect(at('briefings/unclosed-tag.mdx')[0]).toMatch(/^:15:6 {2}MDX syntax: Expected a closing tag for `<abbr>` \(line 15\)/);
    expect(at('briefings/unbalanced-brace.mdx')[0]).toMatch(/^:15:12 {2}MDX syntax: Unexpected end of file in expression/);
    expect(at('briefings/chart-attribute-typo.mdx')[0]).toMatch(/^:15 {2}Chart dataset="missing": unknown dataset "missing"/);
    expect(at('posts/scheduled-unknown-component.mdx')[0]).toMatch(/^:15:1 {2}unknown component <Callout>/);
    expect(at('posts/scheduled-broken-link.mdx')[0]).toMatch(/^:13 {2}link to \/briefings\/not-written-yet\/: no entry/);
    expect(at('briefings/missing-anchor.mdx')).toEqual([
      ':15  link to #no-such-heading: this entry has no heading with the id "no-such-heading". Headings there: #real-heading',
      ':17  link to /topics/probation: add a slash at the end: /topics/probation/',
      ':17  link to /briefings/#x: the check cannot see the ids on /briefings/: link to the page itself, without #x',
    ]);
  });
});

describe('content that looks dangerous but is allowed', () => {
  it('builds, with Windows line endings, a byte-order mark and an unquoted date', () => {
    const built = builds.get('valid-untrusted')!;
    expect(built.ok, built.output).toBe(true);
    const html = fs.readFileSync(path.join(built.outDir, 'briefings/windows-notepad/index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>Saved by Windows Notepad<\/h1>/);
    expect(html).toContain('Windows line endings and a byte-order mark work.');
  });

  it('stays text in Chromium: no request leaves 127.0.0.1, nothing runs, nothing navigates, no link is rewritten', async () => {
    const built = builds.get('valid-untrusted')!;
    const server = await serve(built.outDir);
    const browser = await launch();
    try {
      for (const address of ['/briefings/allowed-html/', '/briefings/windows-notepad/', '/data/labels-with-markup/']) {
        const page = await browser.newPage();
        const requests: string[] = [];
        const dialogs: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await page.goto(`${server.url}${address}`);
        await page.locator('figure[data-chart], h1').first().scrollIntoViewIfNeeded();
        await page.waitForTimeout(500);
        expect(page.url(), address).toBe(`${server.url}${address}`);
        expect(dialogs, address).toEqual([]);
        expect(
          requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:')),
          address,
        ).toEqual([]);
        // No <base> took over: the header's links lead to this site.
        const links = await page.locator('header a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(links.length).toBeGreaterThan(0);
        for (const href of links) expect(href.startsWith(server.url), href).toBe(true);
        await page.close();
      }
      const page = await browser.newPage();
      await page.goto(`${server.url}/briefings/allowed-html/`);
      await expect(page.locator('.prose abbr').first().getAttribute('title')).resolves.toBe('"><script>alert(1)</script>');
      await expect(page.locator('.prose').first().innerText()).resolves.toMatch(
        /So is <base href=.https:\/\/evil\.example\/.> written with a backslash/,
      );
      await expect(page.locator('figure#chart-labels-with-markup tbody th').allTextContents()).resolves.toEqual([
        '</script><script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '=HYPERLINK("https://evil.example")',
      ]);
      const csv = await (await page.request.get(`${server.url}/data/labels-with-markup.csv`)).text();
      expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
