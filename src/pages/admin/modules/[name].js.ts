import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorModules, type EditorModule } from '../../../lib/admin/modules';
import { editorDependencyFile } from '../../../lib/paths';

export const getStaticPaths = (() =>
  editorModules.map((module) => ({ params: { name: module.name }, props: { module } }))) satisfies GetStaticPaths;

/** The modules the editor imports, copied from its installed dependencies: /admin/modules/<name>.js */
export const GET: APIRoute = ({ props }) => {
  const { module } = props as { module: EditorModule };
  return new Response(fs.readFileSync(editorDependencyFile(`${module.name}/${module.path}`)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
