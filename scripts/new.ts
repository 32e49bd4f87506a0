/**
 * `npm run new -- <type> "Title"`: writes content/<type folder>/<slug>.mdx with every field of that type,
 * required ones marked, allowed values listed, today's date and `draft: true`. Never overwrites an entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionFieldDocs } from '../src/lib/docs/collections';
import { contentTypes } from '../src/lib/content/types';
import { contentDir } from '../src/lib/paths';
import { scaffoldEntry } from '../src/lib/docs/scaffold';
import { slugify } from '../src/lib/content/slug';
import { loadTaxonomies } from '../src/lib/content/taxonomies';

const [typeName, title] = process.argv.slice(2);
const type = contentTypes.find((t) => t.singular === typeName);
const usage = `Usage: npm run new -- <type> "Title"\n  type: ${contentTypes.map((t) => t.singular).join(', ')}`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

if (!type) fail(typeName ? `Unknown type "${typeName}".` : 'Give a type and a title.');
if (!title?.trim()) fail('Give the entry a title, in quotes.');
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make an address from.`);

const folder = path.join(contentDir, type.collection);
const existing = ['.md', '.mdx'].map((ext) => path.join(folder, `${slug}${ext}`)).find((f) => fs.existsSync(f));
if (existing) fail(`${path.relative(process.cwd(), existing)} already exists. Choose another title, or edit that file.`);

const today = (process.env.BUILD_DATE ?? new Date().toISOString()).slice(0, 10);
const body = type.outline
  .map((heading) => `## ${heading}\n\nWrite this section in plain English. Cite sources with footnotes[^1].`)
  .join('\n\n');
const text = scaffoldEntry(
  collectionFieldDocs(loadTaxonomies(contentDir).taxonomies)[type.collection],
  { title: JSON.stringify(title.trim()), published: today, draft: 'true' },
  `${body}\n\n[^1]: The source, with page or section.`,
);
const file = path.join(folder, `${slug}.mdx`);
fs.mkdirSync(folder, { recursive: true });
fs.writeFileSync(file, text, { flag: 'wx' });
console.log(`Created ${path.relative(process.cwd(), file)}
Next:
  1. Fill in the fields marked (required); delete the optional ones you do not need.
  2. Run npm run check until it reports no errors.
  3. Set draft: false when it is ready, and open a pull request.`);
