import { z } from 'astro/zod';

/** An acronym as written in running text: capitals, with lower-case letters allowed inside (MoJ). */
export const acronymPattern = /^[A-Z][A-Za-z]*[A-Z]$/;

const acronym = z
  .string({ error: 'give the acronym as it appears in text, e.g. "CRC"' })
  .regex(acronymPattern, 'write the acronym as it appears in text, in capitals, e.g. "CRC" or "MoJ"')
  .describe('The acronym as it appears in text, e.g. "CRC".');

/** One glossary item: content/glossary.yml is a list of these. */
export const glossaryItemSchema = z.strictObject({
  term: acronym,
  expansion: z
    .string({ error: 'give the words the acronym stands for, as the source spells them out' })
    .trim()
    .min(1, 'give the words the acronym stands for')
    .describe('What it stands for, as our sources spell it out.'),
  definition: z
    .string({ error: 'add a short definition: one or two plain sentences' })
    .trim()
    .min(1, 'add a short definition')
    .describe('One or two plain sentences: what it is, for someone new to the field.'),
});

export type GlossaryItem = z.infer<typeof glossaryItemSchema>;

/** Per entry: acronyms that mean something else in that entry than in the glossary. */
export const acronymOverridesSchema = z
  .record(acronym, z.string().trim().min(1, 'give what the acronym stands for in this entry'))
  .optional()
  .describe('Acronyms that mean something else in this entry than in content/glossary.yml, e.g. { NPS: "new psychoactive substances" }.');
