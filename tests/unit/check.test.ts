import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithubAnnotations, formatProblems, type Problem } from '../../src/lib/check/problems';
import { validateContent } from '../../src/lib/check/validate';

const root = path.resolve(import.meta.dirname, '../..');
const dir = 'tests/fixtures/broken/content';
const problems = validateContent(path.join(root, dir), root).problems;
const at = (file: string) =>
  problems
    .filter((p) => p.file === `${dir}/${file}`)
    .map((p) => `${p.line ?? '-'} ${p.severity} ${p.field ? `${p.field}: ` : ''}${p.message}`);

describe('npm run check over one broken fixture per problem', () => {
  it.each([
    [
      'schema error',
      'briefings/schema-error.mdx',
      ['10 error briefingType: "memo" is not allowed. Use one of: consultation-response, evidence, policy-briefing, research-briefing'],
    ],
    [
      'unknown topic',
      'briefings/unknown-topic.mdx',
      ['5 error topics[1]: unknown topic "prisons". Use one of: probation; or add it to content/topics.yml'],
    ],
    [
      'unknown organisation',
      'briefings/unknown-organisation.mdx',
      ['10 error organisations[1]: unknown organisation "mam". Use one of: meam; or add it to content/organisations.yml'],
    ],
    [
      'unknown region and need',
      'case-studies/unknown-region-and-need.mdx',
      [
        '11 error region: unknown region "east-anglia". Use one of: east-of-england; or add it to content/regions.yml',
        '12 error needs[1]: unknown need "housing". Use one of: homelessness; or add it to content/needs.yml',
      ],
    ],
    [
      'blank hero alt text',
      'briefings/missing-alt.mdx',
      ['12 error image.alt: add alt text: describe what the image shows for people who cannot see it'],
    ],
    [
      'body image without alt text',
      'posts/body-image-without-alt.mdx',
      ['15 error image without alt text: write what it shows inside the square brackets before the file name'],
    ],
    [
      'broken link and anchor',
      'briefings/broken-links.mdx',
      [
        '13 error link to /briefings/no-such-entry/: no entry at /briefings/no-such-entry/; check the slug (the file name in content/briefings/)',
        `13 error link to /briefings/link-target/#no-such-heading: ${dir}/briefings/link-target.mdx has no heading with the id "no-such-heading". Headings there: #real-heading`,
      ],
    ],
    [
      'updated before published',
      'briefings/updated-before-published.mdx',
      ['10 error updated: `updated` is before `published`; check both dates'],
    ],
    [
      'image too large',
      'briefings/too-large-image.mdx',
      ['13 error image ../images/too-wide.png is 4001×10 pixels; resize it to at most 4000 pixels on its longest side'],
    ],
    [
      'redirect onto a live page',
      'briefings/redirect-clash.mdx',
      [
        `12 error redirectFrom[1]: /briefings/link-target/ is the address of ${dir}/briefings/link-target.mdx; an old address must not be in use`,
      ],
    ],
    [
      'long summary (a warning)',
      'briefings/long-summary.mdx',
      ['3 warning summary: 203 characters: keep it to 200 or fewer so search results and link previews show it whole'],
    ],
  ])('%s', (_name, file, expected) => {
    expect(at(file)).toEqual(expected);
  });

  it('reports a duplicate slug on both files', () => {
    for (const file of ['posts/same-slug.md', 'posts/same-slug.mdx']) {
      expect(at(file)).toEqual([
        `- error duplicate slug "same-slug": ${dir}/posts/same-slug.md and ${dir}/posts/same-slug.mdx would both be published at /posts/same-slug/; rename one`,
      ]);
    }
  });

  it('lists every problem in a file with several, in line order when printed', () => {
    expect(at('briefings/several-problems.mdx')).toEqual([
      '2 error summary: missing required field "summary": One or two sentences: used in listings, search results, feeds and the page description.',
      '3 error published: is not a real calendar date',
      '4 error topics[1]: unknown topic "prisons". Use one of: probation; or add it to content/topics.yml',
      '14 error image without alt text: write what it shows inside the square brackets before the file name',
      '16 error link to /case-studies/nowhere/: no entry at /case-studies/nowhere/; check the slug (the file name in content/case-studies/)',
    ]);
    const printed = formatProblems(problems);
    expect(printed).toMatch(
      /several-problems\.mdx:2 .*\n.*several-problems\.mdx:3 .*\n.*several-problems\.mdx:4 .*\n.*several-problems\.mdx:14 .*\n.*several-problems\.mdx:16 /,
    );
    expect(printed.trim().split('\n').at(-1)).toBe('19 errors, 1 warning');
  });

  it('finds nothing wrong with the good entries in the same folder', () => {
    expect(at('briefings/link-target.mdx')).toEqual([]);
  });
});

