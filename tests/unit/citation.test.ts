import { describe, expect, it } from 'vitest';
import {
  apa,
  apaSource,
  bibtex,
  bibtexKey,
  bibtexSource,
  citationDownloads,
  harvard,
  harvardSource,
  plain,
  ris,
  risSource,
  sourceBibtexKey,
  sourceDownloads,
  type Citable,
} from '../../src/lib/citations/formats';
import type { Source } from '../../src/schemas/source';

const entry: Citable = {
  key: 'briefings/strengthening-probation-consultation-response',
  title: 'Strengthening probation: 100% {joined} up & fair',
  author: 'Joined Up',
  siteName: 'Joined Up',
  kind: 'Briefing',
  published: new Date('2026-11-24T00:00:00Z'),
  url: 'https://joined-up.example/briefings/strengthening-probation-consultation-response/',
  summary: 'Line one.\nLine two.',
  keywords: ['Probation', 'Partnership working'],
  risType: 'RPRT',
};

describe('citations', () => {
  it('formats Harvard with the title in its own part for italics', () => {
    const c = harvard(entry);
    expect(c.title).toBe(entry.title);
    expect(plain(c)).toBe(`Joined Up (2026) ${entry.title}. Briefing. Available at: ${entry.url}`);
  });

  it('formats APA 7 with the full date and the kind in brackets', () => {
    expect(plain(apa(entry))).toBe(`Joined Up. (2026, November 24). ${entry.title} [Briefing]. ${entry.url}`);
  });

  it('names the site separately when the author is someone else', () => {
    expect(plain(harvard({ ...entry, author: 'Clinks' }))).toContain('Briefing. Joined Up. Available at:');
  });

  it('writes BibTeX with a corporate author kept whole and special characters escaped', () => {
    const bib = bibtex(entry);
    expect(bib).toMatch(/^@misc\{joinedup2026-briefings-strengthening-probation-consultation-response,\n/);
    expect(bib).toContain('author = {{Joined Up}}');
    expect(bib).toContain('title = {{Strengthening probation: 100\\% \\{joined\\} up \\& fair}}');
    expect(bib).toContain('month = nov');
    expect(bib.trim().endsWith('}')).toBe(true);
  });

  it('gives two entries with the same first title word, year and slug different BibTeX keys, the same each build', () => {
    const keys = [
      entry,
      { ...entry, key: 'briefings/strengthening-probation-partnerships', title: 'Strengthening probation partnerships' },
      { ...entry, key: 'posts/strengthening-probation-consultation-response' },
    ].map(bibtexKey);
    expect(new Set(keys).size).toBe(3);
    expect(bibtexKey({ ...entry })).toBe(keys[0]);
    expect(keys.every((k) => /^[a-z0-9-]+$/.test(k))).toBe(true);
  });

  it('writes RIS records with CRLF line ends, one tag per line and no line breaks inside values', () => {
    const lines = ris({ ...entry, updated: new Date('2026-12-01T00:00:00Z') }).split('\r\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines).toContain('AU  - Joined Up,');
    expect(lines).toContain('DA  - 2026/11/24');
    expect(lines).toContain('Y2  - 2026/12/01');
    expect(lines).toContain('AB  - Line one. Line two.');
    expect(lines.filter((l) => l.startsWith('KW'))).toEqual(['KW  - Probation', 'KW  - Partnership working']);
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
  });

  it('offers both records as downloads named after the slug, carrying the exact text in a data: URL', () => {
    const [bib, risFile] = citationDownloads(entry, 'strengthening-probation-consultation-response');
    expect(bib.filename).toBe('strengthening-probation-consultation-response.bib');
    expect(risFile.filename).toBe('strengthening-probation-consultation-response.ris');
    expect(bib.href.startsWith('data:application/x-bibtex;charset=utf-8,')).toBe(true);
    // Characters that would end the URL or the attribute (%, &, #, quotes, line ends) are encoded, and decode back.
    expect(bib.href).not.toMatch(/[#"\s]/);
    expect(decodeURIComponent(bib.href.slice(bib.href.indexOf(',') + 1))).toBe(bibtex(entry));
    expect(decodeURIComponent(risFile.href.slice(risFile.href.indexOf(',') + 1))).toBe(ris(entry));
  });
});

describe('citations of an original publication', () => {
  const clinks: Source = {
    title: 'Clinks written evidence (PSR0053)',
    publisher: 'Clinks',
    date: '2020-06',
    url: 'https://committees.example/PSR0053.html',
    reference: 'PSR0053',
  };
  const briefing: Source = { title: 'Briefing to support the consultation', publisher: 'MEAM coalition', date: '2018' };
  const report: Source = { title: 'A thematic review', publisher: 'Blog', author: 'HM Inspectorate of Probation', date: '2020-11-18' };

  it('formats Harvard from the source: its author or publisher, its year, reference and address', () => {
    expect(plain(harvardSource(clinks))).toBe(
      'Clinks (2020) Clinks written evidence (PSR0053). PSR0053. Available at: https://committees.example/PSR0053.html',
    );
    expect(plain(harvardSource(briefing))).toBe('MEAM coalition (2018) Briefing to support the consultation.');
    expect(plain(harvardSource(report))).toBe('HM Inspectorate of Probation (2020) A thematic review. Blog.');
  });

  it('formats APA with as much of the date as the source gives: a year, a month or a day', () => {
    expect(plain(apaSource(briefing))).toBe('MEAM coalition. (2018). Briefing to support the consultation.');
    expect(plain(apaSource(clinks))).toBe(
      'Clinks. (2020, June). Clinks written evidence (PSR0053) (PSR0053). https://committees.example/PSR0053.html',
    );
    expect(plain(apaSource(report))).toBe('HM Inspectorate of Probation. (2020, November 18). A thematic review. Blog.');
  });

  it('writes BibTeX with a month only when the source gives one, and the same key for the same original', () => {
    expect(bibtexSource(briefing)).not.toContain('month');
    expect(bibtexSource(briefing)).not.toContain('url');
    const bib = bibtexSource(clinks);
    expect(bib).toMatch(/^@misc\{clinks2020-clinks-written-evidence-psr0053,\n/);
    expect(bib).toContain('month = jun');
    expect(bib).toContain('url = {https://committees.example/PSR0053.html}');
    expect(bib).toContain('note = {PSR0053}');
    expect(sourceBibtexKey({ ...clinks })).toBe(sourceBibtexKey(clinks));
  });

  it('writes RIS dated as precisely as the source: the year alone, or the month, or the day', () => {
    expect(risSource(briefing).split('\r\n')).not.toContainEqual(expect.stringMatching(/^DA/));
    expect(risSource(clinks).split('\r\n')).toEqual(
      expect.arrayContaining(['TY  - GEN', 'PY  - 2020', 'DA  - 2020/06/', 'N1  - Reference: PSR0053']),
    );
    expect(risSource(report).split('\r\n')).toEqual(
      expect.arrayContaining(['DA  - 2020/11/18', 'AU  - HM Inspectorate of Probation,', 'PB  - Blog']),
    );
  });

  it("names each original's downloads apart from the summary's and from each other", () => {
    const [[bib, risFile]] = sourceDownloads([clinks], 'clinks-evidence');
    expect([bib.filename, risFile.filename]).toEqual(['clinks-evidence-original.bib', 'clinks-evidence-original.ris']);
    expect(bib.label).toBe('Download BibTeX for the original');
    expect(decodeURIComponent(risFile.href.slice(risFile.href.indexOf(',') + 1))).toBe(risSource(clinks));
    const two = sourceDownloads([clinks, briefing], 'clinks-evidence').flat();
    expect(two.map((d) => d.filename)).toEqual([
      'clinks-evidence-original-1.bib',
      'clinks-evidence-original-1.ris',
      'clinks-evidence-original-2.bib',
      'clinks-evidence-original-2.ris',
    ]);
    expect(new Set(two.map((d) => d.label)).size).toBe(4);
  });
});
