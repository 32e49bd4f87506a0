/**
 * The web fonts the editor's script asks a CDN for, each with the same file in an installed fontsource package
 * (pinned in package.json to the version in the CDN address). The site serves those files itself, because it
 * makes no third-party requests.
 */
export const editorFonts = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
] as const;

export type EditorFont = (typeof editorFonts)[number];

/** A font's name on the site: its file name without folder or extension, e.g. "noto-mono-latin-400-normal". */
export const fontName = (font: EditorFont) => font.file.replace(/^.*\/|\.woff2$/g, '');

/** Where the site serves a font: /admin/fonts/<name>.woff2. */
export const fontAddress = (font: EditorFont) => `/admin/fonts/${fontName(font)}.woff2`;

/** Any font address on the CDN the editor's fonts come from. */
const cdnFont = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^\s)'"`]+/g;

/**
 * The editor's script with each CDN font address replaced by the site's. A font address the script no longer
 * holds, or one it holds that is not listed here (a newer editor asking for other fonts), is an error, so the
 * build stops rather than leave a font unserved.
 */
export function selfHostFonts(script: string): string {
  const missing = editorFonts.filter((font) => !script.includes(font.cdn)).map((font) => font.cdn);
  const replaced = editorFonts.reduce((text, font) => text.replaceAll(font.cdn, fontAddress(font)), script);
  const unknown = [...new Set(replaced.match(cdnFont))];
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      [
        ...missing.map((url) => `The editor's script (@sveltia/cms) no longer asks for ${url}.`),
        ...unknown.map((url) => `The editor's script (@sveltia/cms) asks for ${url}, which the site does not serve.`),
        'Update editorFonts in src/lib/admin/fonts.ts, and the fontsource packages in package.json, to the font ' +
          'addresses in node_modules/@sveltia/cms/dist/sveltia-cms.js.',
      ].join('\n'),
    );
  }
  return replaced;
}
