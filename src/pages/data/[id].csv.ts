import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets } from '../../data';
import type { Dataset } from '../../lib/datasets';

export const getStaticPaths = (() => datasets.map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** Each dataset's CSV exactly as staff wrote it: /data/<id>.csv */
export const GET: APIRoute = ({ props }) => new Response((props as { dataset: Dataset }).dataset.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
