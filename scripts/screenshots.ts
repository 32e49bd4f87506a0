/**
 * `npm run docs:screenshots`: refreshes the publishing guide's screenshots from the built site (run `npm run build` first):
 * pages of the site, then the web editor at `/admin/` working on a copy of this repository's content.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { launch } from '../tests/support/browser';
import { openEditorOnCopy, showAllFields } from '../tests/support/editor';
import { serve } from '../tests/support/server';

const shots = [
  { path: '/case-studies/southend-complex-needs-panel/', file: 'docs/images/case-study.png', width: 1100, height: 1150 },
  {
    path: '/briefings/strengthening-probation-consultation-response/',
    file: 'docs/images/briefing-on-a-phone.png',
    width: 360,
    height: 780,
  },
];

const editorSize = { width: 1280, height: 800 };

/** A screenshot of the editor: the file it is saved to, and the steps that bring the screen to show. */
interface EditorShot {
  file: string;
  show: (page: Page) => Promise<void>;
}

/** The sign-in screen, then its access-token form: before the editor has a repository. */
const signInShots: EditorShot[] = [
  { file: 'docs/images/editor-sign-in.png', show: (page) => page.getByRole('button', { name: 'Sign In Using Access Token' }).waitFor() },
  { file: 'docs/images/editor-access-token.png', show: (page) => page.getByRole('button', { name: 'Sign In Using Access Token' }).click() },
];

/** The editor's screens in the order the guide walks through them; each step carries on from the one before. */
const editorShots: EditorShot[] = [
  // The editor opens at the first collection's list: the briefings.
  { file: 'docs/images/editor-briefings.png', show: async () => {} },
  {
    file: 'docs/images/editor-new-briefing.png',
    show: async (page) => {
      await page.getByRole('button', { name: 'New' }).click();
      await page.getByRole('textbox', { name: 'Title' }).fill('Example briefing');
      await page.getByRole('textbox', { name: 'Summary' }).fill('One or two sentences on what the briefing covers.');
      // A fixed date, so the picture changes only when the editor does.
      await page.getByRole('textbox', { name: 'Published' }).fill('2026-12-01');
      const topics = page.getByRole('combobox', { name: 'Topics' });
      await topics.click();
      await page.getByRole('option').first().click();
      await topics.click();
    },
  },
  {
    file: 'docs/images/editor-chart.png',
    show: async (page) => {
      await page.keyboard.press('Escape');
      await showAllFields(page);
      await page.getByRole('textbox', { name: 'Body' }).click();
      await page.getByRole('button', { name: 'Insert' }).click();
      await page.getByRole('menuitem', { name: 'Chart' }).click();
      const dataset = page.getByRole('combobox', { name: 'Dataset' });
      await dataset.click();
      await page.getByRole('option').first().click();
      await dataset.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    },
  },
  {
    file: 'docs/images/editor-errors.png',
    show: async (page) => {
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('button', { name: 'Show Errors' }).click();
      await page.getByRole('heading', { name: 'Validation' }).waitFor();
    },
  },
];

async function take(page: Page, shot: EditorShot) {
  await shot.show(page);
  // Lets the editor finish drawing after the last step.
  await page.waitForTimeout(500);
  await page.screenshot({ path: shot.file });
  console.log(`Wrote ${shot.file}`);
}

const server = await serve(`${process.cwd()}/dist`);
const browser = await launch();
try {
  fs.mkdirSync('docs/images', { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: 'light' });
    await page.goto(server.url + shot.path);
    await page.screenshot({ path: shot.file });
    await page.close();
    console.log(`Wrote ${shot.file}`);
  }
  // British English, as staff's browsers are: dates show day first.
  const signIn = await browser.newPage({ viewport: editorSize, colorScheme: 'light', locale: 'en-GB' });
  await signIn.goto(`${server.url}/admin/`);
  for (const shot of signInShots) await take(signIn, shot);
  const editor = await openEditorOnCopy(browser, server.url, process.cwd());
  await editor.setViewportSize(editorSize);
  await editor.emulateMedia({ colorScheme: 'light' });
  for (const shot of editorShots) await take(editor, shot);
} finally {
  await browser.close();
  await server.close();
}
