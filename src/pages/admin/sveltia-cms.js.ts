import fs from 'node:fs';
import type { APIRoute } from 'astro';
import { selfHostFonts } from '../../lib/admin/fonts';
import { selfHostLocales } from '../../lib/admin/locales';
import { editorScriptFile } from '../../lib/paths';

// The editor is served from the site, never a CDN: its script is copied from the installed package, with its web
// fonts' and interface strings' addresses pointing at the site's copies.
export const GET: APIRoute = () =>
  new Response(selfHostLocales(selfHostFonts(fs.readFileSync(editorScriptFile(), 'utf8'))), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
