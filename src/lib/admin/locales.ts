/** Where the site serves the editor's interface strings, one JSON file per language, from its installed package. */
export const localesAddress = '/admin/locales';

/** The editor's base address for its strings: unpkg.com, built from its package name and version. */
const unpkgLocales = /(\w+)=`\$\{\w+\}@\$\{\w+\}\/locales`/g;

/**
 * The editor's script with its interface strings read from the site. For any language but US English it fetches
 * them from unpkg.com, which the site's policy refuses, so in a browser set to British English it would not load.
 * The base address is found by its shape, so a newer editor that builds it differently stops the build.
 */
export function selfHostLocales(script: string): string {
  const found = script.match(unpkgLocales) ?? [];
  if (found.length !== 1) {
    throw new Error(
      `The editor's script (@sveltia/cms) builds its strings' address ${found.length} times in the expected shape, not once. ` +
        'Find where node_modules/@sveltia/cms/dist/sveltia-cms.js fetches locales/<language>.json and update src/lib/admin/locales.ts.',
    );
  }
  return script.replace(unpkgLocales, `$1=\`${localesAddress}\``);
}
