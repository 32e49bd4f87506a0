import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts } from '../../data';
import type { ChartSpec, Rendition } from '../../lib/charts/config';
import { chartPng, imageRenditions } from '../../lib/charts/image';
import { cacheDir } from '../../lib/paths';
import { urls } from '../../lib/urls';

export const getStaticPaths = (async () =>
  (await allCharts()).flatMap((spec) =>
    imageRenditions.map((rendition) => ({
      params: { key: urls.chartImageName(spec.key, rendition) },
      props: { spec, rendition },
    })),
  )) satisfies GetStaticPaths;

/** The static images of each chart: /charts/<content hash>.png, and -narrow.png for phones, drawn by Chart.js at build time. */
export const GET: APIRoute = async ({ props }) => {
  const { spec, rendition } = props as { spec: ChartSpec; rendition: Rendition };
  return new Response(new Uint8Array(await chartPng(spec, cacheDir, rendition)), { headers: { 'Content-Type': 'image/png' } });
};
