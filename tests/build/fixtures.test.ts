import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/dist';
import { buildSite, root, type BuildResult } from '../support/build';

const fixture = (name: string) => path.join(root, 'tests/fixtures', name, 'content');
const allText = (dir: string) =>
  listFiles(dir)
    .filter((f) => /\.(html|xml|txt|bib|ris)$/.test(f))
    .map((f) => `${f}\n${fs.readFileSync(path.join(dir, f), 'utf8')}`)
    .join('\n');

// The drafts fixture built as of two days: today, and after its scheduled post's date.
let today: BuildResult;
let later: BuildResult;
beforeAll(() => {
  today = buildSite('drafts-today', fixture('drafts'), { BUILD_DATE: '2026-11-24' });
  later = buildSite('drafts-2030', fixture('drafts'), { BUILD_DATE: '2030-06-01' });
});

describe('drafts and scheduled entries', () => {

  it('builds', () => {
    expect(today.ok, today.output).toBe(true);
    expect(later.ok, later.output).toBe(true);
  });

  it('leaves drafts out of every page, feed, sitemap and citation file', () => {
    const text = allText(today.outDir);
    expect(text).toContain('A published briefing');
    expect(text).not.toContain('secret-draft');
    expect(text).not.toContain('A secret draft');
    // Its organisation page exists but lists nothing.
    expect(fs.readFileSync(path.join(today.outDir, 'organisations/meam/index.html'), 'utf8')).toContain('Nothing is tagged with this organisation yet.');
  });

  it('holds a future-dated entry back until its date', () => {
    expect(allText(today.outDir)).not.toContain('scheduled-post');
    expect(fs.existsSync(path.join(later.outDir, 'posts/scheduled-post/index.html'))).toBe(true);
    expect(fs.readFileSync(path.join(later.outDir, 'posts/rss.xml'), 'utf8')).toContain('/posts/scheduled-post/');
    expect(fs.readFileSync(path.join(later.outDir, 'sitemap-0.xml'), 'utf8')).toContain('/posts/scheduled-post/');
  });
});

describe('corrections, moved entries and images', () => {
  const read = (file: string) => fs.readFileSync(path.join(today.outDir, file), 'utf8');

  it('shows what changed on the entry, in its JSON-LD and in the feeds', () => {
    const html = read('briefings/published-briefing/index.html');
    const doc = parseHTML(html).document;
    expect(doc.querySelector('.meta')?.textContent).toContain('Updated 1 February 2026 (what changed)');
    expect(doc.querySelector('#page-updates')?.closest('section')?.textContent).toContain('1 February 2026Corrected the year of the source document.');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.dateModified).toBe('2026-02-01');
    expect(ld.correction).toEqual([{ '@type': 'CorrectionComment', text: 'Corrected the year of the source document.', datePublished: '2026-02-01' }]);
    for (const feed of ['rss.xml', 'briefings/rss.xml']) {
      expect(read(feed)).toContain('&lt;li&gt;1 February 2026: Corrected the year of the source document.&lt;/li&gt;');
    }
  });

  it('keeps an old address working: a redirect page with a canonical link, a _redirects rule, and no sitemap entry', () => {
    const doc = parseHTML(read('briefings/old-briefing-address/index.html')).document;
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0;url=/briefings/published-briefing/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://joined-up.example/briefings/published-briefing/');
    expect(read('_redirects')).toBe('/briefings/old-briefing-address/ /briefings/published-briefing/ 301\n');
    expect(read('sitemap-0.xml')).not.toContain('old-briefing-address');
  });

  it('sends the hero image through the image pipeline: modern format, sizes, width and height, credit, preview image', () => {
    const doc = parseHTML(read('briefings/published-briefing/index.html')).document;
    const img = doc.querySelector('.hero img')!;
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/hero\.[\w-]+\.webp$/);
    expect(img.getAttribute('srcset')).toMatch(/480w, .*800w, .*1200w/);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900']);
    expect(img.getAttribute('alt')).toBe('A plain green rectangle used as a test image.');
    expect(doc.querySelector('.hero figcaption')?.textContent).toBe('Image: Generated for the tests');
    const og = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(fs.existsSync(path.join(today.outDir, new URL(og).pathname))).toBe(true);
  });
});

describe('a build over bad content', () => {
  let bad: BuildResult;
  beforeAll(() => {
    bad = buildSite('bad-entry', fixture('bad-entry'));
  });

  it('fails, naming the file, line and field of an unknown topic, a missing summary, missing alt text and a glossary item without a definition', () => {
    expect(bad.ok).toBe(false);
    const file = 'tests/fixtures/bad-entry/content/briefings/three-problems.mdx';
    expect(bad.output).toContain(`${file}:2  summary: missing required field "summary"`);
    expect(bad.output).toContain(`${file}:4  topics[1]: unknown topic "no-such-topic". Use one of: probation; or add it to content/topics.yml`);
    expect(bad.output).toContain(`${file}:9  image.alt: missing required field "alt"`);
    expect(bad.output).toContain('tests/fixtures/bad-entry/content/glossary.yml:2  [0].definition: add a short definition: one or two plain sentences');
    expect(bad.output).toContain('4 errors, 0 warnings');
    expect(fs.existsSync(path.join(bad.outDir, 'index.html'))).toBe(false);
  });
});

describe('search metadata', () => {
  let built: BuildResult;
  beforeAll(() => {
    built = buildSite('search-metadata', fixture('search-metadata'));
  });

  it('gives search the entry’s image and alt text, and expands the glossary acronym once', () => {
    expect(built.ok, built.output).toBe(true);
    const html = fs.readFileSync(path.join(built.outDir, 'briefings/with-image/index.html'), 'utf8');
    expect(html).toMatch(/data-pagefind-meta="image:\/_astro\/square\.[^"]+\.webp"/);
    expect(html).toContain('data-pagefind-meta="image_alt:A small square"');
    expect(html.match(/<abbr title="Community Rehabilitation Company">CRC<\/abbr>/g)).toHaveLength(1);
    expect(built.output).toMatch(/indexed 1 of \d+ pages/);
  });
});
