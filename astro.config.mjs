// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { site } from './src/site.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { rehypeAcronyms } from './src/plugins/rehype-acronyms.ts';
import { loadGlossary } from './src/lib/glossary.ts';
import { contentDir } from './src/lib/paths.ts';

// Problems in the glossary are reported by the content-validation integration; the plugin uses the valid items.
const { glossary } = loadGlossary(contentDir);

export default defineConfig({
  site: site.url,
  // Tests build fixture sites into their own folders.
  outDir: process.env.OUT_DIR ?? './dist',
  // Each output gets its own cache, so a fixture build never reuses the real site's content store.
  cacheDir: process.env.OUT_DIR ? `${process.env.OUT_DIR}-cache` : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: 'prism',
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeAcronyms(glossary)], gfm: false }),
  },
  integrations: [contentValidation(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), searchIndex(), linkCheck(site.url)],
  security: {
    csp: {
      // Pagefind compiles its WebAssembly search and runs it in a worker (only /search/ and the finder load it).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: ["worker-src 'self' blob:"],
    },
  },
  devToolbar: { enabled: false },
});
