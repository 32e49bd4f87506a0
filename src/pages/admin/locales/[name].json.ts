import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorLocalesDir } from '../../../lib/paths';

export const getStaticPaths = (() =>
  fs
    .readdirSync(editorLocalesDir())
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ params: { name: file.replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

/** The editor's interface strings for one language, copied from its installed package: /admin/locales/<language>.json */
export const GET: APIRoute = ({ params }) =>
  new Response(fs.readFileSync(path.join(editorLocalesDir(), `${params.name}.json`)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
