import type { APIRoute } from 'astro';
import { editorPolicy } from '../../lib/admin/config';
import { importMap, scriptHash } from '../../lib/admin/modules';
import { editorDependencies } from '../../lib/paths';
import { escapeHtml } from '../../lib/html';
import { site } from '../../site';

// An endpoint, not a page: Astro's CSP puts hashes in style-src, which would switch off the 'unsafe-inline' the
// editor's styles need, so this page writes its own policy and the site's stays strict everywhere else.
export const GET: APIRoute = () => {
  const map = importMap(editorDependencies());
  return new Response(
    `<!DOCTYPE html>
<html lang="${site.language}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <meta http-equiv="content-security-policy" content="${editorPolicy(scriptHash(map))}">
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <title>${escapeHtml(site.name)} editor</title>
    <script type="importmap">${map}</script>
  </head>
  <body>
    <script src="/admin/sveltia-cms.js"></script>
    <script src="/admin/extensions.js"></script>
  </body>
</html>
`,
    { headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
};
