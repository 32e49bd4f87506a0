import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets } from '../../data';
import { formulaSafeCsv } from '../../lib/datasets/csv';
import type { Dataset } from '../../lib/datasets/load';

export const getStaticPaths = (() =>
  datasets.map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** Each dataset's CSV as staff wrote it, with any cell a spreadsheet would run as a formula made text: /data/<id>.csv */
export const GET: APIRoute = ({ props }) =>
  new Response(formulaSafeCsv((props as { dataset: Dataset }).dataset.csv), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
