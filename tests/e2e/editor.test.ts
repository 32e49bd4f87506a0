import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContent } from '../../src/lib/check/validate';
import { loadTaxonomies } from '../../src/lib/content/taxonomies';
import { loadDatasets } from '../../src/lib/datasets/load';
import { axeViolations } from '../support/axe';
import { launch } from '../support/browser';
import { buildSiteAsync, outputDir, root } from '../support/build';
import { openEditorOnCopy, readCopy, showAllFields } from '../support/editor';
import { serve } from '../support/server';

const contentDir = path.join(root, 'content');
const { taxonomies } = loadTaxonomies(contentDir, root);
const [dataset] = loadDatasets(contentDir, root).datasets;
const heroImage = path.join(root, 'docs/images/case-study.png');

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
beforeAll(async () => {
  server = await serve(inject('siteDir'));
  browser = await launch();
  page = await openEditorOnCopy(browser, server.url, root);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the editor has written `file` differently from `before`, and returns it. */
async function saved(file: string, before?: string): Promise<string> {
  const text = async () => (await readCopy(page, file))?.toString('utf8');
  await expect.poll(text, { timeout: 20_000 }).not.toBe(before);
  return (await text())!;
}

/**
 * Opens an existing entry (`<collection>/<file>` under content/), makes a change and saves it: the lines that differ
 * from the file in the repository, which must have as many lines as before.
 */
async function edit(entry: string, change: () => Promise<void>): Promise<{ line: number; before: string; after: string }[]> {
  const file = `content/${entry}`;
  const before = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  await page.goto(`${server.url}/admin/#/collections/${entry.replace(/\.mdx$/, '').replace('/', '/entries/')}`);
  await page.getByRole('textbox', { name: 'Title' }).waitFor();
  await change();
  await page.getByRole('button', { name: 'Save' }).click();
  const after = (await saved(file, before.join('\n'))).split('\n');
  expect(after).toHaveLength(before.length);
  return before.flatMap((line, i) => (line === after[i] ? [] : [{ line: i + 1, before: line, after: after[i] }]));
}

describe('the web editor, over a copy of the repository in Chromium', () => {
  it('creates a briefing with two topics, a chart and a hero image that passes the check and builds into a page with that chart', async () => {
    const [first, second] = taxonomies.topics.map((t) => t.name);
    await page.goto(`${server.url}/admin/#/collections/briefings/new`);
    await page.getByRole('textbox', { name: 'Title' }).fill('Written in the editor');
    await page.getByRole('textbox', { name: 'Summary' }).fill('A briefing made by the end-to-end test of the web editor.');
    await page.getByRole('textbox', { name: 'Published' }).fill('2026-11-30');
    for (const topic of [first, second]) {
      await page.getByRole('combobox', { name: 'Topics' }).click();
      await page.getByRole('option', { name: topic, exact: true }).click();
    }
    await showAllFields(page);
    const sources = page.getByRole('group', { name: /Sources.+Field/ });
    await sources.getByRole('button', { name: /^Add / }).click();
    await sources.getByRole('textbox', { name: 'Title' }).fill('A report');
    await sources.getByRole('textbox', { name: 'Publisher' }).fill('A publisher');
    await sources.getByRole('textbox', { name: 'Date' }).fill('2020-06');
    // A hero image, uploaded through the editor's image picker.
    await page.getByRole('checkbox', { name: /^Add .Image/ }).check();
    const image = page.getByRole('group', { name: /Image.+Field/ }).first();
    await image.getByRole('button', { name: 'Browse' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('dialog').getByRole('button', { name: 'Upload' }).click();
    await (await chooser).setFiles(heroImage);
    await page.getByRole('dialog').getByRole('button', { name: 'Insert' }).click();
    await image.getByRole('textbox', { name: 'Alternative text' }).fill('A case study page on a wide screen.');
    await image.getByRole('textbox', { name: 'Credit' }).fill('Joined Up');
    await page.getByRole('radiogroup', { name: 'Briefing type' }).getByRole('radio').first().check();
    await page.getByRole('textbox', { name: 'Body' }).click();
    // Characters MDX would read as a tag or code, typed as text.
    await page.keyboard.type('Costs rose by < 5% {in real terms}. The figures below come from the dataset.');
    await page.getByRole('button', { name: 'Insert' }).click();
    await page.getByRole('menuitem', { name: 'Chart' }).click();
    await page.getByRole('combobox', { name: 'Dataset' }).click();
    await page.getByRole('option', { name: dataset.meta.title, exact: true }).click();
    // The preview shows the chart once the form's choice has reached the entry.
    await page.getByRole('document', { name: 'Content Preview' }).getByText(`Chart: ${dataset.meta.title}`).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();

    const file = await saved('content/briefings/written-in-the-editor.mdx');
    expect(file).toContain(`<Chart dataset="${dataset.id}"`);
    // Inside the project: the build resolves MDX modules from within it.
    const copy = path.join(outputDir, 'editor-content');
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(contentDir, copy, { recursive: true });
    fs.writeFileSync(path.join(copy, 'briefings/written-in-the-editor.mdx'), file);
    const imageFile = `briefings/images/${path.basename(heroImage)}`;
    expect(file).toMatch(new RegExp(`^  src: ./images/${path.basename(heroImage)}$`, 'm'));
    fs.mkdirSync(path.join(copy, 'briefings/images'), { recursive: true });
    fs.writeFileSync(path.join(copy, imageFile), (await readCopy(page, `content/${imageFile}`))!);
    const errors = validateContent(copy, root).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    const build = await buildSiteAsync('editor', copy);
    expect(build.ok, build.output).toBe(true);
    const html = fs.readFileSync(path.join(build.outDir, 'briefings/written-in-the-editor/index.html'), 'utf8');
    expect(html).toContain(`id="chart-${dataset.id}"`);
    expect(html).toContain('Costs rose by &lt; 5% {in real terms}.');
    expect(html).toContain('alt="A case study page on a wide screen."');
  });

  it('changes a case study’s strength of evidence without changing any other line', async () => {
    const name = fs.readdirSync(path.join(contentDir, 'case-studies')).find((f) => f.endsWith('.mdx'))!;
    const changed = await edit(`case-studies/${name}`, async () => {
      await showAllFields(page);
      await page.getByRole('radiogroup', { name: 'Evidence strength' }).getByRole('radio', { checked: false }).first().check();
    });
    expect(changed).toHaveLength(1);
    expect(changed[0].before).toMatch(/^evidenceStrength: /);
    expect(changed[0].after).toMatch(/^evidenceStrength: [a-z-]+$/);
    expect(changed[0].after).not.toBe(changed[0].before);
  });

  it('keeps every chart, table and link of an entry’s body when another field changes', async () => {
    const name = fs
      .readdirSync(path.join(contentDir, 'briefings'))
      .find((f) => fs.readFileSync(path.join(contentDir, 'briefings', f), 'utf8').includes('<Chart'))!;
    const changed = await edit(`briefings/${name}`, () =>
      page
        .getByRole('textbox', { name: 'Summary' })
        .press('End')
        .then(() => page.keyboard.type(' Edited.')),
    );
    expect(changed).toEqual([
      { line: expect.any(Number), before: expect.stringMatching(/^summary: /), after: expect.stringMatching(/^summary: .* Edited\.'?$/) },
    ]);
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations on a list of entries and a new entry’s form, in %s mode',
    async (colorScheme) => {
      // Axe is added to the page as a script, which only a context that bypasses the CSP allows.
      const checked = await openEditorOnCopy(browser, server.url, root, { bypassCSP: true, colorScheme });
      await checked.goto(`${server.url}/admin/#/collections/case-studies`);
      await checked.getByRole('grid', { name: 'Entries' }).waitFor();
      expect(await axeViolations(checked, { impacts: ['serious', 'critical'] })).toEqual([]);
      await checked.goto(`${server.url}/admin/#/collections/briefings/new`);
      await checked.getByRole('textbox', { name: 'Title' }).waitFor();
      await showAllFields(checked);
      expect(await axeViolations(checked, { impacts: ['serious', 'critical'] })).toEqual([]);
      await checked.context().close();
    },
  );
});
