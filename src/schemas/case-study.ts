import { z } from 'astro/zod';
import { entrySchema } from './entry';
import { dateText, termId, text, type SchemaContext } from './fields';
import { organisationTypeSchema } from './taxonomies';
import { partialDate } from './source';
import { caseStudyStatusIds, evidenceStrengthIds, NOT_KNOWN, ONGOING } from './case-study-facts';

/** A period's start or end: a date as precise as the source gives, or one of `words` where it gives none. */
function periodDate(words: string[], what: string) {
  const wrong = `write the ${what} as "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the source gives it, or ${words.map((w) => `"${w}"`).join(' or ')}`;
  return z.preprocess(
    dateText,
    z.string({ error: wrong }).superRefine((value, issues) => {
      if (words.includes(value)) return;
      const date = partialDate.safeParse(value);
      if (!date.success) issues.addIssue({ code: 'custom', message: /^\d{4}\b/.test(value) ? date.error.issues[0].message : wrong });
    }),
  );
}

const period = z
  .strictObject({
    start: periodDate([NOT_KNOWN], 'start').describe('When the work began, as precise as the source gives it, or "not-known".'),
    end: periodDate([ONGOING, NOT_KNOWN], 'end').describe(
      'When the work ended, as precise as the source gives it; "ongoing" if it was still going when the source was written; or "not-known".',
    ),
    note: text().optional().describe('What the source says about the dates, where it gives no date, e.g. "opened \'last month\'".'),
  })
  .superRefine((value, issues) => {
    const dated = (d: string) => /^\d/.test(d);
    if (dated(value.start) && dated(value.end) && value.end < value.start) {
      issues.addIssue({ code: 'custom', path: ['end'], message: 'the end is before the start: check both dates' });
    }
  })
  .describe('When the work ran. Write "not-known" for a date the source does not give: never guess one.');

export function caseStudySchema(ctx: SchemaContext) {
  const schema = entrySchema(ctx, 'case-studies', () => ({
    area: text().describe('The place the work happens, e.g. "Southend-on-Sea".'),
    region: termId(ctx, 'regions').describe('UK region or nation, from content/regions.yml.'),
    needs: z.array(termId(ctx, 'needs')).min(1, 'add at least one need').describe('Needs the service helps with, from content/needs.yml.'),
    approach: z
      .array(termId(ctx, 'approaches'))
      .min(1, 'add at least one approach')
      .describe('How the service works, from content/approaches.yml.'),
    programme: termId(ctx, 'programmes').optional().describe('National programme it is part of, from content/programmes.yml.'),
    partners: z
      .array(z.union([termId(ctx, 'organisations'), z.strictObject({ name: text(), type: organisationTypeSchema })]))
      .min(1, 'add at least one partner')
      .describe('Who works together: organisation ids, or { name, type } for a partner not in content/organisations.yml.'),
    population: text().describe('Who the service is for, in the source’s terms.'),
    outcomes: z.array(text()).optional().describe('What changed, only as the source reports it. Leave out if the source reports none.'),
    period,
    status: z
      .enum(caseStudyStatusIds)
      .describe('Whether the work was still going when the source was written; not-known if the source does not say.'),
    scale: text()
      .optional()
      .describe(
        'How many people it supported, in the source’s words, e.g. "120 women in its first year". Leave out if the source does not say.',
      ),
    funding: text().optional().describe('Who paid for the work, as the source says. Leave out if the source does not say.'),
    cost: text()
      .optional()
      .describe('What the work cost, with the period it covers, as the source says. Leave out if the source does not say.'),
    contact: termId(ctx, 'organisations')
      .optional()
      .describe(
        'The organisation to ask about the work, as the source names it, from content/organisations.yml. For one not listed, use contactName. Leave out if the source names none.',
      ),
    contactName: text()
      .optional()
      .describe('The organisation to ask about the work, by its name in the source, when it is not in content/organisations.yml.'),
    evidenceStrength: z
      .enum(evidenceStrengthIds)
      .describe(
        'How strong the source’s evidence that the work made a difference is, on the site’s scale (/case-studies/evidence-strength/), from the source alone.',
      ),
  }));
  return schema.superRefine((data, issues) => {
    if (data.contact && data.contactName) {
      issues.addIssue({
        code: 'custom',
        path: ['contactName'],
        message: 'give `contact` (a listed organisation) or `contactName`, not both',
      });
    }
  });
}
