// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { docLinks } from './src/plugins/doc-links.ts';
import { entryPolicy } from './src/plugins/entry-policy.ts';
import { tableScroll } from './src/plugins/table-scroll.ts';
import { site } from './src/site.ts';
import { cacheDir } from './src/lib/paths.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index/index.ts';
import { redirects } from './src/integrations/redirects.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { previewDrafts } from './src/integrations/preview-drafts.ts';
import { readRedirects } from './src/lib/content/redirects.ts';
import { buildDate } from './src/lib/content/clock.ts';
import { acronyms } from './src/plugins/acronyms.ts';
import { loadGlossary } from './src/lib/content/glossary.ts';
import { contentDir } from './src/lib/paths.ts';

// Old addresses of moved entries (redirectFrom), kept out of the sitemap.
const moved = readRedirects(contentDir, buildDate());
const oldAddresses = new Set(Object.keys(moved).map((p) => new URL(p, site.url).href));

// Problems in the glossary are reported by the content-validation integration; the plugin uses the valid items.
const { glossary } = loadGlossary(contentDir);

export default defineConfig({
  site: site.url,
  // Tests build fixture sites into their own folders.
  outDir: process.env.OUT_DIR ?? './dist',
  // Each output gets its own cache, so a fixture build never reuses the real site's content store.
  cacheDir,
  trailingSlash: 'always',
  // Several pages at once: while one waits on a file or a chart image being encoded, another renders.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // No highlighting: entries rarely show code, and Prism passes code in an unknown language through as raw HTML.
    syntaxHighlight: false,
    // Sätteri (Astro's default, GFM built in) parses in Rust, far faster than the unified (remark) pipeline:
    // see docs/decisions/markdown-satteri.md.
    processor: satteri({ mdastPlugins: [entryPolicy], hastPlugins: [docLinks, tableScroll, acronyms(glossary)] }),
  },
  integrations: [
    contentValidation(),
    previewDrafts(),
    // Static parts of an entry become one HTML string instead of thousands of JSX nodes, which renders faster.
    mdx({ optimize: true }),
    redirects(moved),
    securityHeaders(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/admin/') && !oldAddresses.has(page) }),
    // The link check runs while Pagefind writes the index in its own process; searchIndex's build:done waits for it.
    linkCheck(site.url),
    searchIndex(),
  ],
  security: {
    csp: {
      // Nothing is allowed unless named: pages load only the site's own scripts, styles and images, and fetch only
      // from the site (the finder's and search's data, and robots.txt for checkers such as Lighthouse:
      // docs/decisions/csp-connect-self.md). /search/ adds 'wasm-unsafe-eval' for Pagefind (Astro.csp).
      // base-uri and form-action do not fall back to default-src, and a <base> or <form> in an entry would
      // otherwise redirect the page's links or a reader's input. frame-ancestors cannot be set in a <meta>:
      // the headers integration writes it to _headers.
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // Named, so that a page adding a source keeps 'self' (Astro drops its default once a page adds one).
      scriptDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    environments: {
      prerender: {
        build: {
          rolldownOptions: {
            output: {
              // Bundles MDX entries into a few chunks (docs/decisions/mdx-chunks.md); relies on Astro's private ?astroPropagatedAssets.
              codeSplitting: { groups: [{ name: 'entries', test: /\.mdx(\?astroPropagatedAssets)?$/, maxSize: 4_000_000 }] },
            },
          },
        },
      },
    },
    build: {
      rolldownOptions: {
        // Hides a warning per MDX entry that buries others (astro#18087); relies on Astro's private "use astro:head-inject" directive.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
