import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputDir, root, type BuildResult } from '../support/build';
import { launch } from '../support/browser';
import { serve } from '../support/server';

// 45 posts: the listing splits into pages of 20, newest first.
const contentDir = path.join(outputDir, 'many-posts-content');
let site: BuildResult;

beforeAll(() => {
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'tests/fixtures/drafts/content'), contentDir, { recursive: true });
  fs.rmSync(path.join(contentDir, 'posts'), { recursive: true });
  fs.mkdirSync(path.join(contentDir, 'posts'));
  for (let i = 1; i <= 45; i++) {
    const day = String(i).padStart(2, '0');
    const published = `2026-${i <= 28 ? '01' : '02'}-${i <= 28 ? day : String(i - 28).padStart(2, '0')}`;
    fs.writeFileSync(
      path.join(contentDir, 'posts', `post-${day}.md`),
      `---\ntitle: Post ${day}\nsummary: Post number ${i}.\npublished: ${published}\ntopics: [probation]\nsources:\n  - title: A source\n    publisher: A publisher\n    date: "2025"\npostType: news\n---\n\nText.\n`,
    );
  }
  site = buildSite('many-posts', contentDir, { BUILD_DATE: '2026-11-24' });
});

const titles = (file: string) => {
  const { document } = parseHTML(fs.readFileSync(path.join(site.outDir, file), 'utf8'));
  return {
    titles: [...document.querySelectorAll('.entry-list h2 a')].map((a) => a.textContent),
    prev: document.querySelector('a[rel="prev"]')?.getAttribute('href'),
    next: document.querySelector('a[rel="next"]')?.getAttribute('href'),
    status: document.querySelector('.pagination li:not(:has(a))')?.textContent,
  };
};

describe('listing pages', () => {
  it('builds', () => expect(site.ok, site.output).toBe(true));

  it('splits 45 entries into pages of 20, newest first, linked to each other', () => {
    const first = titles('posts/index.html');
    expect(first.titles).toHaveLength(20);
    expect(first.titles[0]).toBe('Post 45');
    expect(first.prev).toBeUndefined();
    expect(first.next).toBe('/posts/2/');
    const second = titles('posts/2/index.html');
    expect(second.titles[0]).toBe('Post 25');
    expect([second.prev, second.next]).toEqual(['/posts/', '/posts/3/']);
    const third = titles('posts/3/index.html');
    expect(third.titles).toEqual(['Post 05', 'Post 04', 'Post 03', 'Post 02', 'Post 01']);
    expect(third.next).toBeUndefined();
    expect(third.status).toBe('Page 3 of 3');
  });
});

describe('topic pages', () => {
  it('show the newest 10 of each type and link to a search for all of them, which finds them all', async () => {
    const { document } = parseHTML(fs.readFileSync(path.join(site.outDir, 'topics/probation/index.html'), 'utf8'));
    const posts = document.querySelector('section[aria-labelledby="group-posts"]')!;
    expect([...posts.querySelectorAll('.entry-list h3 a')].map((a) => a.textContent)).toEqual([
      'Post 45',
      'Post 44',
      'Post 43',
      'Post 42',
      'Post 41',
      'Post 40',
      'Post 39',
      'Post 38',
      'Post 37',
      'Post 36',
    ]);
    const seeAll = posts.querySelector('.entry-list + p a')!;
    expect(seeAll.textContent).toBe('See all 45 posts on Probation');
    // Only one briefing: no link.
    expect(document.querySelector('section[aria-labelledby="group-briefings"] .entry-list + p')).toBeNull();

    const server = await serve(site.outDir);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}${seeAll.getAttribute('href')}`);
      await page.waitForFunction(() => /results/.test(document.querySelector('#search-status')?.textContent ?? ''));
      await expect(page.textContent('#search-status')).resolves.toBe('45 results with 2 filters');
      await expect(page.locator('#search-results h2 a').first().textContent()).resolves.toBe('Post 45');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
