import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { APIRoute } from 'astro';

// The editor is served from the site, never a CDN: its script is copied from the installed package.
export const GET: APIRoute = () => {
  const entry = createRequire(path.resolve('package.json')).resolve('@sveltia/cms');
  const script = path.join(path.dirname(entry), '..', 'dist', 'sveltia-cms.js');
  return new Response(fs.readFileSync(script), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
