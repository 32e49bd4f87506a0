import { z } from 'astro/zod';
import { entrySchema } from './entry';
import type { SchemaContext } from './fields';

export const briefingTypes = ['consultation-response', 'evidence', 'policy-briefing', 'research-briefing'] as const;

export function briefingSchema(ctx: SchemaContext) {
  return entrySchema(ctx, 'briefings', () => ({
    briefingType: z.enum(briefingTypes).describe('What kind of briefing this is.'),
  }));
}
