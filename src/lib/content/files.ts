import fs from 'node:fs';
import path from 'node:path';
import { taxonomyFiles } from '../../schemas/taxonomies';
import { collectionNames, type CollectionName } from './types';
import { dataFolder } from '../datasets/load';
import { glossaryFile } from './glossary';
import { synonymsFile } from './synonyms';
import { error, type Problem } from '../check/problems';

/** Image files an entry may show; they may sit anywhere in a collection's folder or in content/images/. */
export const imageExtensions = ['.avif', '.gif', '.jpeg', '.jpg', '.png', '.svg', '.webp'];
const listFiles = new Set([...Object.values(taxonomyFiles).map((t) => t.file), glossaryFile, synonymsFile]);
const imagesFolder = 'images';

/** The entry files directly in each collection's folder, with their collection and slug (the file name). */
export function entryFiles(contentDir: string): { collection: CollectionName; slug: string; file: string }[] {
  return collectionNames.flatMap((collection) => {
    const dir = path.join(contentDir, collection);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => ({ collection, slug: name.replace(/\.mdx?$/, ''), file: path.join(dir, name) }));
  });
}

/** The closest of `names` to `name`, for "did you mean": a shared prefix of three letters is enough. */
function closest(name: string, names: readonly string[]): string | undefined {
  return names.find((n) => n.startsWith(name.slice(0, 3).toLowerCase()));
}

/** What is wrong with one file's place or name, or undefined if the site reads it. */
function misplaced(relative: string): string | undefined {
  const [top, ...rest] = relative.split(path.sep);
  const ext = path.extname(relative);
  const lower = ext.toLowerCase();
  if (rest.length === 0) {
    if (listFiles.has(top)) return undefined;
    return `the site does not read this file: content/ holds the folders ${collectionNames.join(', ')}, ${dataFolder} and ${imagesFolder}, and the lists ${[...listFiles].join(', ')}`;
  }
  if (top === dataFolder) {
    if (rest.length === 1 && ['.csv', '.yml', '.yaml'].includes(ext)) return undefined;
    return `the site does not read this file: content/${dataFolder}/ holds datasets, a <id>.csv with its <id>.yml, and no sub-folders`;
  }
  if (imageExtensions.includes(lower) && (top === imagesFolder || collectionNames.includes(top as never))) {
    return ext === lower ? undefined : `write the extension in lower case (${lower}), as the entry links to it`;
  }
  if (collectionNames.includes(top as never)) {
    if (ext === '.mdx' || ext === '.md') return undefined;
    if (['.mdx', '.md', '.markdown', '.mdown'].includes(lower)) return `rename it to ${path.basename(relative, ext)}.mdx: the site reads entries ending .mdx (or .md), in lower case`;
    return `the site does not read this file: content/${top}/ holds entries (.mdx) and their images (${imageExtensions.join(', ')})`;
  }
  const guess = closest(top, [...collectionNames, dataFolder, imagesFolder]);
  return `unknown folder content/${top}/: the site reads ${collectionNames.join(', ')}, ${dataFolder} and ${imagesFolder}${guess ? `; did you mean content/${guess}/?` : ''}`;
}

/**
 * Every file under content/ the site would not read: a wrong folder, a wrong extension or a stray file would
 * otherwise vanish without a word. Hidden files (.gitkeep, .DS_Store) are not content and are left alone.
 */
export function checkContentFiles(contentDir: string, root = process.cwd()): Problem[] {
  if (!fs.existsSync(contentDir)) return [];
  return fs
    .readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(contentDir, path.join(d.parentPath, d.name)))
    .filter((relative) => !relative.split(path.sep).some((part) => part.startsWith('.')))
    .sort()
    .flatMap((relative) => {
      const message = misplaced(relative);
      return message ? [error(path.relative(root, path.join(contentDir, relative)), message)] : [];
    });
}

/**
 * What makes an SVG more than a picture: scripts, event handlers, embedded HTML, entities and references to
 * other files or sites. A browser shown the file directly would run or fetch them.
 */
export function unsafeSvg(svg: string): string[] {
  const found = new Set<string>();
  if (/<script\b/i.test(svg)) found.add('a <script>');
  if (/\son[a-z]+\s*=/i.test(svg)) found.add('an event handler (on…=)');
  if (/<foreignObject\b/i.test(svg)) found.add('embedded HTML (<foreignObject>)');
  if (/<!ENTITY/i.test(svg)) found.add('an XML entity');
  if (/(?:href|src)\s*=\s*["']\s*(?!#)[^"']/i.test(svg) || /url\(\s*["']?\s*(?!#)[^)\s]/i.test(svg) || /@import/i.test(svg)) found.add('a link to another file or site');
  return [...found];
}
