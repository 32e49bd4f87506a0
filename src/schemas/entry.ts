import { z } from 'astro/zod';
import { day, termId, text, type SchemaContext } from './fields';
import { acronymOverridesSchema } from './glossary';
import { sourceSchema } from './source';

/** Fields every entry has, whatever its type. */
export function commonFields(ctx: SchemaContext) {
  return {
    title: text().describe('Plain, specific title. Shown as the page heading and in listings.'),
    summary: text()
      .max(300, 'keep the summary to one or two sentences (300 characters at most)')
      .describe('One or two sentences: used in listings, search results, feeds and the page description.'),
    published: day.describe('Date published on this site, YYYY-MM-DD. A future date holds the entry back until then.'),
    updated: day.optional().describe('Date of the last significant change, YYYY-MM-DD. Leave out if never updated.'),
    topics: z.array(termId(ctx, 'topics')).min(1, 'add at least one topic').describe('Topic ids from content/topics.yml.'),
    organisations: z
      .array(termId(ctx, 'organisations'))
      .default([])
      .describe('Ids from content/organisations.yml for the organisations the entry is about or by.'),
    sources: z
      .array(sourceSchema)
      .min(1, 'cite at least one source: the publication this entry is based on')
      .describe('The original publications this entry is based on.'),
    image: z
      .strictObject({
        src: ctx.image().describe('Image file, relative to the entry, e.g. ./images/panel.jpg.'),
        alt: text('add alt text: describe what the image shows for people who cannot see it').describe(
          'Text alternative: what the image shows, for people who cannot see it.',
        ),
        credit: text('add an image credit: who made the image and where it comes from').describe(
          'Who made the image and where it comes from.',
        ),
      })
      .optional()
      .describe('Hero image, shown at the top of the entry and in link previews.'),
    changes: z
      .array(
        z.strictObject({
          date: day.describe('When the change was made, YYYY-MM-DD.'),
          change: text().describe('What changed and why, in one sentence, e.g. "Corrected the number of areas from 30 to 35."'),
        }),
      )
      .optional()
      .describe('Corrections and significant changes, shown as "What changed". Set `updated` to the latest date.'),
    redirectFrom: z
      .array(z.string().regex(/^\/([a-z0-9-]+\/)+$/, 'write an old address as a site path with slashes at both ends, e.g. /briefings/old-name/'))
      .optional()
      .describe('Old addresses of this entry, e.g. /briefings/old-name/, which keep working and lead here.'),
    acronyms: acronymOverridesSchema,
    draft: z.boolean().default(false).describe('true keeps the entry out of the published site.'),
  };
}

/** Rules that span fields, shared by every entry type. */
export function entryRules(data: { published: Date; updated?: Date; changes?: { date: Date }[] }, ctx: z.RefinementCtx) {
  if (data.updated && data.updated < data.published) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: '`updated` is before `published`; check both dates' });
  }
  const changes = data.changes ?? [];
  if (changes.length > 0 && !data.updated) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: 'add `updated` with the date of the latest change listed in `changes`' });
  }
  changes.forEach((c, i) => {
    if (c.date < data.published || (data.updated && c.date > data.updated)) {
      ctx.addIssue({ code: 'custom', path: ['changes', i, 'date'], message: 'a change must be dated between `published` and `updated`' });
    }
  });
}
