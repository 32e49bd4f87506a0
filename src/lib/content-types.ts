/**
 * The four kinds of entry. `collection` is the folder under content/ and the URL segment;
 * `key` is the singular name used in code and in `npm run new`.
 */
export const contentTypes = [
  { collection: 'briefings', key: 'briefing', label: 'Briefing', plural: 'Briefings', intro: 'Policy and research briefings: consultation responses, evidence to committees and analysis.' },
  { collection: 'case-studies', key: 'caseStudy', label: 'Case study', plural: 'Case studies', intro: 'Local practice: what areas have done for people facing multiple disadvantage, who was involved and what changed.' },
  { collection: 'inspections', key: 'inspection', label: 'Inspection summary', plural: 'Inspection summaries', intro: 'Plain-language summaries of inspection reports and their findings.' },
  { collection: 'posts', key: 'post', label: 'Post', plural: 'Posts', intro: 'News, research summaries and interviews.' },
] as const;

export type ContentType = (typeof contentTypes)[number];
export type CollectionName = ContentType['collection'];

export const collectionNames = contentTypes.map((t) => t.collection) as CollectionName[];

export function contentType(collection: string): ContentType {
  const type = contentTypes.find((t) => t.collection === collection);
  if (!type) throw new Error(`Unknown content type "${collection}"`);
  return type;
}
