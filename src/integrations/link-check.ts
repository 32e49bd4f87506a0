import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readSite } from '../lib/check/dist';
import { findBrokenLinks } from '../lib/check/links';

/** Fails the build when any page links to a page, file or anchor that was not built. */
export function linkCheck(origin: string): AstroIntegration {
  return {
    name: 'joined-up:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { pages, files } = readSite(fileURLToPath(dir));
        const broken = findBrokenLinks(pages, files, origin);
        if (broken.length === 0) {
          logger.info(`${pages.size} pages, no broken internal links, checked in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        const list = broken.map((b) => `  ${b.page}  links to ${b.href}: ${b.reason}`).join('\n');
        throw new AstroError(
          `${broken.length} broken internal link${broken.length === 1 ? '' : 's'}:\n${list}`,
          'Fix the link in the entry that renders each page listed.',
        );
      },
    },
  };
}
