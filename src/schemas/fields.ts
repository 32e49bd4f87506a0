import { z } from 'astro/zod';
import { buildDate } from '../lib/content/clock';
import { taxonomyFiles, type Taxonomies, type TaxonomyName } from './taxonomies';

/**
 * What a schema needs from the outside world: the controlled lists (so an unknown id names
 * the allowed ones) and an image field (Astro's `image()` in the build, a file check elsewhere).
 */
export interface SchemaContext {
  taxonomies: Taxonomies;
  image: () => z.ZodType;
}

/** An id that must exist in one of the controlled lists under content/. */
export function termId(ctx: SchemaContext, list: TaxonomyName) {
  const ids = ctx.taxonomies[list].map((item) => item.id);
  const { file, label } = taxonomyFiles[list];
  return z
    .string()
    .superRefine((value, issue) => {
      if (!ids.includes(value)) {
        issue.addIssue({
          code: 'custom',
          message: `unknown ${label} "${value}". Use one of: ${ids.join(', ')}; or add it to content/${file}`,
        });
      }
    })
    .meta({ taxonomy: list }); // lets the scaffold and field reference list the allowed ids
}

/** Dates outside these years are typing slips (0026 for 2026, 2062 for 2026), so they are errors. */
const EARLIEST_YEAR = 1990;
const YEARS_AHEAD = 2;

/** Whether a YYYY, YYYY-MM or YYYY-MM-DD date falls between EARLIEST_YEAR and YEARS_AHEAD years after the build date. */
export function plausible(text: string, now = buildDate()): boolean {
  const year = Number(text.slice(0, 4));
  return year >= EARLIEST_YEAR && text <= `${now.getUTCFullYear() + YEARS_AHEAD}${now.toISOString().slice(4, 10)}`;
}
export const implausibleYear = `is outside ${EARLIEST_YEAR} to ${YEARS_AHEAD} years from today: check the year`;

/**
 * A YAML date as text. The check reads YAML dates as text; Astro's loader turns unquoted ones into Dates. Both
 * must pass or fail alike, so a Date becomes its YYYY-MM-DD text again.
 */
export const dateText = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

/** A calendar day written YYYY-MM-DD. YAML parsers may hand over a Date or a string; both are accepted. */
export const day = z.preprocess(
  dateText,
  z
    .string({ error: 'write the date as YYYY-MM-DD, e.g. 2026-11-24' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD, e.g. 2026-11-24', abort: true })
    .refine(
      (text) => {
        // Date rolls 2026-02-30 over into March and turns 2026-13-01 into NaN: both are not real days.
        const date = new Date(`${text}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
      },
      { error: 'is not a real calendar date', abort: true },
    )
    .refine((text) => plausible(text), { error: implausibleYear, abort: true })
    .transform((text) => new Date(`${text}T00:00:00Z`)),
);

/** Non-empty text; whitespace alone does not count. */
export const text = (message = 'must not be empty') => z.string().trim().min(1, message);
