import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { readBody, unsafeUrl } from '../../src/lib/content/body';
import { entryPolicy } from '../../src/plugins/entry-policy';

const problems = (body: string, format: 'md' | 'mdx' = 'mdx', firstLine = 1) =>
  readBody(body, format, firstLine).problems.map((p) => `${p.line} ${p.message}`);

describe('what an entry body may contain', () => {
  it('accepts Markdown, <Chart> with literal attributes, allowed HTML and editors’ notes', () => {
    const body = [
      '## A heading',
      '',
      'Text with <abbr title="National Probation Service">NPS</abbr>, x<sup>2</sup>, a [link](/briefings/x/) and [mail](mailto:a@b.org).',
      '',
      '<Chart dataset="d" type="bar" horizontal width={3} />',
      '',
      '<details>',
      '<summary>More</summary>',
      '',
      'Hidden text.',
      '',
      '</details>',
      '',
      '{/* a note to editors */}',
    ].join('\n');
    const read = readBody(body, 'mdx', 10);
    expect(read.problems).toEqual([]);
    expect(read.scan.components).toEqual([
      { name: 'Chart', attributes: { dataset: 'd', type: 'bar', horizontal: true, width: 3 }, line: 14 },
    ]);
    expect(read.scan.headingIds).toEqual(['a-heading']);
    expect(read.scan.links.map((l) => l.href)).toEqual(['/briefings/x/', 'mailto:a@b.org']);
  });

  it('rejects code: import and export lines, {…} expressions and attribute expressions, at their file lines', () => {
    const body = [
      'import fs from "node:fs"',
      '',
      'export const h = process.env.HOME',
      '',
      'Home is {h}.',
      '',
      '<Chart dataset="d" title={h} {...props} />',
    ].join('\n');
    expect(problems(body, 'mdx', 5)).toEqual([
      '5 `import` and `export` lines are not allowed: an entry cannot run code. Components such as <Chart> need no import line; delete it',
      '7 `import` and `export` lines are not allowed: an entry cannot run code. Components such as <Chart> need no import line; delete it',
      '9 {…} is code, which entries cannot run. To show a curly bracket write \\{ ; for a note to editors write {/* like this */}',
      '11 title={…} is code, which entries cannot run: write the value in quotes, e.g. title="…"',
      '11 {…} in <Chart> is code, which entries cannot run: write each attribute as name="value"',
    ]);
  });

  it('rejects unknown components and HTML outside the allowlist, event handlers and styles', () => {
    const body = [
      '<Foo />',
      '',
      '<iframe src="https://tracker.example/"></iframe>',
      '',
      '<base href="https://evil.example/" />',
      '',
      'A <abbr title="x" onclick="steal()" style="color:red">B</abbr>.',
      '',
      '<form action="https://evil.example/"><input type="password" /></form>',
    ].join('\n');
    const found = problems(body);
    expect(found[0]).toMatch(/^1 unknown component <Foo>: entries may use <Chart>, a chart from a dataset/);
    expect(found[1]).toMatch(/^3 <iframe> is not allowed in an entry\. Allowed HTML: abbr, /);
    expect(found[2]).toMatch(/^5 <base> is not allowed/);
    expect(found.slice(3, 5)).toEqual([
      '7 attribute onclick on <abbr> is not allowed: event handlers run code',
      '7 attribute style on <abbr> is not allowed: the site styles entries itself',
    ]);
    expect(found[5]).toMatch(/^9 <form> is not allowed/);
    expect(found[6]).toMatch(/^9 <input> is not allowed/);
  });

  it('applies the same allowlist to raw HTML in a .md entry', () => {
    const found = problems(
      'Text <abbr title="x" onclick="y">A</abbr> <!-- a comment -->\n\n<script>alert(1)</script>\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n',
      'md',
    );
    expect(found).toHaveLength(3);
    expect(found[0]).toBe('1 attribute onclick on <abbr> is not allowed: event handlers run code');
    expect(found[1]).toMatch(/^3 <script> is not allowed/);
    expect(found[2]).toMatch(/^5 <meta> is not allowed/);
  });

  it('allows only web, e-mail and site addresses in links, and only repository files as images', () => {
    expect(
      problems(
        '[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](data:text/html,x) [d](//evil.example/)\n\n[e]: vbscript:x\n\n![chart](https://tracker.example/p.gif)',
      ),
    ).toEqual([
      '1 link to javascript:alert(1): "javascript:" links are not allowed: use an https://, mailto: or site address such as /briefings/name/',
      '1 link to JaVaScRiPt:x: "JaVaScRiPt:" links are not allowed: use an https://, mailto: or site address such as /briefings/name/',
      '1 link to data:text/html,x: "data:" links are not allowed: use an https://, mailto: or site address such as /briefings/name/',
      '1 link to //evil.example/: write the address in full, starting https://',
      '3 link to vbscript:x: "vbscript:" links are not allowed: use an https://, mailto: or site address such as /briefings/name/',
      "5 image https://tracker.example/p.gif is not in the repository: save the file next to the entry (e.g. ./images/photo.jpg) and link to it there, so readers' browsers make no requests to other sites",
    ]);
    expect(unsafeUrl('java\tscript:alert(1)')).toMatch(/not allowed/);
    expect(unsafeUrl('https://example.org/a:b')).toBeUndefined();
    expect(unsafeUrl('/topics/probation/#x')).toBeUndefined();
    expect(unsafeUrl('../case-studies/x/')).toBeUndefined();
  });

  it('reports an MDX syntax error at the file line, with what to write instead', () => {
    expect(problems('Fine.\n\nA <div> never closed', 'mdx', 12)).toEqual([
      '14 MDX syntax: Expected a closing tag for `<div>` (line 14) before the end of `paragraph` (in an .mdx entry, < and { start a tag or code: write \\< or \\{ for the characters themselves)',
    ]);
    expect(problems('Costs {rose', 'mdx', 3)[0]).toMatch(/^3 MDX syntax: Unexpected end of file in expression/);
  });
});

describe('the build’s guard', () => {
  it('stops the compiler before an entry with code becomes a module', async () => {
    await expect(async () => mdxToJs('export const h = process.env.HOME\n\n{h}\n', { mdastPlugins: [entryPolicy] })).rejects.toThrow(
      /import` and `export` lines are not allowed[\s\S]*\{…\} is code/,
    );
    await expect(async () =>
      mdxToJs('Fine', {
        mdastPlugins: [entryPolicy],
        data: { astro: { frontmatter: { layout: '/tmp/evil.js' }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
      }),
    ).rejects.toThrow(/the field "layout" is not allowed/);
    await expect(
      Promise.resolve().then(() => mdxToJs('Fine <abbr title="x">A</abbr> and <Chart dataset="d" />\n', { mdastPlugins: [entryPolicy] })),
    ).resolves.toBeTruthy();
  });
});

describe('addresses written with character references', () => {
  it('are read as the browser reads them', () => {
    expect(problems('[x](javascript&#58;alert(1))\n\n<a href="jav&#x09;ascript:alert(1)">y</a>\n')).toEqual([
      '1 link to javascript:alert(1): "javascript:" links are not allowed: use an https://, mailto: or site address such as /briefings/name/',
      '3 href="jav\tascript:alert(1)": "javascript:" links are not allowed: use an https://, mailto: or site address such as /briefings/name/',
    ]);
  });
});
