import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../src/lib/check/dist';
import { page } from '../support/site';

const siteDir = inject('siteDir');

/** A page's Content-Security-Policy from its <meta>, as directive → sources. */
function policy(urlPath: string): Map<string, string[]> {
  const meta = page(siteDir, urlPath).querySelector('meta[http-equiv="content-security-policy"]');
  expect(meta, `${urlPath} has a CSP`).not.toBeNull();
  const directives = meta!
    .getAttribute('content')!
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]);
  return new Map(directives.map(([name, ...sources]) => [name, sources]));
}

const firstEntry = () =>
  `/briefings/${fs.readdirSync(path.join(siteDir, 'briefings'), { withFileTypes: true }).find((d) => d.isDirectory() && !/^\d+$/.test(d.name))!.name}/`;

describe('content security policy', () => {
  it('lets an entry page load only the site’s own scripts, styles and images, fetch only from the site, and no base, plugin or form target elsewhere', () => {
    const csp = policy(firstEntry());
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    // robots.txt, which checkers such as Lighthouse fetch from within the page (docs/decisions/csp-connect-self.md).
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    // Scripts and styles: the site's files and Astro's hashes of its inline ones, nothing inline or compiled.
    for (const name of ['script-src', 'style-src']) {
      const [first, ...hashes] = csp.get(name)!;
      expect(first, name).toBe("'self'");
      expect(
        hashes.every((h) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(h)),
        `${name}: ${hashes.join(' ')}`,
      ).toBe(true);
    }
  });

  it('adds WebAssembly on /search/ alone (Pagefind), and lets no page fetch from anywhere but the site', () => {
    const search = policy('/search/');
    expect(search.get('script-src')!.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(search.get('connect-src')).toEqual(["'self'"]);
    expect(search.get('default-src')).toEqual(["'none'"]);
    expect(search.get('base-uri')).toEqual(["'none'"]);
    expect(policy('/case-studies/').get('connect-src')).toEqual(["'self'"]);
    const pages = listFiles(siteDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    const compiling = pages.filter((p) => policy(p).get('script-src')!.includes("'wasm-unsafe-eval'"));
    expect(compiling).toEqual(['/search/']);
    const fetchingElsewhere = pages.filter((p) => policy(p).get('connect-src')?.join(' ') !== "'self'");
    expect(fetchingElsewhere).toEqual(['/admin/']);
    const inlineStyles = pages.filter((p) => policy(p).get('style-src')!.includes("'unsafe-inline'"));
    expect(inlineStyles).toEqual(['/admin/']);
  });

  it('lets the web editor at /admin/ reach GitHub’s API and set its own styles, and nothing else outside the site', () => {
    const admin = policy('/admin/');
    expect(admin.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', 'https://api.github.com']);
    // Scripts from the site, and one inline script: the import map, by the hash of its text.
    const importMap = page(siteDir, '/admin/').querySelector('script[type="importmap"]')!.textContent!;
    expect(admin.get('script-src')).toEqual(["'self'", `'sha256-${createHash('sha256').update(importMap).digest('base64')}'`]);
    expect(admin.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(admin.get('font-src')).toEqual(["'self'"]);
    expect(admin.get('default-src')).toEqual(["'none'"]);
    expect(admin.get('base-uri')).toEqual(["'none'"]);
  });

  it('writes _headers for hosts that read it: no framing, no content sniffing, a referrer policy', () => {
    const headers = fs.readFileSync(path.join(siteDir, '_headers'), 'utf8');
    expect(headers.split('\n')[0]).toBe('/*');
    expect(headers).toContain("  Content-Security-Policy: frame-ancestors 'none'\n");
    expect(headers).toContain('  X-Content-Type-Options: nosniff\n');
    expect(headers).toMatch(/^ {2}Referrer-Policy: strict-origin-when-cross-origin$/m);
  });
});
