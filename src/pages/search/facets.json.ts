import type { APIRoute } from 'astro';
import { getFacetTable } from '../../data';

/** Every entry's search filter values, numbered as the entry pages number themselves for Pagefind (Entry.astro). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getFacetTable()), { headers: { 'Content-Type': 'application/json' } });
