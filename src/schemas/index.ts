import type { z } from 'astro/zod';
import type { CollectionName } from '../lib/content/types';
import { briefingSchema } from './briefing';
import { caseStudySchema } from './case-study';
import type { SchemaContext } from './fields';
import { inspectionSchema } from './inspection';
import { postSchema } from './post';

/** How each collection's schema is made: the single definition used by the build, the check and the field reference. */
export const schemaOf = {
  briefings: briefingSchema,
  'case-studies': caseStudySchema,
  inspections: inspectionSchema,
  posts: postSchema,
} satisfies Record<CollectionName, (ctx: SchemaContext) => unknown>;

/** Every collection's schema. */
export function collectionSchemas(ctx: SchemaContext) {
  return {
    briefings: schemaOf.briefings(ctx),
    'case-studies': schemaOf['case-studies'](ctx),
    inspections: schemaOf.inspections(ctx),
    posts: schemaOf.posts(ctx),
  };
}

export type { SchemaContext } from './fields';

/** An entry's data after validation, as its collection's schema makes it: the one source of these types. */
export type EntryDataOf<C extends CollectionName> = z.output<ReturnType<(typeof schemaOf)[C]>>;
