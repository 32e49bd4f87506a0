import { z } from 'astro/zod';
import { collectionNames, type CollectionName } from '../lib/content/types';
import type { Taxonomies } from './taxonomies';
import { day, termId, text, type SchemaContext } from './fields';
import { acronymOverridesSchema } from './glossary';
import { partialDate, sourceSchema } from './source';

// The hero image's text fields, made once: only its `src` is bound to an entry.
const heroAlt = text('add alt text: describe what the image shows for people who cannot see it').describe(
  'Text alternative: what the image shows, for people who cannot see it.',
);
const heroCredit = text('add an image credit: who made the image and where it comes from').describe(
  'Who made the image and where it comes from.',
);

/** The hero image. It is the one field made for each entry: Astro binds `image()` to the entry's own file. */
function heroImage(ctx: SchemaContext) {
  return z
    .strictObject({
      src: ctx.image().describe('Image file, relative to the entry, e.g. ./images/panel.jpg.'),
      alt: heroAlt,
      credit: heroCredit,
    })
    .optional()
    .describe('Hero image, shown at the top of the entry and in link previews.');
}

/** Fields every entry has, whatever its type. */
function commonFields(ctx: SchemaContext) {
  return {
    title: text().describe('Plain, specific title. Shown as the page heading and in listings.'),
    summary: text()
      .max(300, 'keep the summary to one or two sentences (300 characters at most)')
      .describe('One or two sentences: used in listings, search results, feeds and the page description.'),
    published: day.describe('Date published on this site, YYYY-MM-DD. A future date holds the entry back until then.'),
    updated: day.optional().describe('Date of the last significant change, YYYY-MM-DD. Leave out if never updated.'),
    topics: z.array(termId(ctx, 'topics')).min(1, 'add at least one topic').describe('What the entry is about, from content/topics.yml.'),
    organisations: z
      .array(termId(ctx, 'organisations'))
      .default([])
      .describe('Organisations the entry is about or by, from content/organisations.yml.'),
    sources: z
      .array(sourceSchema)
      .min(1, 'cite at least one source: the publication this entry is based on')
      .describe('The original publications this entry is based on.'),
    evidenceDate: partialDate
      .optional()
      .describe(
        'When the evidence dates from, as precise as the sources give it: "2020", "2020-06" or "2020-06-11". Only for an entry drawing on several sources whose newest date is not the date of the evidence; otherwise the newest source date is used.',
      ),
    supersededBy: z
      .string()
      .regex(new RegExp(`^/(${collectionNames.join('|')})/[a-z0-9-]+/$`), 'write the address of a newer entry, e.g. /briefings/new-name/')
      .optional()
      .describe(
        'Address of a newer entry on the same subject, e.g. /briefings/new-name/. Linked from the notice on entries whose evidence is old.',
      ),
    image: heroImage(ctx),
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
      .array(
        z.string().regex(/^\/([a-z0-9-]+\/)+$/, 'write an old address as a site path with slashes at both ends, e.g. /briefings/old-name/'),
      )
      .optional()
      .describe('Old addresses of this entry, e.g. /briefings/old-name/, which keep working and lead here.'),
    acronyms: acronymOverridesSchema,
    draft: z.boolean().default(false).describe('On (true) keeps the entry out of the published site.'),
  };
}

/** The fields every entry has after validation, whatever its type. */
export type CommonEntryData = z.output<z.ZodObject<ReturnType<typeof commonFields>>>;

/** Rules that span fields, shared by every entry type. */
type EntryDates = { published: Date; updated?: Date; changes?: { date: Date }[] };

function entryRules(data: EntryDates, ctx: z.RefinementCtx) {
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

const shapes = new WeakMap<Taxonomies, Map<CollectionName, z.ZodRawShape>>();

/**
 * An entry type's schema: the common fields, then its own. Astro makes a collection's schema once per entry, so
 * the fields are made once per set of controlled lists and only the hero image is made each time (see
 * docs/decisions/entry-schema-once.md).
 */
export function entrySchema<T extends z.ZodRawShape>(ctx: SchemaContext, collection: CollectionName, typeFields: () => T) {
  let byCollection = shapes.get(ctx.taxonomies);
  if (!byCollection) shapes.set(ctx.taxonomies, (byCollection = new Map()));
  let made = byCollection.get(collection) as (ReturnType<typeof commonFields> & T) | undefined;
  if (!made) byCollection.set(collection, (made = { ...commonFields(ctx), ...typeFields() }));
  // Replacing `image` keeps its place among the fields, so the field reference and scaffold order stay as written.
  // The cast: TypeScript cannot see through the generic shape that every entry has these date fields.
  return z
    .strictObject({ ...made, image: heroImage(ctx) })
    .superRefine((data, issues) => entryRules(data as unknown as EntryDates, issues));
}
