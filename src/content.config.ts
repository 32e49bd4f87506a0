import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas } from './schemas';
import type { CollectionName } from './lib/content-types';
import { contentDir } from './lib/paths';
import { loadTaxonomies } from './lib/taxonomies';

// Problems in the lists themselves are reported by the content-validation integration before this runs.
const { taxonomies } = loadTaxonomies(contentDir);

const loader = (name: CollectionName) => glob({ pattern: '*.{md,mdx}', base: path.join(contentDir, name) });
const schemas = (image: () => import('astro/zod').ZodType) => collectionSchemas({ taxonomies, image });

// Spelled out per collection so TypeScript infers each entry's data type.
export const collections = {
  briefings: defineCollection({ loader: loader('briefings'), schema: ({ image }) => schemas(image).briefings }),
  'case-studies': defineCollection({ loader: loader('case-studies'), schema: ({ image }) => schemas(image)['case-studies'] }),
  inspections: defineCollection({ loader: loader('inspections'), schema: ({ image }) => schemas(image).inspections }),
  posts: defineCollection({ loader: loader('posts'), schema: ({ image }) => schemas(image).posts }),
};
