import { z } from 'astro/zod';
import { webAddress } from './url';
import { dateText, implausibleYear, plausible, text } from './fields';

/** A date as precise as the original publication gives it: a year, a month or a day. */
export const partialDate = z
  .preprocess(
    dateText,
    z
      .string({ error: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, in quotes' })
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
        error: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, in quotes',
        abort: true,
      })
      .refine((text) => plausible(text), implausibleYear),
  )
  .describe('Date as precise as the source gives it: "2020", "2020-06" or "2020-06-11".');

/** The original publication an entry is based on. Every entry cites at least one. */
export const sourceSchema = z.strictObject({
  title: text().describe('Title of the original document, as published.'),
  publisher: text().describe('Organisation that published it.'),
  author: text().optional().describe('Person or body that wrote it, if the document names one.'),
  date: partialDate,
  url: webAddress().optional().describe('Where to read the original, if it is online.'),
  reference: text().optional().describe('Document reference or page, e.g. "PSR0053".'),
});

export type Source = z.infer<typeof sourceSchema>;
