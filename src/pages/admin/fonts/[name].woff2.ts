import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorFonts, fontName, type EditorFont } from '../../../lib/admin/fonts';
import { installedFile } from '../../../lib/paths';

export const getStaticPaths = (() =>
  editorFonts.map((font) => ({ params: { name: fontName(font) }, props: { font } }))) satisfies GetStaticPaths;

/** The editor's web fonts, copied from their installed packages: /admin/fonts/<name>.woff2 */
export const GET: APIRoute = ({ props }) =>
  new Response(fs.readFileSync(installedFile((props as { font: EditorFont }).font.file)), { headers: { 'Content-Type': 'font/woff2' } });
