import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { editorFonts, fontAddress } from '../../src/lib/admin/fonts';
import { localesAddress } from '../../src/lib/admin/locales';
import { servedEditorScript } from '../../src/lib/admin/served';
import { listFiles } from '../../src/lib/check/dist';
import { editorModules, moduleAddress } from '../../src/lib/admin/modules';
import { editorDependencies, editorDependencyFile, editorLocalesDir, editorScriptFile, installedFile } from '../../src/lib/paths';
import { site } from '../../src/site';
import { page } from '../support/site';

const siteDir = inject('siteDir');
const files = listFiles(siteDir);
const read = (file: string) => fs.readFileSync(path.join(siteDir, file), 'utf8');

describe('the web editor at /admin/', () => {
  it('is served from the site: its page, its script and web fonts from the installed packages, and its configuration', () => {
    const doc = page(siteDir, '/admin/');
    expect([...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'))).toEqual([
      '/admin/sveltia-cms.js',
      '/admin/extensions.js',
    ]);
    const script = fs.readFileSync(editorScriptFile(), 'utf8');
    expect(read('admin/sveltia-cms.js')).toBe(servedEditorScript(script));
    expect(files.filter((f) => f.startsWith('admin/fonts/')).sort()).toEqual(editorFonts.map((f) => fontAddress(f).slice(1)).sort());
    for (const font of editorFonts) {
      expect(fs.readFileSync(path.join(siteDir, fontAddress(font))).equals(fs.readFileSync(installedFile(font.file))), font.file).toBe(
        true,
      );
    }
    expect(read('admin/config.yml')).toMatch(/^publish_mode: editorial_workflow$/m);
  });

  it('serves the editor’s interface strings for every language it offers, as its package has them', () => {
    const languages = fs.readdirSync(editorLocalesDir()).filter((f) => f.endsWith('.json'));
    expect(languages).toContain('en-GB.json');
    for (const file of languages)
      expect(read(`${localesAddress.slice(1)}/${file}`), file).toBe(fs.readFileSync(path.join(editorLocalesDir(), file), 'utf8'));
  });

  it('maps each module the editor imports from unpkg.com to the copy of its installed dependency that the site serves', () => {
    const { imports } = JSON.parse(page(siteDir, '/admin/').querySelector('script[type="importmap"]')!.textContent!);
    const script = read('admin/sveltia-cms.js');
    expect(Object.keys(imports)).toHaveLength(editorModules.length);
    for (const module of editorModules) {
      const [from, to] = Object.entries<string>(imports).find(([, address]) => address === moduleAddress(module))!;
      // The editor builds the address from its package.json: unpkg.com, the name, the version, the file.
      expect(script).toContain(`\`${module.path}\``);
      expect(from).toBe(`https://unpkg.com/${module.name}@${editorDependencies()[module.name].replace(/^\D/, '')}/${module.path}`);
      expect(read(to.slice(1))).toBe(fs.readFileSync(editorDependencyFile(`${module.name}/${module.path}`), 'utf8'));
    }
  });

  it('names the site and its language on the page as served, before the editor takes over', () => {
    const doc = page(siteDir, '/admin/');
    expect(doc.documentElement.getAttribute('lang')).toBe(site.language);
    expect(doc.querySelector('title')?.textContent).toBe(`${site.name} editor`);
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
