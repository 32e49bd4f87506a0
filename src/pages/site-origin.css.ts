import type { APIRoute } from 'astro';

// CSS cannot know where the site is served from, and inline styles break the content security policy: this
// stylesheet gives print the site's address, to write before each path a printed link shows.
export const GET: APIRoute = ({ site }) =>
  new Response(`:root {\n  --site-origin: ${JSON.stringify(new URL(site!).origin)};\n}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
