import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { taxonomies } from '../../data';
import { editorConfig } from '../../lib/admin/config';
import { collectionFieldDocs, datasetFieldDocs } from '../../lib/docs/collections';
import { site } from '../../site';

// The editor's configuration, made from the schemas at build time so it can only offer what the check accepts.
export const GET: APIRoute = () => {
  const config = editorConfig(collectionFieldDocs(taxonomies), datasetFieldDocs(taxonomies), taxonomies, site);
  return new Response(stringify(config), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
