import type { APIRoute } from 'astro';
import { getEntries, taxonomies } from '../../data';
import { facetTable } from '../../lib/search-meta';

/** Every entry's search filter values, numbered as the entry pages number themselves for Pagefind (Entry.astro). */
export const GET: APIRoute = async () => new Response(JSON.stringify(facetTable(await getEntries(), taxonomies)), { headers: { 'Content-Type': 'application/json' } });
