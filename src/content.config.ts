import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas } from './schemas';
import type { CollectionName } from './lib/content-types';
import { contentDir } from './lib/paths';
import { loadTaxonomies } from './lib/taxonomies';

// Problems in the lists themselves are reported by the content-validation integration before this runs.
const { taxonomies } = loadTaxonomies(contentDir);

function entries<N extends CollectionName>(name: N) {
  return defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: path.join(contentDir, name) }),
    schema: ({ image }) => collectionSchemas({ taxonomies, image })[name],
  });
}

export const collections = {
  briefings: entries('briefings'),
  'case-studies': entries('case-studies'),
  inspections: entries('inspections'),
  posts: entries('posts'),
};
