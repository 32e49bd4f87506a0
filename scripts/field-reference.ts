/** `npm run docs:fields`: regenerates docs/field-reference.md from the schemas. */
import fs from 'node:fs';
import { collectionFieldDocs } from '../src/lib/docs/collections';
import { fieldReference } from '../src/lib/docs/reference';
import { contentDir } from '../src/lib/paths';
import { loadTaxonomies } from '../src/lib/content/taxonomies';

export const referenceFile = 'docs/field-reference.md';

fs.writeFileSync(referenceFile, fieldReference(collectionFieldDocs(loadTaxonomies(contentDir).taxonomies)));
console.log(`Wrote ${referenceFile}`);
