import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectsFile } from '../lib/content/redirects';

/**
 * Keeps moved entries' old addresses working: Astro writes a page at each old address that sends readers on
 * (with a canonical link to the new one), and `_redirects` gives hosts that read it a real 301.
 */
export function redirects(map: Record<string, string>): AstroIntegration {
  return {
    name: 'joined-up:redirects',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ redirects: map });
      },
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(path.join(fileURLToPath(dir), '_redirects'), redirectsFile(map));
      },
    },
  };
}
