import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import * as pagefind from 'pagefind';
import { describe, expect, inject, it } from 'vitest';
import { indexOptions } from '../../src/integrations/search-index';
import { searchedPart, searchEnd, separatedTerms } from '../../src/integrations/search-index/searched-part';
import { listFiles } from '../../src/lib/check/dist';
import { evidenceDateOf, type EvidenceData } from '../../src/lib/content/evidence';
import type { FacetTable } from '../../src/lib/search/facets';
import { parseYaml } from '../../src/lib/content/yaml';
import { root } from '../support/build';
import { page, sourceEntries } from '../support/site';

const siteDir = inject('siteDir');
const entries = sourceEntries(path.join(root, 'content')).filter((e) => e.data.draft !== true);
const caseStudies = entries.filter((e) => e.collection === 'case-studies');
const glossary = parseYaml(fs.readFileSync(path.join(root, 'content/glossary.yml'), 'utf8')).data as { term: string; expansion: string }[];
const namesIn = (file: string) =>
  parseYaml(fs.readFileSync(path.join(root, 'content', file), 'utf8')).data as { id: string; name: string }[];
const nameOf = (file: string, id: string) => namesIn(file).find((item) => item.id === id)!.name;
const topics = namesIn('topics.yml');
const entryUrl = (e: { collection: string; slug: string }) => `/${e.collection}/${e.slug}/`;
const caseStudy = caseStudies[0];
/** A need some case study has, and the case studies with it. */
const need = (caseStudy.data.needs as string[])[0];
const withNeed = caseStudies.filter((c) => (c.data.needs as string[]).includes(need));

