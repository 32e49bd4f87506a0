/**
 * The four kinds of entry. `collection` is the folder under content/ and the URL segment; `key` is the name in
 * code; `singular` is the name staff type in `npm run new`; `outline` is the suggested body of a new entry.
 */
export const contentTypes = [
  {
    collection: 'briefings',
    key: 'briefing',
    singular: 'briefing',
    label: 'Briefing',
    plural: 'Briefings',
    intro: 'Policy and research briefings: consultation responses, evidence to committees and analysis.',
    outline: ['Summary', 'Background', 'What the evidence shows', 'Recommendations'],
  },
  {
    collection: 'case-studies',
    key: 'caseStudy',
    singular: 'case-study',
    label: 'Case study',
    plural: 'Case studies',
    intro: 'Local practice: what areas have done for people facing multiple disadvantage, who was involved and what changed.',
    outline: ['The problem', 'What they did', 'Who was involved', 'What changed', 'Learning for other areas'],
  },
  {
    collection: 'inspections',
    key: 'inspection',
    singular: 'inspection',
    label: 'Inspection summary',
    plural: 'Inspection summaries',
    intro: 'Plain-language summaries of inspection reports and their findings.',
    outline: ['What the inspectors looked at', 'What they found', 'What happens next'],
  },
  {
    collection: 'posts',
    key: 'post',
    singular: 'post',
    label: 'Post',
    plural: 'Posts',
    intro: 'News, research summaries and interviews.',
    outline: ['What it is about', 'Main points'],
  },
] as const;

export type ContentType = (typeof contentTypes)[number];
export type CollectionName = ContentType['collection'];

export const collectionNames = contentTypes.map((t) => t.collection) as CollectionName[];

export function contentType(collection: string): ContentType {
  const type = contentTypes.find((t) => t.collection === collection);
  if (!type) throw new Error(`Unknown content type "${collection}"`);
  return type;
}
