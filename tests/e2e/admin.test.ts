import { describe, expect, it } from 'vitest';
import { browserSession, watched } from '../support/session';

const { open, origin } = browserSession();

/** Addresses in a message that are neither the site nor GitHub's API: other sites, which the policy refuses on purpose. */
const elsewhere = (text: string) =>
  (text.match(/https?:\/\/[^\s'"]+/g) ?? []).filter((url) => ![origin(), 'https://api.github.com'].includes(new URL(url).origin));

describe('the web editor at /admin/ in Chromium', () => {
  it('reads its configuration and shows its sign-in screen, with nothing refused but requests to other sites', async () => {
    const { page, errors, violations } = await watched(open, '/admin/');
    await page.getByRole('button', { name: /Sign In with \W*GitHub/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Work with Local Repository' }).isVisible()).resolves.toBe(true);
    // The editor checks unpkg.com for updates, githubstatus.com for outages and loads web fonts from a CDN: all
    // third-party requests, which the site makes none of, so the policy refuses them and the editor carries on.
    expect((await violations()).filter((v) => elsewhere(v).length === 0)).toEqual([]);
    expect(errors.filter((e) => elsewhere(e).length === 0)).toEqual([]);
    await page.context().close();
  });
});
