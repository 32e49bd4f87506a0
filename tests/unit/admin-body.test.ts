import fs from 'node:fs';
import path from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxText } from '../../src/lib/admin/body';
import { allowedHtml, readBody } from '../../src/lib/content/body';
import { entryFiles } from '../../src/lib/content/files';

const root = path.resolve(import.meta.dirname, '../..');
const tags = Object.keys(allowedHtml);

/** The text a reader sees: every text and code value in the tree, in order. */
const textOf = (node: MdastNode): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : ((node as { children?: MdastNode[] }).children ?? []).map(textOf).join('');

/** What staff might type into the editor's text as plain text, with characters MDX reads as code or tags. */
const typed = [
  'Costs rose by < 5% {in real terms}.',
  'Use {name} and <name> in the letter.',
  'A closing } alone, and {{double}}.',
  'A backslash \\ before text, and one escaped already: \\{.',
  '- a list item with {braces}\n- and a <tag-like> word',
  '> A quotation with <angle> brackets.',
  'import figures rose',
  'export data was late',
  'Look at `code {x} <y>` in a span.',
];

describe('escaping what staff typed into the editor, before it is saved as MDX', () => {
  it.each(typed)('%j stays text: no problem for the check, and the same words as in Markdown', (text) => {
    const escaped = mdxText(text, tags);
    expect(readBody(escaped, 'mdx').problems).toEqual([]);
    expect(textOf(mdxToMdast(escaped))).toBe(textOf(markdownToMdast(text)));
  });

  it('leaves every body in the site’s content as it is', () => {
    for (const { file } of entryFiles(path.join(root, 'content'))) {
      const body = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(mdxText(body, tags), file).toBe(body);
    }
  });

  it('leaves fenced code, a component line and the HTML an entry may use, and escapes other tags', () => {
    expect(mdxText('```\n{x} <y>\n```', tags)).toBe('```\n{x} <y>\n```');
    expect(mdxText('<Chart dataset="a" type="bar" />', tags)).toBe('<Chart dataset="a" type="bar" />');
    expect(mdxText('<abbr title="x">X</abbr> and <b>bold</b>', tags)).toBe('<abbr title="x">X</abbr> and <b>bold</b>');
    expect(mdxText('<script>alert(1)</script>', tags)).toBe('\\<script>alert(1)\\</script>');
  });

  it('changes nothing the second time', () => {
    for (const text of typed) expect(mdxText(mdxText(text, tags), tags)).toBe(mdxText(text, tags));
  });
});