describe('search index and metadata', () => {
  it('indexes only entries’ main content, with type, date and summary metadata, and the entry’s number', () => {
    const doc = page(siteDir, entryUrl(caseStudy));
    expect(doc.querySelectorAll('[data-pagefind-body]').length).toBe(1);
    expect(doc.querySelector('[data-pagefind-body]')!.tagName).toBe('ARTICLE');
    expect(doc.querySelector('.related [data-pagefind-body], nav[data-pagefind-body]')).toBeNull();
    const meta = [...doc.querySelectorAll('[data-pagefind-meta]')].map((el) => el.getAttribute('data-pagefind-meta')!.split(':')[0]);
    expect(meta).toEqual(expect.arrayContaining(['type', 'title', 'summary', 'date', 'evidence']));
    // Filters are the search page's own (facets.json): Pagefind's counting made a broad search at 5,000 entries slow.
    expect(doc.querySelector('[data-pagefind-filter]')).toBeNull();
    expect(doc.querySelector('[data-pagefind-sort]')?.getAttribute('data-pagefind-sort')).toMatch(/^entry:\d{6}$/);
  });

  it('lists each entry’s filter values under its address, with the number its own page carries, newest evidence first', () => {
    const table = JSON.parse(fs.readFileSync(path.join(siteDir, 'search/facets.json'), 'utf8')) as FacetTable;
    const urlOf = (e: { collection: string; slug: string }) => `/${e.collection}/${e.slug}/`;
    expect(Object.keys(table.entries).sort()).toEqual(entries.map(urlOf).sort());
    const numberOf = (e: { collection: string; slug: string }) =>
      Number(page(siteDir, urlOf(e)).querySelector('[data-pagefind-sort]')!.getAttribute('data-pagefind-sort')!.slice('entry:'.length));
    for (const e of entries) expect(table.entries[urlOf(e)].number, urlOf(e)).toBe(numberOf(e));
    const byNumber = [...entries].sort((a, b) => numberOf(a) - numberOf(b));
    expect(byNumber.map(numberOf)).toEqual(entries.map((_, i) => i));
    // Search's "Newest evidence first" is this order.
    const evidence = byNumber.map((e) => evidenceDateOf(e.data as unknown as EvidenceData));
    expect(evidence).toEqual([...evidence].sort().reverse());
    const values = table.entries[entryUrl(caseStudy)].values.map((v) => table.values[v].join('='));
    const { data } = caseStudy;
    expect(values).toEqual(
      expect.arrayContaining([
        'type=Case study',
        `region=${nameOf('regions.yml', data.region as string)}`,
        ...(data.topics as string[]).map((id) => `topic=${nameOf('topics.yml', id)}`),
        ...((data.organisations as string[] | undefined) ?? []).map((id) => `organisation=${nameOf('organisations.yml', id)}`),
        ...(data.needs as string[]).map((id) => `needs=${nameOf('needs.yml', id)}`),
        ...(data.programme ? [`programme=${nameOf('programmes.yml', data.programme as string)}`] : []),
      ]),
    );
  });

  it('sends Pagefind each entry up to the mark its layout puts on the sidebar, and gets the same index as from whole pages', async () => {
    const pages = listFiles(siteDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ url: `/${path.dirname(f)}/`, html: fs.readFileSync(path.join(siteDir, f), 'utf8') }));
    const sent = pages.flatMap(({ url, html }) => (searchedPart(html) ? [{ url, html, part: searchedPart(html)! }] : []));
    expect(sent.length).toBe(entries.length);
    for (const { url, html, part } of sent) {
      const marked = page(siteDir, url).querySelectorAll(`[${searchEnd}]`);
      expect(
        [...marked].map((el) => el.className),
        url,
      ).toEqual(['entry-aside']);
      // Without the mark, the part would run on through the sidebar.
      expect(part).not.toContain('Cite this');
      expect(html).toContain('Cite this');
    }
    const indexOf = async (files: { url: string; content: string }[]) => {
      const { index } = await pagefind.createIndex(indexOptions);
      for (const file of files) expect((await index!.addHTMLFile(file)).errors).toEqual([]);
      const { files: written } = await index!.getFiles();
      return Object.fromEntries(written.map((f) => [f.path, Buffer.from(f.content).toString('base64')]));
    };
    try {
      const whole = await indexOf(sent.map(({ url, html }) => ({ url, content: separatedTerms(html) })));
      expect(await indexOf(sent.map(({ url, part }) => ({ url, content: part })))).toEqual(whole);
      expect(Object.keys(whole).some((f) => f.endsWith('.pf_meta'))).toBe(true);
    } finally {
      await pagefind.close();
    }
  });

  it('builds the search page with its filters and counts of the published entries in place, hidden until its script runs', () => {
    const doc = page(siteDir, '/search/');
    // Without JavaScript none of the form can work; the notice before it says so.
    expect(doc.querySelector('#search-form')!.hasAttribute('hidden')).toBe(true);
    expect(doc.querySelector('h1 + .search-area > noscript:first-child')!.textContent).toMatch(/Search needs JavaScript/);
    const shown = Object.fromEntries(
      [...doc.querySelectorAll('#search-filters input[name=type]')].map((box) => [
        box.getAttribute('value'),
        box.parentElement!.querySelector('.count')!.textContent,
      ]),
    );
    const byType = (label: string, collection: string) => [label, `(${entries.filter((e) => e.collection === collection).length})`];
    expect(shown).toEqual(
      Object.fromEntries(
        [
          byType('Briefing', 'briefings'),
          byType('Case study', 'case-studies'),
          byType('Inspection summary', 'inspections'),
          byType('Post', 'posts'),
        ].filter(([, n]) => n !== '(0)'),
      ),
    );
    expect(doc.querySelectorAll('#search-filters fieldset legend').length).toBeGreaterThanOrEqual(4);
  });

  it('loads JavaScript only on the search page, the case-study finder and compare pages, pages with a chart, and the editor', () => {
    const pages = listFiles(siteDir).filter((f) => f.endsWith('.html'));
    const withScript = pages.filter((f) =>
      [...page(siteDir, `/${f}`).querySelectorAll('script')].some((s) => s.getAttribute('type') !== 'application/ld+json'),
    );
    const withChart = pages.filter((f) => page(siteDir, `/${f}`).querySelector('figure[data-chart]'));
    expect(withChart.length).toBeGreaterThan(0);
    expect(withScript.sort()).toEqual(
      ['admin/index.html', 'case-studies/index.html', 'case-studies/compare/index.html', 'search/index.html', ...withChart].sort(),
    );
  });
});

describe('glossary', () => {
  it('has a page listing every acronym with its expansion, linked from every page’s footer', () => {
    const doc = page(siteDir, '/glossary/');
    const terms = [...doc.querySelectorAll('.glossary dt')].map((dt) => dt.textContent);
    for (const g of glossary) expect(terms).toContain(`${g.term}: ${g.expansion}`);
    expect(page(siteDir, '/').querySelector('.site-footer a[href="/glossary/"]')).not.toBeNull();
  });

  it('expands the first use of each acronym in an entry, and only the first', () => {
    for (const e of entries) {
      const abbrs = [...page(siteDir, `/${e.collection}/${e.slug}/`).querySelectorAll('.prose abbr')].map((a) =>
        a.textContent!.replace(/s$/, ''),
      );
      expect(new Set(abbrs).size, `${e.collection}/${e.slug}`).toBe(abbrs.length);
    }
    // Each acronym an entry expands carries its glossary meaning, or the entry's own.
    let expanded = 0;
    for (const e of entries) {
      const own = (e.data.acronyms as Record<string, string> | undefined) ?? {};
      const shown = new Map(
        [...page(siteDir, entryUrl(e)).querySelectorAll('.prose abbr[title]')].map((a) => [
          a.textContent!.replace(/s$/, ''),
          a.getAttribute('title'),
        ]),
      );
      for (const g of glossary) {
        if (!shown.has(g.term)) continue;
        expect(shown.get(g.term), `${entryUrl(e)}: ${g.term}`).toBe(own[g.term] ?? g.expansion);
        expanded++;
      }
    }
    expect(expanded).toBeGreaterThan(0);
  });

  it('lets an entry give an acronym its own meaning, which only that entry shows', () => {
    const own = entries.flatMap((e) =>
      Object.entries((e.data.acronyms as Record<string, string> | undefined) ?? {}).map(([term, meaning]) => ({ e, term, meaning })),
    );
    expect(own.length).toBeGreaterThan(0);
    const abbrs = (e: { collection: string; slug: string }) =>
      [...page(siteDir, entryUrl(e)).querySelectorAll('.prose abbr')].map((a) => `${a.textContent}=${a.getAttribute('title')}`);
    for (const { e, term, meaning } of own) {
      expect(abbrs(e), entryUrl(e)).toContain(`${term}=${meaning}`);
      for (const other of entries.filter((o) => !(o.data.acronyms as Record<string, string> | undefined)?.[term]))
        expect(abbrs(other), entryUrl(other)).not.toContain(`${term}=${meaning}`);
    }
  });
});

