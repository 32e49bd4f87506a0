import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputDir, root, type BuildResult } from '../support/build';

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
