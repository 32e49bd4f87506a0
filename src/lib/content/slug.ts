/** The longest slug: longer titles are cut at a word. */
export const slugMaxLength = 80;

/** Turns a title into a URL slug: "Surrey's OPCC & housing" → "surreys-opcc-and-housing". */
export function slugify(title: string, maxLength = slugMaxLength): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}
