import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionFieldDocs } from '../../src/lib/docs/collections';
import { fieldReference } from '../../src/lib/docs/reference';
import { scaffoldEntry } from '../../src/lib/docs/scaffold';
import { loadTaxonomies } from '../../src/lib/content/taxonomies';
import { parseYaml } from '../../src/lib/content/yaml';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';

const root = path.resolve(import.meta.dirname, '../..');
const { taxonomies } = loadTaxonomies(path.join(root, 'content'), root);
const docs = collectionFieldDocs(taxonomies);

describe('field reference', () => {
  it('matches the schemas (run `npm run docs:fields` after changing a schema)', () => {
    expect(fs.readFileSync(path.join(root, 'docs/field-reference.md'), 'utf8')).toBe(fieldReference(docs));
  });

  it('lists every field of every type with whether it is required', () => {
    const reference = fieldReference(docs);
    expect(reference).toContain(
      '| `region` | yes | one id | UK region or nation, from content/regions.yml. | ids from `content/regions.yml` |',
    );
    expect(reference).toContain('| `inspectionType` | yes | one choice | Kind of inspection. | `thematic`, `core`, `joint`, `follow-up` |');
    expect(reference).toContain('| `changes[].date` | yes | date (YYYY-MM-DD) |');
    expect(reference).toContain('| `draft` | no | true or false |');
  });
});

describe('scaffold for a new entry', () => {
  const text = scaffoldEntry(docs['case-studies'], { title: '"A title"', published: '2026-11-24', draft: 'true' }, '## Body');
  const { frontmatter } = splitFrontmatter(text);
  const data = parseYaml(frontmatter!).data as Record<string, unknown>;

  it('is valid YAML with the given values and the required fields present, empty', () => {
    expect(data).toEqual({
      title: 'A title',
      summary: '',
      published: '2026-11-24',
      topics: [],
      sources: [{ title: '', publisher: '', date: '' }],
      draft: true,
      area: '',
      region: '',
      needs: [],
      approach: [],
      partners: [],
      population: '',
      period: { start: '', end: '' },
      status: '',
      evidenceStrength: '',
    });
  });

  it('shows every optional field commented out, with allowed values in comments', () => {
    for (const field of [
      '# updated:',
      '# organisations:',
      '# image:',
      '  # alt:',
      '# changes:',
      '# redirectFrom:',
      '# programme:',
      '# outcomes:',
    ]) {
      expect(text).toContain(field);
    }
    expect(text).toContain('# (required) UK region or nation, from content/regions.yml. One of: north-east, north-west,');
    expect(text).toContain('# (required) Who the service is for');
  });
});
