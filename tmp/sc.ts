import { loadTaxonomies } from '../src/lib/taxonomies';
import { collectionFieldDocs } from '../src/lib/collection-docs';
import { scaffoldEntry } from '../src/lib/scaffold';
const { taxonomies } = loadTaxonomies('content');
const docs = collectionFieldDocs(taxonomies);
console.log(scaffoldEntry(docs['case-studies'], { title: '"Test area panel"', published: '2026-11-24', draft: 'true' }, '## What they did\n\nWrite here.'));
