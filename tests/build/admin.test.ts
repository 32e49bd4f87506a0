import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../src/lib/check/dist';
import { page } from '../support/site';

const siteDir = inject('siteDir');
const files = listFiles(siteDir);
const read = (file: string) => fs.readFileSync(path.join(siteDir, file), 'utf8');

describe('the web editor at /admin/', () => {
  it('is served from the site: its page, its script from the installed package and its configuration', () => {
    const doc = page(siteDir, '/admin/');
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual(['/admin/sveltia-cms.js', '/admin/chart.js']);
    expect(read('admin/sveltia-cms.js')).toBe(fs.readFileSync(path.resolve('node_modules/@sveltia/cms/dist/sveltia-cms.js'), 'utf8'));
    expect(read('admin/config.yml')).toMatch(/^publish_mode: editorial_workflow$/m);
  });

  it('asks search engines not to index it, and stays out of the sitemap, the search index and the feeds', () => {
    expect(page(siteDir, '/admin/').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page(siteDir, '/admin/').querySelector('[data-pagefind-body]')).toBeNull();
    const listings = files.filter((f) => /(^|\/)(sitemap-\d+|rss|atom)\.xml$|\.(xml|json)$/.test(f) && !f.startsWith('admin/'));
    expect(listings.some((f) => f.startsWith('sitemap-'))).toBe(true);
    for (const f of listings) expect(read(f), f).not.toContain('/admin/');
    const fragments = files.filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    for (const f of fragments) {
      const { url } = JSON.parse(
        zlib
          .gunzipSync(fs.readFileSync(path.join(siteDir, f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      );
      expect(url, f).not.toMatch(/^\/admin\//);
    }
  });

  it('adds no script to any other page: they load only the site’s own bundles', () => {
    const pages = files.filter((f) => f.endsWith('.html') && f !== 'admin/index.html');
    for (const f of pages) {
      const sources = [...page(siteDir, `/${f.replace(/index\.html$/, '')}`).querySelectorAll('script[src]')].map((s) =>
        s.getAttribute('src')!,
      );
      expect(
        sources.filter((src) => !src.startsWith('/_astro/')),
        f,
      ).toEqual([]);
    }
  });
});
