import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Where staff content lives. Tests point CONTENT_DIR at a fixture site so the
 * real pipeline (schemas, validation, pages) runs over known-bad or known-good input.
 */
export const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** Pages built from files, whose addresses links may name. */
export const pagesDir = path.resolve('src/pages');

/** Files served as they are, at the site's root. */
export const publicDir = path.resolve('public');

/** Astro's cache folder: fixture builds (OUT_DIR set) each get their own, next to their output. */
export const cacheDir = process.env.OUT_DIR ? `${process.env.OUT_DIR}-cache` : path.resolve('node_modules/.astro');

/** An installed package's file on disk, e.g. "@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2". */
export const installedFile = (specifier: string) => createRequire(path.resolve('package.json')).resolve(specifier);

/** The web editor's package folder: its module entry sits one folder down. */
const editorPackageDir = () => path.join(path.dirname(installedFile('@sveltia/cms')), '..');

/** The web editor's one-file script. */
export const editorScriptFile = () => path.join(editorPackageDir(), 'dist', 'sveltia-cms.js');

/** The web editor's dependencies, by name, with the version ranges its package.json gives. */
export const editorDependencies = (): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(editorPackageDir(), 'package.json'), 'utf8')).dependencies;

/** The web editor's interface strings, a JSON file per language. */
export const editorLocalesDir = () => path.join(editorPackageDir(), 'locales');

/** A file of one of the web editor's own dependencies, as npm installed it for the editor. */
export const editorDependencyFile = (specifier: string) => createRequire(path.join(editorPackageDir(), 'package.json')).resolve(specifier);
