import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { caseStudyStatuses, evidenceRank, evidenceStrengths, evidenceStandard } from '../../src/schemas/case-study-facts';
import { parseYaml } from '../../src/lib/content/yaml';
import { root } from '../support/build';
import { page, sourceEntries } from '../support/site';

// What each case study's facts should read, worked out from the content folder, never from today's entries.
const siteDir = inject('siteDir');
const contentDir = path.join(root, 'content');
const caseStudies = sourceEntries(contentDir).filter((e) => e.collection === 'case-studies' && e.data.draft !== true);
const named = (list: string) => parseYaml(fs.readFileSync(path.join(contentDir, list), 'utf8')).data as { id: string; name: string }[];
const urlOf = (slug: string) => `/case-studies/${slug}/`;
const strengthName = (id: unknown) => evidenceStrengths.find((s) => s.id === id)!.name;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface Facts {
  period: { start: string; end: string };
  status: string;
  evidenceStrength: string;
  outcomes?: string[];
  scale?: string;
  needs: string[];
  approach: string[];
}
const factsOf = (e: (typeof caseStudies)[number]) => e.data as unknown as Facts;

describe('case-study key facts', () => {
  it('every case study shows its period, status and strength of evidence, with "not known" where the content says so', () => {
    expect(caseStudies.length).toBeGreaterThan(0);
    for (const c of caseStudies) {
      const facts = factsOf(c);
      const doc = page(siteDir, urlOf(c.slug));
      const dl = doc.querySelector('.key-facts dl')!;
      const value = (term: string) => {
        const dt = [...dl.querySelectorAll('dt')].find((d) => text(d) === term);
        expect(dt, `${c.slug}: no "${term}" in key facts`).toBeTruthy();
        return dt!.nextElementSibling!;
      };
      const period = text(value('Period'));
      if (facts.period.start === 'not-known') expect(period, c.slug).toMatch(/^Start not known/);
      if (facts.period.end === 'not-known') expect(period, c.slug).toContain('end not known');
      if (facts.period.end === 'ongoing') expect(period, c.slug).toContain('still going when the source was written');
      expect(text(value('Status'))).toBe(caseStudyStatuses.find((s) => s.id === facts.status)!.name);
      if (facts.status === 'not-known') expect(text(value('Status'))).toBe('Not known');
      const strength = value('Strength of evidence').querySelector('a')!;
      expect([text(strength), strength.getAttribute('href')]).toEqual([
        strengthName(facts.evidenceStrength),
        '/case-studies/evidence-strength/',
      ]);
      const outcomes = value('Outcomes reported');
      if (facts.outcomes?.length) expect([...outcomes.querySelectorAll('li')].map(text), c.slug).toEqual(facts.outcomes);
      else expect(text(outcomes), c.slug).toBe('None in the source');
      expect(text(value('Scale')), c.slug).toBe(facts.scale ?? 'Not known');
    }
  });

  it('finder cards and finder.json carry the strength of evidence and whether outcomes are reported', () => {
    const items = JSON.parse(fs.readFileSync(path.join(siteDir, 'case-studies/finder.json'), 'utf8')) as {
      url: string;
      facts: { evidenceStrength: { name: string }; outcomesReported: string; status: string; period: string };
    }[];
    const cards = [...page(siteDir, '/case-studies/').querySelectorAll('#finder-results .entry-list > li')];
    for (const c of caseStudies) {
      const item = items.find((i) => i.url === urlOf(c.slug))!;
      const reported = factsOf(c).outcomes?.length ? `Yes (${factsOf(c).outcomes!.length})` : 'None in the source';
      expect([item.facts.evidenceStrength.name, item.facts.outcomesReported]).toEqual([
        strengthName(factsOf(c).evidenceStrength),
        reported,
      ]);
      const card = cards.find((li) => li.querySelector('h2 a')?.getAttribute('href') === urlOf(c.slug));
      expect(text(card), c.slug).toContain(`Strength of evidence: ${strengthName(factsOf(c).evidenceStrength)}`);
      expect(text(card), c.slug).toContain(`Outcomes reported: ${reported}`);
    }
  });

  it('has a page per strength of evidence and per answer to "outcomes reported", listing exactly those case studies', () => {
    const listed = (p: string) => [...page(siteDir, p).querySelectorAll('.entry-list > li h2 a')].map((a) => a.getAttribute('href')).sort();
    for (const level of new Set(caseStudies.map((c) => factsOf(c).evidenceStrength))) {
      expect(listed(`/case-studies/evidence-strength/${level}/`)).toEqual(
        caseStudies
          .filter((c) => factsOf(c).evidenceStrength === level)
          .map((c) => urlOf(c.slug))
          .sort(),
      );
    }
    for (const answer of ['yes', 'no']) {
      const matching = caseStudies.filter((c) => Boolean(factsOf(c).outcomes?.length) === (answer === 'yes'));
      if (matching.length) expect(listed(`/case-studies/outcomes-reported/${answer}/`)).toEqual(matching.map((c) => urlOf(c.slug)).sort());
    }
  });

  it('explains the scale on its own page, naming the standard, with every level and how many case studies are at it', () => {
    const doc = page(siteDir, '/case-studies/evidence-strength/');
    expect(doc.querySelector(`a[href="${evidenceStandard.url}"]`)?.textContent).toBe(evidenceStandard.name);
    const levels = [...doc.querySelectorAll('.evidence-scale dt')].map(text);
    expect(levels).toEqual(evidenceStrengths.map((s) => s.name));
    for (const s of evidenceStrengths) {
      const n = caseStudies.filter((c) => factsOf(c).evidenceStrength === s.id).length;
      expect(text(doc.getElementById(s.id)?.nextElementSibling)).toContain(
        n ? `${n} case ${n === 1 ? 'study' : 'studies'} at this level` : 'No case studies',
      );
    }
  });
});

