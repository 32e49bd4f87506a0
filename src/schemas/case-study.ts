import { z } from 'astro/zod';
import { entrySchema } from './entry';
import { termId, text, type SchemaContext } from './fields';
import { organisationTypeSchema } from './taxonomies';

export function caseStudySchema(ctx: SchemaContext) {
  return entrySchema(ctx, 'case-studies', () => ({
    area: text().describe('The place the work happens, e.g. "Southend-on-Sea".'),
    region: termId(ctx, 'regions').describe('UK region or nation, an id from content/regions.yml.'),
    needs: z
      .array(termId(ctx, 'needs'))
      .min(1, 'add at least one need')
      .describe('Needs the service helps with, ids from content/needs.yml.'),
    approach: z
      .array(termId(ctx, 'approaches'))
      .min(1, 'add at least one approach')
      .describe('How the service works, ids from content/approaches.yml.'),
    programme: termId(ctx, 'programmes').optional().describe('National programme it is part of, an id from content/programmes.yml.'),
    partners: z
      .array(z.union([termId(ctx, 'organisations'), z.strictObject({ name: text(), type: organisationTypeSchema })]))
      .min(1, 'add at least one partner')
      .describe('Who works together: organisation ids, or { name, type } for a partner not in content/organisations.yml.'),
    population: text().describe('Who the service is for, in the source’s terms.'),
    outcomes: z.array(text()).optional().describe('What changed, only as the source reports it.'),
  }));
}
