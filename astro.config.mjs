// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { site } from './src/site.ts';
import { cacheDir } from './src/lib/paths.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: site.url,
  // Tests build fixture sites into their own folders.
  outDir: process.env.OUT_DIR ?? './dist',
  // Each output gets its own cache, so a fixture build never reuses the real site's content store.
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: 'prism',
    processor: unified({ remarkPlugins: [remarkGfm], gfm: false }),
  },
  integrations: [contentValidation(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), searchIndex(), linkCheck(site.url)],
  security: { csp: true },
  devToolbar: { enabled: false },
});
