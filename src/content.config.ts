import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemaOf } from './schemas';
import type { CollectionName } from './lib/content/types';
import { contentDir } from './lib/paths';
import { loadTaxonomies } from './lib/content/taxonomies';

// Problems in the lists themselves are reported by the content-validation integration before this runs.
const { taxonomies } = loadTaxonomies(contentDir);

const loader = (name: CollectionName) => glob({ pattern: '*.{md,mdx}', base: path.join(contentDir, name) });
// Spelled out per collection so TypeScript infers each entry's data type. Astro makes the schema once per entry
// (image() is bound to the entry's file), so each makes only its own collection's.
export const collections = {
  briefings: defineCollection({ loader: loader('briefings'), schema: ({ image }) => schemaOf.briefings({ taxonomies, image }) }),
  'case-studies': defineCollection({
    loader: loader('case-studies'),
    schema: ({ image }) => schemaOf['case-studies']({ taxonomies, image }),
  }),
  inspections: defineCollection({ loader: loader('inspections'), schema: ({ image }) => schemaOf.inspections({ taxonomies, image }) }),
  posts: defineCollection({ loader: loader('posts'), schema: ({ image }) => schemaOf.posts({ taxonomies, image }) }),
};
