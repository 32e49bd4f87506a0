/**
 * A deterministic synthetic corpus for `npm run bench`: a complete content folder (the real controlled lists,
 * entries of all four types, datasets for the charts) that passes `npm run check`. Same seed, same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { collectionNames, type CollectionName } from '../../src/lib/content/types';
import { parse as parseYaml } from 'yaml';
import { prng, type Random } from './prng';
import { caseStudyStatusIds, evidenceStrengthIds } from '../../src/schemas/case-study-facts';

export interface CorpusOptions {
  /** `.md` entries cannot hold components, so an `md` corpus has no charts. */
  format?: 'mdx' | 'md';
  seed?: number;
  /** Where the controlled lists are copied from. */
  listsFrom?: string;
}

export interface CorpusSummary {
  entries: number;
  byCollection: Record<CollectionName, number>;
  charts: number;
  words: number;
  /** An entry with a chart and one without, for the per-page measurements. */
  sample: { entry: string; chartEntry?: string };
}

const root = path.resolve(import.meta.dirname, '../..');
const listFiles = ['topics', 'organisations', 'regions', 'needs', 'approaches', 'programmes', 'glossary', 'synonyms'];
/** Roughly the mix of the real archive: mostly briefings and case studies. */
const proportions: Record<CollectionName, number> = { briefings: 0.35, 'case-studies': 0.3, inspections: 0.1, posts: 0.25 };
const WORDS_PER_ENTRY = 1250;
const CHART_SHARE = 0.05;
/** Every entry is published before this day, so the bench builds with BUILD_DATE after it. */
export const CORPUS_LAST_DAY = '2026-10-31';
/** The day after, to build with: every entry is published and the output does not depend on today. */
export const CORPUS_BUILD_DATE = new Date(Date.parse(`${CORPUS_LAST_DAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const vocabulary = {
  nouns: [
    'service',
    'partnership',
    'commissioner',
    'outreach worker',
    'probation officer',
    'housing team',
    'treatment service',
    'panel',
    'council',
    'hostel',
    'prison',
    'court',
    'caseworker',
    'peer mentor',
    'charity',
    'health board',
    'referral',
    'assessment',
    'tenancy',
    'budget',
    'contract',
    'review',
    'pathway',
    'navigator',
    'family',
    'CRC',
    'NPS',
    'PCC',
    'HMPPS team',
  ],
  verbs: [
    'supports',
    'funds',
    'reviews',
    'coordinates',
    'reports',
    'changes',
    'improves',
    'shares',
    'tracks',
    'assesses',
    'extends',
    'reduces',
    'plans',
    'agrees',
    'questions',
  ],
  adjectives: [
    'local',
    'joint',
    'flexible',
    'specialist',
    'trauma-informed',
    'long-term',
    'short',
    'shared',
    'regular',
    'new',
    'community',
    'national',
    'rural',
    'urban',
    'stable',
  ],
  objects: [
    'people facing multiple disadvantage',
    'women leaving prison',
    'people sleeping rough',
    'people in treatment',
    'young adults',
    'staff across agencies',
    'the local area',
    'frontline workers',
    'people on licence',
    'families and carers',
  ],
  linkers: ['because', 'while', 'so that', 'although', 'after', 'before', 'when', 'where'],
  headings: [
    'Background',
    'What the evidence says',
    'How the service works',
    'Who took part',
    'Funding and commissioning',
    'What changed',
    'Lessons for other areas',
    'Risks and gaps',
    'Measuring outcomes',
    'Next steps',
    'Working with partners',
    'Lived experience',
  ],
  subheadings: [
    'In prisons',
    'In the community',
    'For women',
    'For young adults',
    'Staff and training',
    'Data and records',
    'Housing first',
    'Mental health care',
    'Drug and alcohol treatment',
    'Money and benefits',
  ],
};
const titleWords = [
  'Joint working',
  'Housing',
  'Probation',
  'Outreach',
  'Recovery',
  'Commissioning',
  'Resettlement',
  'Mental health',
  'Peer support',
  'Navigation',
  'Accommodation',
  'Treatment',
];
const places = [
  'Leeds',
  'Bristol',
  'Cardiff',
  'Glasgow',
  'Norwich',
  'Plymouth',
  'Derby',
  'Sunderland',
  'Brighton',
  'Stoke-on-Trent',
  'Swansea',
  'Belfast',
  'Carlisle',
  'Luton',
];
const entryTypes = {
  briefingType: ['consultation-response', 'evidence', 'policy-briefing', 'research-briefing'],
  postType: ['news', 'research-summary', 'interview', 'comment'],
  inspectionType: ['thematic', 'core', 'joint', 'follow-up'],
};

interface Planned {
  collection: CollectionName;
  slug: string;
  headings: string[];
  headingIds: string[];
  chart?: string;
}

/** Writes a content folder with `n` entries into `dir` (emptied first). */
export function generateCorpus(n: number, dir: string, options: CorpusOptions = {}): CorpusSummary {
  const { format = 'mdx', seed = 7, listsFrom = path.join(root, 'content') } = options;
  const random = prng(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const c of [...collectionNames, 'data']) fs.mkdirSync(path.join(dir, c), { recursive: true });
  for (const list of listFiles) fs.copyFileSync(path.join(listsFrom, `${list}.yml`), path.join(dir, `${list}.yml`));
  const ids = (list: string) =>
    (parseYaml(fs.readFileSync(path.join(dir, `${list}.yml`), 'utf8')) as { id: string; type?: string }[]).map((t) => t);
  const lists = {
    topics: ids('topics').map((t) => t.id),
    organisations: ids('organisations').map((t) => t.id),
    inspectorates: ids('organisations')
      .filter((t) => t.type === 'inspectorate')
      .map((t) => t.id),
    regions: ids('regions').map((t) => t.id),
    needs: ids('needs').map((t) => t.id),
    approaches: ids('approaches').map((t) => t.id),
    programmes: ids('programmes').map((t) => t.id),
  };
  if (!lists.inspectorates.length) lists.inspectorates = lists.organisations;

  // Plan every entry first, so links can point at real slugs and heading anchors.
  const counts = apportion(n);
  const planned: Planned[] = [];
  for (const collection of collectionNames) {
    for (let i = 0; i < counts[collection]; i++) {
      const headings = random.sample(vocabulary.headings, random.int(5, 7));
      const slugger = new GithubSlugger();
      const slug = `${slugify(random.pick(titleWords))}-${slugify(random.pick(places))}-${collection.slice(0, 4)}-${i + 1}`;
      planned.push({ collection, slug, headings, headingIds: headings.map((h) => slugger.slug(h)) });
    }
  }
  // Charts: about 5% of entries, spread evenly, each with its own dataset; never in `.md`.
  let charts = 0;
  if (format === 'mdx' && n > 0) {
    const every = Math.max(1, Math.round(1 / CHART_SHARE));
    planned.forEach((p, i) => {
      if (i % every === every - 1 || (n < every && i === 0)) p.chart = `bench-${String(++charts).padStart(4, '0')}`;
    });
  }

  let words = 0;
  const byCollection = Object.fromEntries(collectionNames.map((c) => [c, 0])) as Record<CollectionName, number>;
  for (const [i, entry] of planned.entries()) {
    const title = `${random.pick(titleWords)} in ${random.pick(places)}: ${sentence(random, 5).replace(/\.$/, '')} (${i + 1})`;
    const frontmatter = frontmatterFor(entry, title, random, lists);
    const body = bodyFor(entry, planned, random);
    words += body.words;
    if (entry.chart) writeDataset(dir, entry.chart, random);
    fs.writeFileSync(path.join(dir, entry.collection, `${entry.slug}.${format}`), `---\n${frontmatter}---\n\n${body.text}`);
    byCollection[entry.collection]++;
  }
  const plain = planned.find((p) => !p.chart);
  const withChart = planned.find((p) => p.chart);
  return {
    entries: planned.length,
    byCollection,
    charts,
    words,
    sample: {
      entry: plain ? `${plain.collection}/${plain.slug}` : '',
      chartEntry: withChart ? `${withChart.collection}/${withChart.slug}` : undefined,
    },
  };
}

/** Shares `n` between the collections by `proportions`, every collection getting at least one when n ≥ 4. */
function apportion(n: number): Record<CollectionName, number> {
  const counts = Object.fromEntries(collectionNames.map((c) => [c, n >= collectionNames.length ? 1 : 0])) as Record<CollectionName, number>;
  let left = n - Object.values(counts).reduce((a, b) => a + b, 0);
  for (const c of collectionNames) {
    const extra = Math.min(left, Math.max(0, Math.round(n * proportions[c]) - counts[c]));
    counts[c] += extra;
    left -= extra;
  }
  counts.briefings += left;
  return counts;
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const q = (text: string) => JSON.stringify(text);
const day = (random: Random) => {
  // Spread over ten years, all before CORPUS_LAST_DAY.
  const start = Date.UTC(2016, 0, 1);
  const end = Date.parse(`${CORPUS_LAST_DAY}T00:00:00Z`);
  return new Date(start + Math.floor(random.next() * ((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
};

function sentence(random: Random, length = random.int(9, 18)): string {
  const words: string[] = [];
  while (words.length < length) {
    words.push(
      `the ${random.pick(vocabulary.adjectives)} ${random.pick(vocabulary.nouns)} ${random.pick(vocabulary.verbs)} ${random.pick(vocabulary.objects)}`,
      random.pick(vocabulary.linkers),
    );
  }
  const text = words.join(' ').split(' ').slice(0, length).join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function frontmatterFor(entry: Planned, title: string, random: Random, lists: Record<string, string[]>): string {
  const published = day(random);
  const lines = [
    `title: ${q(title)}`,
    // The check warns above 200 characters.
    `summary: ${q(sentence(random, random.int(14, 24)).slice(0, 200))}`,
    `published: ${published}`,
    `topics: [${random.sample(lists.topics, random.int(1, 4)).join(', ')}]`,
    `organisations: [${random.sample(lists.organisations, random.int(0, 3)).join(', ')}]`,
    'sources:',
    `  - title: ${q(`Report on ${sentence(random, 6).replace(/\.$/, '').toLowerCase()}`)}`,
    `    publisher: ${q(`${random.pick(places)} Research Unit`)}`,
    `    date: "${published.slice(0, 7)}"`,
    `    url: "https://example.org/reports/${entry.slug}"`,
  ];
  if (entry.collection === 'briefings') lines.push(`briefingType: ${random.pick(entryTypes.briefingType)}`);
  if (entry.collection === 'posts') lines.push(`postType: ${random.pick(entryTypes.postType)}`);
  if (entry.collection === 'inspections') {
    lines.push(
      `inspectorate: ${random.pick(lists.inspectorates)}`,
      'report:',
      `  title: ${q(`Inspection of ${random.pick(vocabulary.nouns)} services in ${random.pick(places)}`)}`,
      `  date: "${published.slice(0, 7)}"`,
      `inspectionType: ${random.pick(entryTypes.inspectionType)}`,
      'findings:',
      ...Array.from({ length: random.int(2, 5) }, () => `  - ${q(sentence(random))}`),
    );
  }
  if (entry.collection === 'case-studies') {
    lines.push(
      `area: ${q(random.pick(places))}`,
      `region: ${random.pick(lists.regions)}`,
      `needs: [${random.sample(lists.needs, random.int(1, 3)).join(', ')}]`,
      `approach: [${random.sample(lists.approaches, random.int(1, 3)).join(', ')}]`,
      ...(random.next() < 0.6 ? [`programme: ${random.pick(lists.programmes)}`] : []),
      'partners:',
      ...random.sample(lists.organisations, random.int(1, 3)).map((id) => `  - ${id}`),
      `  - { name: ${q(`${random.pick(places)} ${random.pick(vocabulary.nouns)} team`)}, type: housing }`,
      `population: ${q(`Adults facing multiple disadvantage in ${random.pick(places)}`)}`,
      'outcomes:',
      ...Array.from({ length: random.int(1, 3) }, () => `  - ${q(sentence(random))}`),
      'period:',
      `  start: "${published.slice(0, 4)}"`,
      `  end: ${random.pick(['ongoing', 'not-known'])}`,
      `status: ${random.pick(caseStudyStatusIds)}`,
      `evidenceStrength: ${random.pick(evidenceStrengthIds)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function bodyFor(entry: Planned, all: Planned[], random: Random): { text: string; words: number } {
  const parts: string[] = [];
  let words = 0;
  const add = (block: string) => {
    parts.push(block);
    words += countWords(block.replace(/[#|*\-[\]()^:]/g, ' '));
  };
  const link = () => {
    const target = random.pick(all);
    const anchor = random.next() < 0.5 ? `#${random.pick(target.headingIds)}` : '';
    return `[${random.pick(vocabulary.headings).toLowerCase()}](/${target.collection}/${target.slug}/${anchor})`;
  };
  const perSection = Math.ceil(WORDS_PER_ENTRY / entry.headings.length);
  const footnotes: string[] = [];
  entry.headings.forEach((heading, s) => {
    add(`## ${heading}`);
    const sectionStart = words;
    let paragraph = 0;
    while (words - sectionStart < perSection) {
      const sentences = Array.from({ length: random.int(3, 6) }, () => sentence(random));
      if (paragraph === 0) sentences.splice(1, 0, `See also ${link()}.`);
      if (paragraph === 1 && footnotes.length < 4) {
        footnotes.push(`[^${footnotes.length + 1}]: ${sentence(random, 10)}`);
        sentences[0] = sentences[0].replace(/\.$/, `.[^${footnotes.length}]`);
      }
      add(sentences.join(' '));
      if (paragraph === 1 && s % 2 === 0) add(`### ${random.pick(vocabulary.subheadings)} ${s + 1}`);
      if (paragraph === 2 && s % 3 === 0)
        add(Array.from({ length: random.int(3, 5) }, () => `- ${sentence(random, random.int(5, 10))}`).join('\n'));
      if (paragraph === 2 && s === 1) add(table(random));
      paragraph++;
    }
    if (s === 2 && entry.chart) add(`<Chart dataset="${entry.chart}" type="bar" horizontal />`);
  });
  if (footnotes.length) parts.push(footnotes.join('\n'));
  return { text: `${parts.join('\n\n')}\n`, words };
}

function table(random: Random): string {
  const rows = Array.from(
    { length: random.int(3, 6) },
    () => `| ${random.pick(places)} | ${random.int(10, 900)} | ${random.int(1, 99)}% |`,
  );
  return ['| Area | People supported | Share housed |', '| --- | ---: | ---: |', ...rows].join('\n');
}

/** A dataset in the format of content/data: a CSV of labels and numbers and its description in YAML. */
function writeDataset(dir: string, id: string, random: Random) {
  const labels = random.sample(places, random.int(4, 8));
  const csv = ['Area,People supported', ...labels.map((l) => `${l},${random.int(20, 1500)}`)].join('\n');
  const yml = [
    `title: ${q(`People supported by area (${id})`)}`,
    `description: ${q('Synthetic figures for the benchmark: the number of people each area supported in a year.')}`,
    'source:',
    `  title: ${q('Synthetic benchmark data')}`,
    `  publisher: ${q('Joined Up benchmark')}`,
    '  date: "2024"',
    'units: "people"',
    'licence: "CC BY 4.0"',
    'columns:',
    '  - name: "Area"',
    '    meaning: "The local area."',
    '  - name: "People supported"',
    '    meaning: "Number of people supported in the year."',
    'chart:',
    '  type: bar',
    '  horizontal: true',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'data', `${id}.csv`), `${csv}\n`);
  fs.writeFileSync(path.join(dir, 'data', `${id}.yml`), `${yml}\n`);
}
