import { z } from 'astro/zod';
import { entrySchema } from './entry';
import type { SchemaContext } from './fields';

export const postTypes = ['news', 'research-summary', 'interview', 'comment'] as const;

export function postSchema(ctx: SchemaContext) {
  return entrySchema(ctx, 'posts', () => ({
    postType: z.enum(postTypes).describe('What kind of post this is.'),
  }));
}
