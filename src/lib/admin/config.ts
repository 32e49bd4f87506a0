import { caseStudyStatuses, evidenceStrengths } from '../../schemas/case-study-facts';
import { taxonomyFiles, type Taxonomies, type TaxonomyName } from '../../schemas/taxonomies';
import { slugMaxLength } from '../content/slug';
import { contentTypes, type CollectionName } from '../content/types';
import type { FieldDoc } from '../docs/fields';

/** One field of the editor's configuration, in the shape Sveltia CMS and Decap CMS read from `config.yml`. */
export interface EditorField {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  widget: 'string' | 'image' | 'datetime' | 'boolean' | 'select' | 'list' | 'object' | 'keyvalue' | 'markdown';
  options?: { label: string; value: string }[];
  multiple?: boolean;
  format?: string;
  time_format?: false;
  fields?: EditorField[];
  /** A regular expression the value must match, and the message shown when it does not. */
  pattern?: [string, string];
  maxlength?: number;
  /** An image picker that only takes files, not web addresses. */
  choose_url?: false;
  /** The markdown widget's toolbar and insertable components. */
  buttons?: string[];
  editor_components?: string[];
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'mdx' | 'yml';
  format: 'frontmatter' | 'yaml';
  create: boolean;
  slug?: string;
  identifier_field: string;
  media_folder?: string;
  public_folder?: string;
  fields: EditorField[];
}

export interface EditorConfig {
  app_title: string;
  backend: { name: 'github'; repo: string; branch: string };
  publish_mode: 'editorial_workflow';
  output: { omit_empty_optional_fields: true; yaml: { quote: 'none'; indent_sequences: true } };
  media_folder: string;
  public_folder: string;
  media_libraries: { stock_assets: false };
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-'; maxlength: number };
  collections: EditorCollection[];
}

/** Fixed choices that have names for readers; any other enum shows its ids. */
const namedChoices: readonly (readonly { id: string; name: string }[])[] = [evidenceStrengths, caseStudyStatuses];

/** Labels where the field's name is not plain English. */
const plainLabels: Record<string, string> = { url: 'Web address', src: 'Image file', alt: 'Alternative text' };

/** "evidenceStrength" → "Evidence strength"; "consultation-response" → "Consultation response". */
const labelOf = (key: string) => {
  const words = (plainLabels[key] ?? key)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replaceAll('-', ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The choices of a field: a controlled list's names, or an enum's names where the site has them, or its ids in words. */
function options(field: FieldDoc, taxonomies: Taxonomies): EditorField['options'] {
  const list = (Object.keys(taxonomyFiles) as TaxonomyName[]).find((name) => field.listFile === `content/${taxonomyFiles[name].file}`);
  const named: readonly { id: string; name: string }[] | undefined = list
    ? taxonomies[list]
    : namedChoices.find((choices) => choices.length === field.allowed!.length && choices.every((c) => field.allowed!.includes(c.id)));
  return field.allowed!.map((id) => ({ label: named?.find((c) => c.id === id)?.name ?? labelOf(id), value: id }));
}

export function editorField(field: FieldDoc, taxonomies: Taxonomies): EditorField {
  const base = {
    name: field.key,
    label: labelOf(field.key),
    required: field.required,
    ...(field.description && { hint: field.description }),
  };
  if (field.allowed) {
    return { ...base, widget: 'select', options: options(field, taxonomies), ...(field.kind === 'list' && { multiple: true }) };
  }
  switch (field.kind) {
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'image':
      // Uploaded into the collection's images/ folder and written as ./images/<file>, relative to the entry.
      return { ...base, widget: 'image', choose_url: false };
    case 'list':
      return { ...base, widget: 'list' };
    case 'object':
      // An object without named fields is a record of names to values, e.g. an entry's own acronyms.
      if (field.children.length === 0) return { ...base, widget: 'keyvalue' };
      return { ...base, widget: 'object', fields: field.children.map((child) => editorField(child, taxonomies)) };
    case 'object-list':
      return {
        ...base,
        widget: 'list',
        fields: field.children.map((child) => editorField(child, taxonomies)),
      };
    default:
      return {
        ...base,
        widget: 'string',
        // The editor refuses the text before saving, as the check would after.
        ...(field.pattern && { pattern: [field.pattern, 'Write it in the form the note below the field gives.'] }),
        ...(field.maxLength && { maxlength: field.maxLength }),
      };
  }
}

/**
 * The entry's text. The toolbar leaves out a first-level heading (the title is the page's one) and offers only the
 * components the check accepts: `<Chart>`, from the form in `chart.ts`.
 */
const bodyField: EditorField = {
  name: 'body',
  label: 'Body',
  required: true,
  widget: 'markdown',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'heading-four', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['chart'],
};

/** `https://github.com/owner/name` → `owner/name`. */
const repoOf = (repository: string) => new URL(repository).pathname.replace(/^\/|\.git$|\/$/g, '');

/**
 * The web editor's configuration (`/admin/config.yml`), made from the schemas' field docs: one collection per entry
 * type and one for datasets' metadata. Changes go through pull requests (the editorial workflow), so the check runs
 * before anything is published.
 */
export function editorConfig(
  entryFields: Record<CollectionName, FieldDoc[]>,
  datasetFields: FieldDoc[],
  taxonomies: Taxonomies,
  site: { name: string; repository: string },
): EditorConfig {
  const fields = (docs: FieldDoc[]) => docs.map((f) => editorField(f, taxonomies));
  return {
    app_title: `${site.name} editor`,
    backend: { name: 'github', repo: repoOf(site.repository), branch: 'main' },
    publish_mode: 'editorial_workflow',
    // Fields left empty are left out of the file, as a hand-written entry leaves them out.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_sequences: true } },
    // Hero images live next to their entry (`./images/...`); the site-wide folder is for the editor's media library.
    media_folder: 'public/images',
    public_folder: '/images',
    // Stock photo libraries are other sites, which the site makes no requests to.
    media_libraries: { stock_assets: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', maxlength: slugMaxLength },
    collections: [
      ...contentTypes.map((type): EditorCollection => ({
        name: type.collection,
        label: type.plural,
        label_singular: type.label,
        description: type.intro,
        folder: `content/${type.collection}`,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        media_folder: 'images',
        public_folder: './images',
        fields: [...fields(entryFields[type.collection]), bodyField],
      })),
      {
        name: 'datasets',
        label: 'Datasets',
        label_singular: 'Dataset',
        description: 'What each dataset’s figures are and where they come from. Its CSV file is added alongside by a developer.',
        folder: 'content/data',
        extension: 'yml',
        format: 'yaml',
        // A dataset needs its CSV file too, which the editor cannot write.
        create: false,
        identifier_field: 'title',
        fields: fields(datasetFields),
      },
    ],
  };
}

/**
 * The editor page's content security policy: only what the editor needs. Svelte sets inline styles and the editor
 * draws icons from data: and blob: addresses; its web fonts are the site's copies (`fonts.ts`); it reads and writes
 * the repository through GitHub's API. The one inline script is the import map (`modules.ts`), allowed by its hash.
 */
export const editorPolicy = (importMapHash: string) =>
  [
    "default-src 'none'",
    `script-src 'self' ${importMapHash}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self' data: blob: https://api.github.com",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
