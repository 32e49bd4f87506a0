import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/check/validate';
import { loadSynonyms, synonymForms } from '../../src/lib/content/synonyms';
import { searchAliases } from '../../src/lib/search/meta';
import type { Taxonomies } from '../../src/schemas/taxonomies';
import { tempDir } from '../support/temp';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(root, 'tests/fixtures/bad-synonyms/content');
const file = 'tests/fixtures/bad-synonyms/content/synonyms.yml';

describe('loadSynonyms', () => {
  it('reports a group of one, an empty term, a term in two groups and an unknown field, each with its line, keeping the good groups', () => {
    const { synonyms, problems } = loadSynonyms(fixture, root);
    expect(synonyms).toEqual([{ terms: ['BAME', 'BME'] }]);
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [file, 3, '[1].terms'],
      [file, 4, '[2].terms[1]'],
      [file, 6, '[4].terms'],
      [file, 6, '[4]'],
      [file, 5, '[3].terms[1]'],
    ]);
    expect(problems[0].message).toContain('at least two terms');
    expect(problems[1].message).toContain('this term is empty');
    expect(problems[4].message).toBe(
      '"bme" is already a term on line 2: keep each term in one group (merge the groups if they mean the same)',
    );
  });

  it('fails the content check with the file and line', () => {
    const dir = tempDir('synonyms');
    fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
    fs.copyFileSync(path.join(fixture, 'synonyms.yml'), path.join(dir, 'synonyms.yml'));
    const problems = validateContent(dir, dir).problems;
    expect(problems).toContainEqual(expect.objectContaining({ file: 'synonyms.yml', line: 5, field: '[3].terms[1]' }));
  });

  it('treats a missing list as an empty one', () => {
    const dir = tempDir('synonyms');
    expect(loadSynonyms(dir, dir)).toEqual({ synonyms: [], problems: [] });
  });
});

describe('synonymForms', () => {
  const groups = [
    { terms: ['BAME', 'BME', 'Black, Asian and minority ethnic'] },
    { terms: ['substance misuse', 'substance use'] },
    { terms: ['homelessness', 'rough sleeping'], oneWay: true },
  ];

  it('gives the terms of a group the text does not use, whatever their case and spacing', () => {
    expect(synonymForms('People from Black, Asian and Minority\nEthnic backgrounds.', groups)).toEqual(['BAME', 'BME']);
    expect(synonymForms('Substance use services.', groups)).toEqual(['substance misuse']);
  });

  it('matches whole words, and acronyms in their own case', () => {
    expect(synonymForms('A bme-ish substances user.', groups)).toEqual([]);
    expect(synonymForms('bame', groups)).toEqual([]);
  });

  it('gives a one-way group’s first term to entries that use the others, and nothing back', () => {
    expect(synonymForms('An end to rough sleeping.', groups)).toEqual(['homelessness']);
    expect(synonymForms('Homelessness services.', groups)).toEqual([]);
  });
});

describe('searchAliases', () => {
  const taxonomies = {
    topics: [],
    organisations: [],
    regions: [],
    needs: [{ id: 'substance-use', name: 'Substance use' }],
    approaches: [],
    programmes: [],
  } as unknown as Taxonomies;
  const glossary = [{ term: 'NPS', expansion: 'National Probation Service', definition: 'The public probation provider.' }];
  const groups = [{ terms: ['substance misuse', 'substance use'] }];
  const entry = (data: Record<string, unknown>, body = '') =>
    ({ collection: 'case-studies', id: 'x', body, data: { title: 'A service', summary: 'What it did.', topics: [], ...data } }) as never;

  it("gives the other form of each acronym the entry uses, and the synonyms of a case study's key facts", () => {
    expect(searchAliases(entry({ needs: ['substance-use'] }, 'Referred by the NPS.'), glossary, groups, taxonomies)).toEqual([
      'National Probation Service',
      'substance misuse',
    ]);
  });

  it('gives nothing for an entry that uses no term of a group or acronym', () => {
    expect(searchAliases(entry({ needs: [] }, 'Housing support.'), glossary, groups, taxonomies)).toEqual([]);
  });
});
