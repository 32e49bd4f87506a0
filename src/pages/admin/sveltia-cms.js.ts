import fs from 'node:fs';
import type { APIRoute } from 'astro';
import { servedEditorScript } from '../../lib/admin/served';
import { editorScriptFile } from '../../lib/paths';

// The editor is served from the site, never a CDN: its script is copied from the installed package, with its web
// fonts' and interface strings' addresses pointing at the site's copies.
export const GET: APIRoute = () =>
  new Response(servedEditorScript(fs.readFileSync(editorScriptFile(), 'utf8')), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
