import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The text of every comment in TypeScript or JavaScript source, found by the compiler's own parser. */
function scriptComments(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const seen = new Set<number>();
  const comments: string[] = [];
  const take = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      comments.push(source.slice(r.pos, r.end));
    }
  };
  const visit = (node: ts.Node) => {
    take(ts.getLeadingCommentRanges(source, node.getFullStart()));
    take(ts.getTrailingCommentRanges(source, node.getEnd()));
    node.forEachChild(visit);
  };
  visit(file);
  take(ts.getLeadingCommentRanges(source, file.endOfFileToken.getFullStart()));
  return comments;
}

/** Comments in an .astro file: its frontmatter and scripts as TypeScript, its styles and template by their comment syntax. */
function astroComments(source: string): string[] {
  const comments: string[] = [];
  let template = source;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (frontmatter) {
    comments.push(...scriptComments(frontmatter[1]));
    template = source.slice(frontmatter[0].length);
  }
  template = template.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (_, code: string) => {
    comments.push(...scriptComments(code));
    return '';
  });
  template = template.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/g, (_, css: string) => {
    comments.push(...(css.match(/\/\*[\s\S]*?\*\//g) ?? []));
    return '';
  });
  comments.push(...(template.match(/<!--[\s\S]*?-->/g) ?? []));
  // Comments inside template expressions: {/* ... */} or a // line within braces.
  for (const [, expression] of template.matchAll(/\{([^{}]*)\}/g)) comments.push(...scriptComments(expression));
  return comments;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((d) => (d.isFile() && /\.(ts|mts|mjs|astro)$/.test(d.name) ? [path.join(d.parentPath, d.name)] : []));
}

/** A figure with a unit of time, size or speed: what a measurement looks like written down. */
const measurement =
  /(?<![\w.])\d[\d,.]*\s*(?:ms|µs|ns|s|secs?|seconds?|mins?|minutes?|hours?|kB|KB|KiB|MB|MiB|GB|GiB|B|bytes?)(?![\w])|\d[\d,.]*\s*%|\d[\d,.]*\s*×|(?<![\w.])\d[\d,.]*\s*x\s+(?:faster|slower|smaller|larger|bigger|quicker)/;

/** Quoted text in a comment is an example of input ("51%"), and 100% is the whole, not a measurement. */
const isMeasured = (line: string) => measurement.test(line.replace(/"[^"]*"|`[^`]*`/g, '').replace(/(?<![\d.])100\s*%/g, ''));

/** Every comment line in src/ and astro.config.mjs that carries a measurement, as "file:comment". */
function measuredComments(): string[] {
  const files = [...sourceFiles(path.join(root, 'src')), path.join(root, 'astro.config.mjs')];
  return files.flatMap((file) => {
    const source = fs.readFileSync(file, 'utf8');
    const comments = file.endsWith('.astro') ? astroComments(source) : scriptComments(source);
    return comments.flatMap((c) =>
      c
        .split('\n')
        .filter(isMeasured)
        .map((line) => `${path.relative(root, file)}: ${line.trim()}`),
    );
  });
}

describe('the codebase a newcomer reads', () => {
  it('has a developers’ guide under 6,000 characters', () => {
    expect(fs.readFileSync(path.join(root, 'DEVELOPERS.md'), 'utf8').length).toBeLessThan(6000);
  });

  it('finds comments in each kind of source file, and only comments', () => {
    expect(scriptComments('const a = "// 5 ms"; const re = /\\/\\* 3 MB \\*\\//; // why\n/* because */ const b = `/* 2 s */`;')).toEqual([
      '// why',
      '/* because */',
    ]);
    const astro =
      '---\n// front\nconst x = 1;\n---\n<p title="5 ms">{x /* inline */}</p>\n<!-- template -->\n<style>/* style */ a { width: 10%; }</style>\n<script>// script\nconst y = "5 ms";</script>';
    expect(astroComments(astro)).toEqual(['// front', '// script', '/* style */', '<!-- template -->', '/* inline */']);
    expect(measurement.test('took 120 ms on the bench')).toBe(true);
    expect(measurement.test('3.4x faster than before')).toBe(true);
    expect(measurement.test('about 2 MB of text')).toBe(true);
    expect(isMeasured('one 320 px wide screen, 5,000 entries, chart-2 and h1')).toBe(false);
    expect(isMeasured('a cell such as "51%" counts; shares run to 100%')).toBe(false);
    expect(isMeasured('runs 12% faster')).toBe(true);
  });

  it('has no comment in src/ or astro.config.mjs that carries a measured time or size', () => {
    expect(measuredComments()).toEqual([]);
  });
});
