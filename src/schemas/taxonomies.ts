import { z } from 'astro/zod';
import { webAddress } from './url';

/** Lower-case words joined by hyphens: safe in URLs and stable over time. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z
  .string()
  .regex(idPattern, 'use lower-case letters, digits and single hyphens, e.g. "mental-health"')
  .describe('Stable identifier used in entries and URLs; never change it once published.');

/** Kinds of organisation: used for organisation pages and for case-study partner types. */
export const organisationTypes = [
  'voluntary-sector',
  'coalition',
  'central-government',
  'local-government',
  'inspectorate',
  'parliament',
  'police',
  'police-and-crime-commissioner',
  'probation',
  'prison',
  'housing',
  'health',
  'mental-health',
  'substance-use-treatment',
  'domestic-abuse',
  'employment',
  'funder',
  'publisher',
] as const;

export const organisationTypeSchema = z.enum(organisationTypes).describe('Kind of organisation.');

/** A plain controlled-list item: topics, regions, needs, approaches. */
export const termSchema = z.strictObject({
  id,
  name: z.string().min(1).describe('Name shown to readers.'),
  description: z.string().min(1).optional().describe('One sentence shown on the term’s page.'),
});

export const programmeSchema = termSchema.extend({
  url: webAddress().optional().describe('The programme’s own website.'),
});

export const organisationSchema = z.strictObject({
  id,
  name: z.string().min(1).describe('Full name, with any acronym in brackets.'),
  type: organisationTypeSchema,
  url: webAddress().optional().describe('The organisation’s website, if it has one.'),
});

/** Each controlled list: its file under content/ and the schema of one item. */
export const taxonomyFiles = {
  topics: { file: 'topics.yml', schema: termSchema, label: 'topic' },
  organisations: { file: 'organisations.yml', schema: organisationSchema, label: 'organisation' },
  regions: { file: 'regions.yml', schema: termSchema, label: 'region' },
  needs: { file: 'needs.yml', schema: termSchema, label: 'need' },
  approaches: { file: 'approaches.yml', schema: termSchema, label: 'approach' },
  programmes: { file: 'programmes.yml', schema: programmeSchema, label: 'programme' },
} as const;

export type TaxonomyName = keyof typeof taxonomyFiles;
export type Term = z.infer<typeof termSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export interface Taxonomies {
  topics: Term[];
  organisations: Organisation[];
  regions: Term[];
  needs: Term[];
  approaches: Term[];
  programmes: Programme[];
}
