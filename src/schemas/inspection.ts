import { z } from 'astro/zod';
import { webAddress } from './url';
import { entrySchema } from './entry';
import { termId, text, type SchemaContext } from './fields';
import { partialDate } from './source';

export const inspectionTypes = ['thematic', 'core', 'joint', 'follow-up'] as const;
export const ratings = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;

export function inspectionSchema(ctx: SchemaContext) {
  return entrySchema(ctx, 'inspections', () => ({
    inspectorate: termId(ctx, 'organisations').describe('The inspectorate, from content/organisations.yml.'),
    report: z
      .strictObject({
        title: text().describe('Title of the inspection report.'),
        date: partialDate,
        url: webAddress().optional().describe('Where to read the report.'),
      })
      .describe('The inspection report this entry summarises.'),
    inspectionType: z.enum(inspectionTypes).describe('Kind of inspection.'),
    findings: z.array(text()).min(1, 'add at least one finding').describe('Main findings, one short sentence each.'),
    rating: z.enum(ratings).optional().describe('Overall rating, only where the report gives one.'),
  }));
}
