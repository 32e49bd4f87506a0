import type { APIRoute } from 'astro';
import { getEntries, glossary, synonyms, taxonomies } from '../../data';
import { searchWords } from '../../lib/search/words';

/** The acronyms with several meanings and the words a search may be corrected to (src/lib/search/words.ts). */
export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      searchWords(
        glossary,
        (await getEntries()).map((e) => e.data),
        taxonomies,
        synonyms,
      ),
    ),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
