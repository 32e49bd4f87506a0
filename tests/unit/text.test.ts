import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, isoDay } from '../../src/lib/dates';
import { serializeJsonLd } from '../../src/lib/citations/jsonld';
import { countWords, readingMinutes } from '../../src/lib/content/reading-time';
import { slugify } from '../../src/lib/content/slug';
import { tableOfContents } from '../../src/lib/content/toc';

describe('reading time', () => {
  it('counts the words a reader sees, not markup, URLs or code', () => {
    const md =
      '## A heading\n\nSome **bold** text with [a link](https://example.org/very/long/url) and `code`.\n\n```js\nconst x = 1;\n```\n\n<abbr title="x">CRC</abbr> is it[^1].\n\n[^1]: A note here.';
    // A heading / Some bold text with a link and / CRC is it / A note here
    expect(countWords(md)).toBe(2 + 7 + 3 + 3);
  });

  it('keeps hyphenated words, numbers and contractions whole', () => {
    expect(countWords("Don't count face-to-face or 1,209 twice")).toBe(6);
  });

  it('rounds to whole minutes at 200 words a minute and never says zero', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(700))).toBe(4);
    expect(readingMinutes('')).toBe(1);
  });
});

describe('slugify', () => {
  it('makes lower-case hyphenated slugs without accents or symbols', () => {
    expect(slugify('Surrey’s OPCC & housing: a “new” approach')).toBe('surreys-opcc-and-housing-a-new-approach');
    expect(slugify('  Café  Résumé  ')).toBe('cafe-resume');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('a'.repeat(10) + ' ' + 'b'.repeat(10) + ' ' + 'c'.repeat(10), 25);
    expect(slug).toBe(`${'a'.repeat(10)}-${'b'.repeat(10)}`);
  });
});

describe('dates', () => {
  const day = new Date('2026-11-04T00:00:00Z');
  it('formats days GOV.UK style', () => {
    expect(formatDate(day)).toBe('4 November 2026');
    expect(isoDay(day)).toBe('2026-11-04');
  });
  it('formats source dates as precisely as they are given', () => {
    expect(formatPartialDate('2018')).toBe('2018');
    expect(formatPartialDate('2018-09')).toBe('September 2018');
    expect(formatPartialDate('2020-06-11')).toBe('11 June 2020');
  });
});

describe('table of contents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });
  it('lists sections with their subsections, without footnotes', () => {
    const toc = tableOfContents([
      h(2, 'One'),
      h(3, 'One-a'),
      h(2, 'Two'),
      h(2, 'Three'),
      { depth: 2, text: 'Footnotes', slug: 'footnote-label' },
    ]);
    expect(toc.map((t) => [t.text, t.children.map((c) => c.text)])).toEqual([
      ['One', ['One-a']],
      ['Two', []],
      ['Three', []],
    ]);
  });
  it('is empty for short entries', () => {
    expect(tableOfContents([h(2, 'One'), h(2, 'Two'), h(3, 'Sub')])).toEqual([]);
  });
});

describe('JSON-LD serialisation', () => {
  it('cannot close its script element or open another', () => {
    const out = serializeJsonLd({ headline: '</script><script>alert(1)</script> & more' });
    expect(out).not.toMatch(/<|>/);
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script> & more' });
  });
});
