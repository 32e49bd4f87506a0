import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { acronyms } from '../../src/plugins/acronyms';
import { docLinks } from '../../src/plugins/doc-links';
import { tableScroll } from '../../src/plugins/table-scroll';

const glossary = [
  { term: 'CRC', expansion: 'Community Rehabilitation Company', definition: 'A probation provider.' },
  { term: 'NHS', expansion: 'National Health Service', definition: 'The health service.' },
];
const hastPlugins = [docLinks, tableScroll, acronyms(glossary)];
// Astro hands the processor each entry's frontmatter as data.astro.frontmatter.
const render = async (markdown: string, frontmatter: Record<string, unknown> = {}) =>
  (await markdownToHtml(markdown, { hastPlugins, data: { astro: { frontmatter } } as never })).html;

describe('acronyms', () => {
  it('wraps only the first use of each acronym, in document order, and never in headings or code', async () => {
    const html = await render('## The CRC\n\nUse `CRC` here. The CRC, then the CRC again, and the NHS.\n\n- One more CRC\n');
    expect(html).toContain('<h2>The CRC</h2>');
    expect(html).toContain('<code>CRC</code>');
    expect(html.match(/<abbr/g)).toHaveLength(2);
    expect(html).toContain(
      'The <abbr title="Community Rehabilitation Company">CRC</abbr>, then the CRC again, and the <abbr title="National Health Service">NHS</abbr>.',
    );
  });

  it("uses the entry's own meaning where its frontmatter overrides the glossary", async () => {
    expect(await render('The CRC met.', { acronyms: { CRC: 'Crime Reduction Council' } })).toContain(
      '<abbr title="Crime Reduction Council">CRC</abbr>',
    );
  });

  it('starts afresh in every document, even when documents are compiled at the same time', async () => {
    const [a, b] = await Promise.all([render('The CRC.'), render('Also the CRC.')]);
    expect(a).toContain('<abbr title="Community Rehabilitation Company">CRC</abbr>');
    expect(b).toContain('<abbr title="Community Rehabilitation Company">CRC</abbr>');
  });

  it('keeps an expansion inside its attribute', async () => {
    // Inside a quoted attribute only the quote needs escaping.
    expect(await render('The CRC.', { acronyms: { CRC: '"><script>x</script>' } })).toBe(
      '<p>The <abbr title="&quot;><script>x</script>">CRC</abbr>.</p>\n',
    );
  });
});

describe('tableScroll', () => {
  it('puts each table in a focusable, labelled scrolling figure, once', async () => {
    const html = await render('| Area | People |\n| --- | --- |\n| Leeds | 12 |\n');
    expect(html).toMatch(/^<figure class="table-scroll" tabindex="0" aria-label="Table: Area"><table>/);
    expect(html.match(/<figure/g)).toHaveLength(1);
  });

  it('aligns columns with classes, not the inline style the Content Security Policy blocks', async () => {
    const html = await render('| Area | People |\n| :--- | ---: |\n| Leeds | 12 |\n');
    expect(html).toContain('<td class="align-right">12</td>');
    expect(html).toContain('<th class="align-left">Area</th>');
    expect(html).not.toContain('style=');
  });

  it('works in MDX too', async () => {
    const { code } = await mdxToJs('| Area | People |\n| --- | --- |\n| Leeds | 12 |\n', {
      hastPlugins,
      data: { astro: { frontmatter: {} } } as never,
    });
    expect(code).toContain('table-scroll');
  });
});

describe('docLinks', () => {
  it("points the guide's links between its .md files at the site's pages, and leaves others alone", async () => {
    const html = await render('[Fields](field-reference.md), [guide](publishing.md) and [other](other.md).');
    expect(html).toContain('<a href="/publishing/fields/">Fields</a>');
    expect(html).toContain('<a href="/publishing/">guide</a>');
    expect(html).toContain('<a href="other.md">other</a>');
  });
});
