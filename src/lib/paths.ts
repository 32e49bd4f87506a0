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

/** The web editor's one-file script, in `dist/` beside the folder of the package's module entry. */
export const editorScriptFile = () => path.join(path.dirname(installedFile('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js');
