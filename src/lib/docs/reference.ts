import { contentTypes, type CollectionName } from '../content/types';
import type { FieldDoc } from './fields';

const kindLabel: Record<FieldDoc['kind'], string> = {
  text: 'text',
  image: 'image file',
  date: 'date (YYYY-MM-DD)',
  boolean: 'true or false',
  choice: 'one choice',
  id: 'one id',
  list: 'list',
  object: 'group of fields',
  'object-list': 'list of groups',
};

/** Table cells must not break the row. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rows(fields: FieldDoc[]): string[] {
  return fields.flatMap((f) => {
    // Enums are part of the schema and listed; ids come from content lists that staff extend, so we point to the list.
    const allowed = f.listFile ? `ids from \`${f.listFile}\`` : f.allowed ? f.allowed.map((a) => `\`${a}\``).join(', ') : '';
    const row = `| \`${f.path}\` | ${f.required ? 'yes' : 'no'} | ${kindLabel[f.kind]} | ${cell(f.description)} | ${allowed} |`;
    return [row, ...rows(f.children)];
  });
}

/** The publishing guide's field reference, generated from the schemas (`npm run docs:fields`). */
export function fieldReference(docs: Record<CollectionName, FieldDoc[]>): string {
  const out = [
    '# Field reference',
    '',
    '<!-- Generated from src/schemas by `npm run docs:fields`. Do not edit by hand: a test fails when it is out of date. -->',
    '',
    'Every entry starts with these fields between two `---` lines. `npm run new` writes them all for you. Fields inside a group or list are written with a dot, e.g. `sources[].title` is the `title` of each item in `sources`. A field marked required inside an optional group is required when you use that group.',
  ];
  for (const type of contentTypes) {
    out.push(
      '',
      `## ${type.plural}`,
      '',
      `Folder: \`content/${type.collection}/\`. Create one with \`npm run new -- ${type.singular} "Title"\`.`,
      '',
    );
    out.push(
      '| Field | Required | Type | What to write | Allowed values |',
      '| --- | --- | --- | --- | --- |',
      ...rows(docs[type.collection]),
    );
  }
  return `${out.join('\n')}\n`;
}
