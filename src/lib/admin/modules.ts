import { createHash } from 'node:crypto';

/**
 * Modules the editor's script imports from unpkg.com when it needs them: Immutable.js, for the site's step before
 * each save (`script.ts`). The site serves each from the editor's own installed dependency, and an import map on
 * `/admin/` points the unpkg address at the site's, so the editor's script stays as published.
 */
export const editorModules = [{ name: 'immutable', path: 'dist/immutable.es.js' }] as const;

export type EditorModule = (typeof editorModules)[number];

/** Where the site serves a module: /admin/modules/<name>.js. */
export const moduleAddress = (module: EditorModule) => `/admin/modules/${module.name}.js`;

/**
 * The import map for the editor's page. The editor asks for `https://unpkg.com/<name>@<version>/<path>`, the version
 * being its package.json range without the leading `^` or `~`; `dependencies` are that package.json's.
 */
export function importMap(dependencies: Record<string, string>): string {
  const imports = editorModules.map((module) => {
    const range = dependencies[module.name];
    if (!range) throw new Error(`The editor (@sveltia/cms) no longer depends on ${module.name}: remove it from src/lib/admin/modules.ts.`);
    return [`https://unpkg.com/${module.name}@${range.replace(/^\D/, '')}/${module.path}`, moduleAddress(module)];
  });
  return JSON.stringify({ imports: Object.fromEntries(imports) });
}

/** A CSP source that allows one inline script, such as the import map. */
export const scriptHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