describe('case-study finder pages', () => {
  it('has a static page for every need, region and approach a case study has', () => {
    for (const c of caseStudies) {
      for (const need of c.data.needs as string[])
        expect(fs.existsSync(path.join(siteDir, 'case-studies/needs', need, 'index.html')), need).toBe(true);
      for (const a of c.data.approach as string[])
        expect(fs.existsSync(path.join(siteDir, 'case-studies/approach', a, 'index.html')), a).toBe(true);
      expect(fs.existsSync(path.join(siteDir, 'case-studies/region', c.data.region as string, 'index.html'))).toBe(true);
    }
    const listed = [...page(siteDir, `/case-studies/needs/${need}/`).querySelectorAll('.entry-list h2 a')].map((a) =>
      a.getAttribute('href'),
    );
    const expected = withNeed.map(entryUrl);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('shows similar case studies on each case study, sharing a need, approach or region', () => {
    for (const c of caseStudies) {
      const links = [...page(siteDir, `/case-studies/${c.slug}/`).querySelectorAll('section[aria-labelledby="similar-heading"] h3 a')].map(
        (a) => a.getAttribute('href')!,
      );
      for (const href of links) {
        const other = caseStudies.find((o) => `/case-studies/${o.slug}/` === href)!;
        const shares = (k: string) =>
          ([] as string[]).concat(other.data[k] as string).some((v) => ([] as string[]).concat(c.data[k] as string).includes(v));
        expect(shares('needs') || shares('approach') || shares('region'), `${c.slug} → ${href}`).toBe(true);
      }
    }
    // A case study sharing a need with another shows at least one.
    const sharing = caseStudies.filter((c) => withNeed.includes(c));
    if (sharing.length > 1)
      for (const c of sharing)
        expect(
          page(siteDir, entryUrl(c)).querySelectorAll('section[aria-labelledby="similar-heading"] h3 a').length,
          c.slug,
        ).toBeGreaterThan(0);
  });
});

describe('follow: Atom feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const feed = (p: string) => parser.parse(fs.readFileSync(path.join(siteDir, p), 'utf8')).feed;
  const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

  it('has a feed per topic, linked from its page, with that topic’s entries', () => {
    for (const t of topics) {
      const doc = page(siteDir, `/topics/${t.id}/`);
      expect(doc.querySelector(`a[href="/topics/${t.id}/atom.xml"]`), t.id).not.toBeNull();
      expect(doc.querySelector(`link[rel="alternate"][type="application/atom+xml"][href="/topics/${t.id}/atom.xml"]`)).not.toBeNull();
      const tagged = entries.filter((e) => (e.data.topics as string[]).includes(t.id));
      expect(asList(feed(`topics/${t.id}/atom.xml`).entry).length, t.id).toBe(tagged.length);
    }
  });

  it('has a feed per case-study facet value, linked from its page, with absolute links', () => {
    const f = feed(`case-studies/needs/${need}/atom.xml`);
    expect(f.title).toContain(`Needs: ${nameOf('needs.yml', need)}`);
    const links = asList(f.entry as { link: { '@_href': string } }[]).map((e) => e.link['@_href']);
    expect(links.length).toBe(withNeed.length);
    for (const href of links) expect(href).toMatch(/^https?:\/\/[^/]+\/case-studies\/[a-z0-9-]+\/$/);
    expect(page(siteDir, `/case-studies/needs/${need}/`).querySelector(`a[href="/case-studies/needs/${need}/atom.xml"]`)).not.toBeNull();
  });

  it('keeps the RSS feeds', () => {
    expect(fs.existsSync(path.join(siteDir, 'case-studies/rss.xml'))).toBe(true);
    expect(fs.existsSync(path.join(siteDir, 'rss.xml'))).toBe(true);
  });
});
