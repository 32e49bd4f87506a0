import type { AstroIntegration } from 'astro';

/**
 * Shows drafts and scheduled entries in `astro dev` only. Keyed to the command, not to NODE_ENV or the Vite
 * mode, so no environment setting can leak a draft into a production build.
 */
export function previewDrafts(): AstroIntegration {
  return {
    name: 'joined-up:preview-drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.PREVIEW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
