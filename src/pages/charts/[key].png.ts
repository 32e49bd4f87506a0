import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts } from '../../data';
import type { ChartSpec } from '../../lib/charts/config';
import { chartPng } from '../../lib/charts/image';
import { cacheDir } from '../../lib/paths';

export const getStaticPaths = (async () =>
  (await allCharts()).map((spec) => ({ params: { key: spec.key }, props: { spec } }))) satisfies GetStaticPaths;

/** The static image of each chart: /charts/<content hash>.png, drawn by Chart.js at build time. */
export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await chartPng((props as { spec: ChartSpec }).spec, cacheDir)), { headers: { 'Content-Type': 'image/png' } });