describe('the evidence and gap map', () => {
  it('gives each cell the case studies with that approach and need and the strongest evidence among them, and says how many are empty', () => {
    const doc = page(siteDir, '/case-studies/');
    const table = [...doc.querySelectorAll('table')].find((t) => text(t.querySelector('caption')).startsWith('Case studies by approach'))!;
    const needs = named('needs.yml');
    const approaches = named('approaches.yml');
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(approaches.length);
    let empty = 0;
    approaches.forEach((approach, r) => {
      const cells = [...rows[r].querySelectorAll('td')];
      needs.forEach((need, c) => {
        const inCell = caseStudies.filter((s) => factsOf(s).approach.includes(approach.id) && factsOf(s).needs.includes(need.id));
        const cell = cells[c];
        if (!inCell.length) {
          empty++;
          expect(text(cell), `${approach.id} × ${need.id}`).toBe('No case studies');
          return;
        }
        const strongest = inCell.map((s) => factsOf(s).evidenceStrength).sort((a, b) => evidenceRank(b) - evidenceRank(a))[0];
        expect(text(cell.querySelector('a')), `${approach.id} × ${need.id}`).toMatch(new RegExp(`^${inCell.length} case stud`));
        expect(text(cell.querySelector('.cell-evidence'))).toBe(`Strongest evidence: ${strengthName(strongest)}`);
      });
    });
    expect(text(doc.querySelector('#gap-map-heading')?.parentElement)).toContain(
      `${empty} of the ${needs.length * approaches.length} cells are empty`,
    );
  });
});

describe('the compare page', () => {
  const doc = page(siteDir, '/case-studies/compare/');
  const table = doc.querySelector('table#compare')!;
  const headers = [...table.querySelectorAll('thead th[scope=col]')].map(text);
  const bodyRows = [...table.querySelectorAll('tbody tr')];
  const cell = (row: Element, label: string) => text(row.querySelectorAll('th, td:not(.no-print)')[headers.indexOf(label)]);

  it('has a row per case study, headed by its title, with the facts the content gives', () => {
    expect(text(table.querySelector('caption'))).toBe(
      `Key facts of ${caseStudies.length} case ${caseStudies.length === 1 ? 'study' : 'studies'}`,
    );
    expect(bodyRows.map((r) => r.querySelector('th[scope=row] a')?.getAttribute('href')).sort()).toEqual(
      caseStudies.map((c) => urlOf(c.slug)).sort(),
    );
    for (const c of caseStudies) {
      const row = bodyRows.find((r) => r.getAttribute('data-id') === c.slug)!;
      expect(cell(row, 'Case study')).toBe(c.data.title);
      expect(cell(row, 'Strength of evidence')).toBe(strengthName(factsOf(c).evidenceStrength));
      expect(cell(row, 'Status')).toBe(caseStudyStatuses.find((s) => s.id === factsOf(c).status)!.name);
      expect(cell(row, 'Scale')).toBe(factsOf(c).scale ?? 'Not known');
      expect(row.querySelector('input[type=checkbox][name=ids]')?.getAttribute('value')).toBe(c.slug);
    }
  });

  it('offers the same table as a CSV download', () => {
    const href = doc.querySelector('a[download]')!.getAttribute('href')!;
    const csv = parse(fs.readFileSync(path.join(siteDir, href), 'utf8')) as string[][];
    expect(csv[0]).toEqual([...headers, 'Address']);
    expect(csv.slice(1).map((r) => r.slice(0, -1))).toEqual(bodyRows.map((row) => headers.map((h) => cell(row, h))));
  });
});
