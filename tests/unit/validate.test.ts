import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/check/problems';
import { validateContent } from '../../src/lib/check/validate';
import { tempDir } from '../support/temp';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const root = path.resolve(import.meta.dirname, '../..');

/** A throwaway content folder: the drafts fixture's lists plus the files given. */
function contentWith(files: Record<string, string>): string {
  const dir = tempDir('content');
  for (const list of fs.readdirSync(path.join(fixtures, 'drafts/content')).filter((f) => f.endsWith('.yml'))) {
    fs.copyFileSync(path.join(fixtures, 'drafts/content', list), path.join(dir, list));
  }
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const validBriefing = `---
title: Good
summary: A good entry.
published: 2026-01-10
topics: [probation]
sources:
  - title: Doc
    publisher: Pub
    date: "2025-03"
briefingType: evidence
---

Body.
`;

describe('validateContent', () => {
  it('accepts the real content with no problems', () => {
    expect(formatProblems(validateContent(path.join(root, 'content'), root).problems)).toBe('0 errors, 0 warnings');
  });

  it('reports an unknown topic, a missing summary, missing alt text and a bad glossary item together, each with file, line and field', () => {
    const problems = validateContent(path.join(fixtures, 'bad-entry/content'), root).problems;
    const file = 'tests/fixtures/bad-entry/content/briefings/three-problems.mdx';
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file,
          field: 'summary',
          line: 2,
          message: expect.stringMatching(/^missing required field "summary": One or two sentences/),
        }),
        expect.objectContaining({
          file,
          field: 'topics[1]',
          line: 4,
          message: expect.stringContaining('unknown topic "no-such-topic". Use one of: probation'),
        }),
        // Reported at the `image:` line, where the missing `alt:` belongs.
        expect.objectContaining({
          file,
          field: 'image.alt',
          line: 9,
          message: 'missing required field "alt": Text alternative: what the image shows, for people who cannot see it.',
        }),
        expect.objectContaining({ file: 'tests/fixtures/bad-entry/content/glossary.yml', field: '[0].definition', line: 2 }),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('checks `supersededBy` like a link: it must name another published entry', () => {
    const newer = (address: string) => validBriefing.replace('briefingType:', `supersededBy: ${address}\nbriefingType:`);
    const dir = contentWith({
      'briefings/good.mdx': validBriefing,
      'briefings/gone.mdx': newer('/briefings/no-such-entry/'),
      'briefings/self.mdx': newer('/briefings/self/'),
      'briefings/fine.mdx': newer('/briefings/good/'),
      'briefings/not-an-entry.mdx': newer('/topics/probation/'),
    });
    const messages = validateContent(dir, dir).problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`);
    expect(messages).toHaveLength(3);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^briefings\/gone\.mdx:10 supersededBy link to \/briefings\/no-such-entry\/: no entry at/),
        expect.stringMatching(
          /^briefings\/not-an-entry\.mdx:10 supersededBy write the address of a newer entry, e\.g\. \/briefings\/new-name\//,
        ),
        expect.stringMatching(/^briefings\/self\.mdx:10 supersededBy link to \/briefings\/self\/: an entry cannot be superseded by itself/),
      ]),
    );
  });

  it('names a misspelt field and lists the allowed ones', () => {
    const dir = contentWith({ 'briefings/typo.mdx': validBriefing.replace('summary:', 'sumary:') });
    const messages = validateContent(dir, dir).problems.map((p) => `${p.line} ${p.field ?? ''} ${p.message}`);
    expect(messages).toContain(
      '3  unknown field "sumary": check the spelling. Allowed fields: title, summary, published, updated, topics, organisations, sources, evidenceDate, supersededBy, image, changes, redirectFrom, acronyms, draft, briefingType.',
    );
  });

  it('rejects impossible dates, bad source dates, updated before published and an unknown choice', () => {
    const text = validBriefing
      .replace('published: 2026-01-10', 'published: 2026-02-30\nupdated: 2025-01-01')
      .replace('date: "2025-03"', 'date: "March 2025"')
      .replace('briefingType: evidence', 'briefingType: memo');
    const problems = validateContent(contentWith({ 'briefings/dates.mdx': text }), os.tmpdir()).problems;
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    expect(byField.published).toBe('is not a real calendar date');
    expect(byField['sources[0].date']).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(byField.briefingType).toBe(
      '"memo" is not allowed. Use one of: consultation-response, evidence, policy-briefing, research-briefing',
    );
  });

  it('catches updated before published', () => {
    const problems = validateContent(
      contentWith({ 'briefings/u.mdx': validBriefing.replace('published: 2026-01-10', 'published: 2026-01-10\nupdated: 2025-12-31') }),
    ).problems;
    expect(problems).toEqual([
      expect.objectContaining({ field: 'updated', line: 5, message: '`updated` is before `published`; check both dates' }),
    ]);
  });

  it('finds duplicate slugs, bad file names, YAML syntax errors and body images without alt text', () => {
    const dir = contentWith({
      'briefings/same.md': validBriefing,
      'briefings/same.mdx': validBriefing,
      'briefings/Bad Name.mdx': validBriefing,
      'posts/broken-yaml.mdx': '---\ntitle: [unclosed\n---\n',
      'briefings/body-image.mdx': `${validBriefing}\n![](chart.png)\n\n<img src="x.png" />\n`,
    });
    const lines = validateContent(dir, dir).problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^briefings\/same\.md: duplicate slug "same"/),
        expect.stringMatching(/^briefings\/same\.mdx: duplicate slug "same"/),
        expect.stringMatching(/^briefings\/Bad Name\.mdx: file name "Bad Name" is not a valid slug/),
        expect.stringMatching(/^posts\/broken-yaml\.mdx:2 YAML syntax/),
        'briefings/body-image.mdx:15 image without alt text: write what it shows inside the square brackets before the file name',
        'briefings/body-image.mdx:17 <img> is not allowed: write an image in Markdown, an exclamation mark, the alt text in square brackets, then the file in round brackets',
      ]),
    );
  });

  it('reports problems in the controlled lists themselves', () => {
    const dir = contentWith({
      'topics.yml': '- id: probation\n  name: Probation\n- id: Probation Two\n  name: Two\n- id: probation\n  name: Again\n',
    });
    const lines = validateContent(dir, dir).problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^topics\.yml:3 \[1\]\.id use lower-case letters/),
      'topics.yml:5 [2].id duplicate id "probation": each id must appear once',
    ]);
  });
});

const validCaseStudy = validBriefing.replace(
  'briefingType: evidence\n',
  `area: Somewhere
region: example
needs: [example]
approach: [example]
partners: [meam]
population: Adults
period:
  start: "2016-04"
  end: ongoing
status: running
contact: meam
evidenceStrength: description-only
`,
);

describe('case-study facts', () => {
  const problemsOf = (frontmatter: string) =>
    validateContent(contentWith({ 'case-studies/c.mdx': frontmatter })).problems.map((p) => `${p.line} ${p.field}: ${p.message}`);

  it('accepts partial dates, "ongoing", "not-known" and a contact by name', () => {
    expect(problemsOf(validCaseStudy)).toEqual([]);
    expect(problemsOf(validCaseStudy.replace('"2016-04"', 'not-known').replace('ongoing', '"2018"'))).toEqual([]);
    expect(
      problemsOf(validCaseStudy.replace('status: running', 'status: not-known').replace('contact: meam', 'contactName: A trust')),
    ).toEqual([]);
  });

  it('names the field, its line and the allowed values for a wrong status, strength, date or contact, all at once', () => {
    const problems = problemsOf(
      validCaseStudy
        .replace('"2016-04"', '"spring 2016"')
        .replace('status: running', 'status: closed')
        .replace('contact: meam', 'contact: nobody')
        .replace('evidenceStrength: description-only', 'evidenceStrength: strong'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^17 period\.start: write the start as "YYYY", "YYYY-MM" or "YYYY-MM-DD".* or "not-known"$/),
      expect.stringMatching(/^19 status: "closed" is not allowed\. Use one of: running, ended, not-known$/),
      expect.stringMatching(/^20 contact: .*unknown organisation "nobody"/),
      expect.stringMatching(
        /^21 evidenceStrength: "strong" is not allowed\. Use one of: description-only, change-measured, comparison-group, independent-evaluation/,
      ),
    ]);
  });

  it('refuses a contact given both as a listed organisation and by name', () => {
    expect(problemsOf(validCaseStudy.replace('contact: meam', 'contact: meam\ncontactName: A trust'))).toEqual([
      '21 contactName: give `contact` (a listed organisation) or `contactName`, not both',
    ]);
  });

  it('refuses a case study whose address is one of the site’s own pages', () => {
    const dir = contentWith({ 'case-studies/compare.mdx': validCaseStudy });
    expect(validateContent(dir, dir).problems.map((p) => p.message)).toEqual([
      'slug "compare": the site\'s own page /case-studies/compare/ has this address; rename the file',
    ]);
  });

  it('requires the period, status and strength of evidence, and an end after the start', () => {
    const missing = problemsOf(validCaseStudy.replace(/period:[\s\S]*evidenceStrength: description-only\n/, ''));
    expect(missing.map((p) => p.split(':')[0])).toEqual(['2 period', '2 status', '2 evidenceStrength']);
    expect(problemsOf(validCaseStudy.replace('ongoing', '"2015"'))).toEqual([
      expect.stringMatching(/^18 period\.end: the end is before the start/),
    ]);
  });
});
