import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { listFiles } from '../../src/lib/check/dist';

/** A file of the repository as the page receives it. */
interface RepositoryFile {
  path: string;
  base64: string;
}

/** Every file under `dir/folder`, with paths relative to `dir`. */
const filesUnder = (dir: string, folder: string): RepositoryFile[] =>
  listFiles(path.join(dir, folder)).map((file) => ({
    path: path.join(folder, file),
    base64: fs.readFileSync(path.join(dir, folder, file)).toString('base64'),
  }));

/**
 * Opens the editor at `/admin/` in its local-repository mode over a copy of `repository`'s `content/` folder.
 * The browser's folder picker cannot be answered by a test, so the page's picker is replaced by one that hands over
 * a folder in the page's private storage (the Origin Private File System), filled with the copy first.
 */
export async function openEditorOnCopy(
  browser: Browser,
  siteUrl: string,
  repository: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', ...options })).newPage();
  // As text: a function would carry the test runner's compiled helpers into the page.
  await page.addInitScript(
    `window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repository');`,
  );
  await page.goto(`${siteUrl}/admin/`);
  await page.evaluate(
    async (files: RepositoryFile[]) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
      // The editor checks that the chosen folder is a git repository's root.
      await root.getDirectoryHandle('.git', { create: true });
      for (const file of files) {
        const parts = file.path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    filesUnder(repository, 'content'),
  );
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByRole('treeitem', { name: /^Briefings/ }).waitFor();
  return page;
}

/** A file of the copy as the editor left it, or undefined when there is none. */
export async function readCopy(page: Page, file: string): Promise<Buffer | undefined> {
  const base64 = await page.evaluate(async (parts: string[]) => {
    try {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      const bytes = new Uint8Array(await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).arrayBuffer());
      return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
    } catch {
      return undefined;
    }
  }, file.split('/'));
  return base64 === undefined ? undefined : Buffer.from(base64, 'base64');
}

/** The editor draws an entry's fields as they scroll into view: scrolls its form to the end. */
export async function showAllFields(page: Page): Promise<void> {
  const form = page.getByRole('group', { name: /^Edit .*Content$/ });
  for (let before = -1, after = 0; before !== after;) {
    before = await form.evaluate((el) => el.querySelectorAll('[role="group"]').length);
    await form.hover();
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(200);
    after = await form.evaluate((el) => el.querySelectorAll('[role="group"]').length);
  }
}
