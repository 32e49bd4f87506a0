import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandFirstUses, loadGlossary, meaningsFor, missingForms } from '../../src/lib/content/glossary';
import { atomFeed, escapeXml } from '../../src/lib/feeds/atom';
import { FEED_SIZE } from '../../src/lib/feeds/rss';
import type { EntryLike } from '../../src/lib/content/entries';
import { tempDir } from '../support/temp';

const glossary = [
  { term: 'CRC', expansion: 'Community Rehabilitation Company', definition: 'A probation provider.' },
  { term: 'NPS', expansion: 'National Probation Service', definition: 'The public probation provider.' },
  { term: 'MoJ', expansion: 'Ministry of Justice', definition: 'A government department.' },
];
const meanings = meaningsFor(glossary);

describe('expandFirstUses', () => {
  it('expands only the first use of each acronym, across calls, including plurals', () => {
    const seen = new Set<string>();
    expect(expandFirstUses('The CRCs and the NPS. Then the CRC again.', meanings, seen)).toEqual([
      { text: 'The ' },
      { abbr: 'CRCs', title: 'Community Rehabilitation Company' },
      { text: ' and the ' },
      { abbr: 'NPS', title: 'National Probation Service' },
      { text: '. Then the CRC again.' },
    ]);
    expect(expandFirstUses('NPS and MoJ', meanings, seen)).toEqual([{ text: 'NPS and ' }, { abbr: 'MoJ', title: 'Ministry of Justice' }]);
  });

  it('matches whole words in the right case only', () => {
    expect(expandFirstUses('CRCX, xCRC, crc, CRC-led', meanings, new Set())).toEqual([{ text: 'CRCX, xCRC, crc, CRC-led' }]);
  });

  it('uses an entry’s own meaning over the glossary', () => {
    const own = meaningsFor(glossary, { NPS: 'new psychoactive substances' });
    expect(expandFirstUses('NPS in prisons', own, new Set())[0]).toEqual({ abbr: 'NPS', title: 'new psychoactive substances' });
  });
});

describe('missingForms', () => {
  it('gives the other form of each acronym used in one form only, so search can index it', () => {
    expect(missingForms('The community rehabilitation company met the MoJ.', meanings)).toEqual(['CRC', 'Ministry of Justice']);
  });

  it('leaves out acronyms used in both forms or not at all', () => {
    expect(missingForms('The National Probation Service (NPS) met.', meanings)).toEqual([]);
  });
});

describe('loadGlossary', () => {
  it('reports every bad item with its line, and duplicates, keeping the good ones', () => {
    const dir = tempDir('glossary');
    fs.writeFileSync(
      path.join(dir, 'glossary.yml'),
      [
        '- term: CRC',
        '  expansion: Community Rehabilitation Company',
        '  definition: A provider.',
        '- term: crc',
        '  expansion: x',
        '  definition: y',
        '- term: CRC',
        '  expansion: Again',
        '  definition: Twice.',
        '- term: PCC',
        '  definition: No expansion.',
        '',
      ].join('\n'),
    );
    const { glossary: items, problems } = loadGlossary(dir, dir);
    expect(items.map((g) => g.term)).toEqual(['CRC']);
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['glossary.yml', 4, '[1].term'],
      ['glossary.yml', 7, '[2].term'],
      ['glossary.yml', 10, '[3].expansion'],
    ]);
    expect(problems[1].message).toContain('duplicate term "CRC"');
  });

  it('treats a missing glossary as an empty one: a site may have no acronyms yet', () => {
    const dir = tempDir('glossary');
    expect(loadGlossary(dir, dir)).toEqual({ glossary: [], problems: [] });
  });
});

describe('atomFeed', () => {
  const entry = {
    collection: 'case-studies',
    id: 'a-b',
    data: {
      title: 'Tom & <Jerry>',
      summary: 'S "quoted"',
      published: new Date('2026-01-02T00:00:00Z'),
      topics: ['t'],
      organisations: [],
      sources: [{ title: 'Doc', publisher: 'Pub', date: '2020' }],
      draft: false,
    },
  } as EntryLike;
  // A topic feed's own details; each test adds its entries.
  const feed = {
    title: 'T',
    subtitle: 'S',
    pagePath: '/topics/t/',
    feedPath: '/topics/t/atom.xml',
    siteUrl: 'https://x.example',
    author: 'A',
    language: 'en-GB',
  };

  it('escapes every piece of content and uses absolute links', () => {
    const xml = atomFeed({
      ...feed,
      entries: [entry],
      topicNames: () => ['Women & girls'],
      fallbackUpdated: new Date(),
    });
    expect(xml).toContain('<title>Tom &amp; &lt;Jerry&gt;</title>');
    expect(xml).toContain('<summary>Evidence from 2020. S &quot;quoted&quot;</summary>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://x.example/case-studies/a-b/"/>');
    expect(xml).toContain('<category term="Women &amp; girls"/>');
    expect(xml).toContain('<updated>2026-01-02T00:00:00Z</updated>');
    expect(escapeXml(`'`)).toBe('&apos;');
  });

  it('holds only the newest entries, and is as new as the newest of them', () => {
    const many = Array.from(
      { length: FEED_SIZE + 10 },
      (_, i) => ({ ...entry, id: `e-${i}`, data: { ...entry.data, published: new Date(Date.UTC(2026, 0, 100 - i)) } }) as EntryLike,
    );
    const xml = atomFeed({
      ...feed,
      entries: many,
      topicNames: () => [],
      fallbackUpdated: new Date(),
    });
    expect(xml.match(/<entry>/g)).toHaveLength(FEED_SIZE);
    expect(xml).toContain('/case-studies/e-0/');
    expect(xml).not.toContain(`/case-studies/e-${FEED_SIZE}/`);
  });
});
