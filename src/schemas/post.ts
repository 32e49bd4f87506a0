import { z } from 'astro/zod';
import { commonFields, entryRules } from './entry';
import type { SchemaContext } from './fields';

export const postTypes = ['news', 'research-summary', 'interview', 'comment'] as const;

export function postSchema(ctx: SchemaContext) {
  return z
    .strictObject({
      ...commonFields(ctx),
      postType: z.enum(postTypes).describe('What kind of post this is.'),
    })
    .superRefine(entryRules);
}
