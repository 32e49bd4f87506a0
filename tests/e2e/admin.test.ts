import { describe, expect, it } from 'vitest';
import { editorFonts, fontAddress } from '../../src/lib/admin/fonts';
import { axeViolations } from '../support/axe';
import { browserSession, watched } from '../support/session';

const { open, origin } = browserSession();

/**
 * Whether a message names only addresses the policy refuses on purpose: the editor checks unpkg.com for updates
 * (and would load code highlighting from it) and www.githubstatus.com for outages, both third-party requests.
 */
const refusedOnPurpose = (text: string) => {
  const hosts = (text.match(/https?:\/\/[^\s'"]+/g) ?? [])
    .map((url) => new URL(url))
    .filter((url) => ![origin(), 'https://api.github.com'].includes(url.origin))
    .map((url) => url.host);
  return hosts.length > 0 && hosts.every((host) => ['unpkg.com', 'www.githubstatus.com'].includes(host));
};

const signIn = /Sign In with \W*GitHub/;

describe('the web editor at /admin/ in Chromium', () => {
  it('reads its configuration and shows its sign-in screen, with nothing refused but the update check and GitHub’s status', async () => {
    const { page, errors, violations } = await watched(open, '/admin/');
    await page.getByRole('button', { name: signIn }).waitFor();
    await expect(page.getByRole('button', { name: 'Work with Local Repository' }).isVisible()).resolves.toBe(true);
    expect((await violations()).filter((v) => !refusedOnPurpose(v))).toEqual([]);
    expect(errors.filter((e) => !refusedOnPurpose(e))).toEqual([]);
    await page.context().close();
  });

  it('shows its sign-in screen in a browser set to British English, with its strings from the site', async () => {
    const { page } = await open('/admin/', { locale: 'en-GB' });
    await page.getByRole('button', { name: signIn }).waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(loaded).toContain('/admin/locales/en-GB.json');
    await page.context().close();
  });

  it('draws its icons and text in its own web fonts, loaded from the site', async () => {
    const { page } = await watched(open, '/admin/');
    await page.getByRole('button', { name: signIn }).waitFor();
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
        files: performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((url) => url.endsWith('.woff2')),
      };
    });
    // Without its symbol font each icon shows as a word, such as "arrow_drop_down".
    expect(fonts.loaded).toEqual(expect.arrayContaining(['Material Symbols Outlined', 'Source Sans 3']));
    expect(fonts.files.length).toBeGreaterThanOrEqual(2);
    const served = editorFonts.map((font) => origin() + fontAddress(font));
    for (const url of fonts.files) expect(served).toContain(url);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations on its sign-in screen, in %s mode',
    async (colorScheme) => {
      const { page } = await open('/admin/', { colorScheme, bypassCSP: true });
      await page.getByRole('button', { name: signIn }).waitFor();
      // The editor follows the reader's colour scheme.
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(colorScheme);
      // The editor gives the page its interface's language, English in the browser's own variety.
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^en(-[A-Z]{2})?$/);
      expect(await axeViolations(page, { impacts: ['serious', 'critical'] })).toEqual([]);
      await page.context().close();
    },
  );
});
