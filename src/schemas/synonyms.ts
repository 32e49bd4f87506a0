import { z } from 'astro/zod';

const term = z
  .string({ error: 'write each term as words, e.g. "substance use"' })
  .trim()
  .min(1, 'this term is empty: write the word or phrase, or remove the line')
  .describe('A word or phrase as our entries or readers write it, e.g. "substance use" or "BAME".');

/** One group of search synonyms: content/synonyms.yml is a list of these. */
export const synonymGroupSchema = z.strictObject({
  terms: z
    .array(term, { error: 'list the terms that mean the same, e.g. terms: [substance misuse, substance use]' })
    .min(2, 'a group needs at least two terms that mean the same; add one or remove the group')
    .describe('Words or phrases that mean the same: a search for any of them finds entries that use the others.'),
  oneWay: z
    .boolean({ error: 'write oneWay: true, or leave it out' })
    .optional()
    .describe('If true, a search for the first term finds entries that use the others, but not the other way round.'),
});

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