describe('npm run check -- --format github', () => {
  const problem = (at: Partial<Problem>): Problem => ({ file: 'content/a.mdx', message: 'm', severity: 'error', ...at });

  it('writes an error and a warning as annotations on their file, line and column', () => {
    expect(
      formatGithubAnnotations([
        problem({ file: 'content/data/a.csv', line: 3, column: 2, message: 'not a number', severity: 'warning' }),
        problem({ line: 4, field: 'topics[1]', message: 'unknown topic "x"' }),
      ]),
    ).toBe(
      [
        '::error file=content/a.mdx,line=4,title=Content check%3A topics[1]::topics[1]: unknown topic "x"',
        '::warning file=content/data/a.csv,line=3,col=2,title=Content check::not a number',
      ].join('\n'),
    );
  });

  it('escapes what would end the command early: newlines and % in the message, also : and , in properties', () => {
    const [line] = formatGithubAnnotations([
      problem({ file: 'content/a,b:c.mdx', line: 1, field: 'x,y', message: '100% wrong:\r\nsee, here' }),
    ]).split('\n');
    expect(line).toBe('::error file=content/a%2Cb%3Ac.mdx,line=1,title=Content check%3A x%2Cy::x,y: 100%25 wrong:%0D%0Asee, here');
  });

  it('leaves out the line when a problem has none (and the column with it), and the file when there is none', () => {
    expect(formatGithubAnnotations([problem({ column: 5 })])).toBe('::error file=content/a.mdx,title=Content check::m');
    expect(formatGithubAnnotations([problem({ file: '' })])).toBe('::error title=Content check::m');
  });

  const badEntry = 'tests/fixtures/bad-entry/content';
  const check = (...args: string[]) => {
    const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/check.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: path.join(root, badEntry), FORCE_COLOR: '0' },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints one annotation per problem over the bad-entry fixture, each on its file and line, and fails', () => {
    const { status, stdout, stderr } = check('--format', 'github');
    expect(status, stderr).toBe(1);
    const annotations = stdout
      .split('\n')
      .filter((l) => l.startsWith('::'))
      .map((l) =>
        l
          .match(/^::(error|warning) file=([^,]+),line=(\d+),/)
          ?.slice(1)
          .join(' '),
      );
    const expected = validateContent(path.join(root, badEntry), root).problems;
    // As many as the plain format lists, one for each.
    expect(annotations).toHaveLength(formatProblems(expected).match(/^ {2}(error|warning) {2}/gm)!.length);
    expect(annotations.sort()).toEqual(expected.map((p) => `${p.severity} ${p.file} ${p.line}`).sort());
    // Read from the fixture: the unknown topic is on the `topics:` line.
    const entry = `${badEntry}/briefings/three-problems.mdx`;
    const topicsLine =
      fs
        .readFileSync(path.join(root, entry), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('topics:')) + 1;
    expect(stdout).toContain(
      `::error file=${entry},line=${topicsLine},title=Content check%3A topics[1]::topics[1]: unknown topic "no-such-topic"`,
    );
  });

  it('prints the plain format by default, and refuses an unknown format with exit code 2', () => {
    const plain = check();
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain(formatProblems(validateContent(path.join(root, badEntry), root).problems));
    expect(check('--format', 'plain').stdout).toContain(plain.stdout.split('\nChecked')[0]);
    for (const [args, reason] of [
      [['--format', 'xml'], 'Unknown format "xml".'],
      [['--colour'], "Unknown option '--colour'"],
    ] as const) {
      const refused = check(...args);
      expect(refused.status, args.join(' ')).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain(reason);
      expect(refused.stderr).toContain('Usage: npm run check [-- --format plain|github]');
    }
  });
});
