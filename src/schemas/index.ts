import type { CollectionName } from '../lib/content-types';
import { briefingSchema } from './briefing';
import { caseStudySchema } from './case-study';
import type { SchemaContext } from './fields';
import { inspectionSchema } from './inspection';
import { postSchema } from './post';

/** One schema per collection: the single definition used by the build, the check and the field reference. */
export function collectionSchemas(ctx: SchemaContext) {
  return {
    briefings: briefingSchema(ctx),
    'case-studies': caseStudySchema(ctx),
    inspections: inspectionSchema(ctx),
    posts: postSchema(ctx),
  } satisfies Record<CollectionName, unknown>;
}

export type { SchemaContext } from './fields';
