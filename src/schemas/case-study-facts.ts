/**
 * The fixed values of a case study's facts: the scale for the strength of its evidence and its status. Free of Zod,
 * so the browser's finder can load it.
 */

/** The published standard the scale follows, named on the scale's page. */
export const evidenceStandard = {
  name: 'Nesta Standards of Evidence',
  publisher: 'Nesta',
  url: 'https://www.nesta.org.uk/feature/innovation-methods/standards-evidence/',
};

/**
 * The strength of the evidence in a case study's source, weakest first. Each level is one of the first four levels of
 * the Nesta Standards of Evidence. Its fifth, that others run the work elsewhere at scale, is about spreading it rather
 * than whether it worked, so the scale stops at an independent evaluation.
 */
export const evidenceStrengths = [
  {
    id: 'description-only',
    nestaLevel: 1,
    name: 'Description only',
    meaning: 'The source describes what was done and why, but reports no measured change.',
  },
  {
    id: 'change-measured',
    nestaLevel: 2,
    name: 'Change measured',
    meaning: 'The source reports figures showing change for the people supported, but cannot show that the work caused it.',
  },
  {
    id: 'comparison-group',
    nestaLevel: 3,
    name: 'Comparison group',
    meaning: 'The source compares the people supported with a similar group who were not, so it can show that the work made a difference.',
  },
  {
    id: 'independent-evaluation',
    nestaLevel: 4,
    name: 'Independent evaluation with a comparison group',
    meaning: 'Evaluators independent of the work used a comparison group and found that it made a difference.',
  },
] as const;

export type EvidenceStrength = (typeof evidenceStrengths)[number]['id'];
export const evidenceStrengthIds = evidenceStrengths.map((s) => s.id) as [EvidenceStrength, ...EvidenceStrength[]];

/** A level's place on the scale, 0 for the weakest, so levels compare as numbers. */
export const evidenceRank = (id: string) => evidenceStrengthIds.indexOf(id as EvidenceStrength);

export const evidenceStrengthName = (id: string) => evidenceStrengths.find((s) => s.id === id)?.name ?? id;

/** Whether the work was still going when its source was written. */
export const caseStudyStatuses = [
  { id: 'running', name: 'Running when the source was written' },
  { id: 'ended', name: 'Ended' },
  { id: 'not-known', name: 'Not known' },
] as const;

export type CaseStudyStatus = (typeof caseStudyStatuses)[number]['id'];
export const caseStudyStatusIds = caseStudyStatuses.map((s) => s.id) as [CaseStudyStatus, ...CaseStudyStatus[]];

/** The value for a fact the source does not give, and for a period still going when the source was written. */
export const NOT_KNOWN = 'not-known';
export const ONGOING = 'ongoing';
