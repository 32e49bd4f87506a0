import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch } from './browser';
import { serve } from './server';

/**
 * One browser and one static server over the built site for a test file. `open` gives a page in a fresh
 * context, with the console errors, page errors and failed requests it collects, and the scripts it loads.
 */
export function browserSession() {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(inject('siteDir'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[]; scripts: string[] }> {
    const page = await (await browser.newContext(options)).newPage();
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('404 (Not Found)') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    // A reload aborts requests still in flight (the favicon); that is not a failure.
    page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && errors.push(`request failed: ${r.url()}`));
    await page.goto(server.url + path);
    return { page, errors, scripts };
  }
  return { open, origin: () => server.url };
}

/**
 * Opens a page with a listener for the browser's CSP violation reports in place before any of its scripts run,
 * and returns them with the console errors (where Chromium also reports what it refused).
 */
export async function watched(
  open: ReturnType<typeof browserSession>['open'],
  urlPath: string,
): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
  const { page, errors } = await open(urlPath);
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`));
  });
  errors.length = 0;
  await page.reload();
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}
