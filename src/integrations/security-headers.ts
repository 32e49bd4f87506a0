import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Response headers for every address, in the `_headers` file that Netlify and Cloudflare Pages read. Each page's
 * own CSP travels in a <meta>, but a browser ignores frame-ancestors there, so only a header stops another site
 * framing ours to trick readers into clicks. GitHub Pages sends no custom headers.
 */
export const responseHeaders: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  // For browsers without frame-ancestors.
  'X-Frame-Options': 'DENY',
  // A CSV or data file is never run as a script or shown as a page because of its contents.
  'X-Content-Type-Options': 'nosniff',
  // Sources a reader follows learn the site, not the page they came from.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

// One rule for every address: `/*`, then each header indented on its own line.
const headersFile = `/*\n${Object.entries(responseHeaders)
  .map(([name, value]) => `  ${name}: ${value}\n`)
  .join('')}`;

export function securityHeaders(): AstroIntegration {
  return {
    name: 'joined-up:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(path.join(fileURLToPath(dir), '_headers'), headersFile);
      },
    },
  };
}
