import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { prepareCharts } from '../lib/charts/image';
import { cacheDir, contentDir } from '../lib/paths';
import { formatProblems } from '../lib/check/problems';
import { validateContent } from '../lib/check/validate';

/**
 * Validates all content before Astro loads it, so a build fails with every problem listed
 * (Astro's own loader stops at the first). In dev the problems are logged and the server keeps running.
 * A build that passes starts drawing its chart images before it renders pages.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'joined-up:content-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const started = performance.now();
        const { problems, charts } = validateContent(contentDir);
        logger.info(`checked the content in ${Math.round(performance.now() - started)} ms`);
        const failed = problems.some((p) => p.severity === 'error');
        // Drawn in a worker thread while Astro syncs the content and bundles the site, which leave a core idle.
        if (!failed && command === 'build') prepareCharts(charts, cacheDir);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (failed && command === 'build') {
          throw new AstroError(
            `The content has problems; fix them and build again.\n\n${report}`,
            'Run `npm run check` to see this list without building.',
          );
        }
        logger[failed ? 'error' : 'warn'](report);
      },
    },
  };
}
