/** Runs one build as a child process and measures it: wall time, peak memory and the phases Astro logs. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'node_modules/.bin');

export interface RunResult {
  ok: boolean;
  wallMs: number;
  /** Peak resident memory in MB: of the largest process with `/usr/bin/time`, else of the whole tree, polled. */
  peakRssMb: number;
  rssMethod: 'time' | 'proc';
  /** Everything printed, colour codes removed. */
  output: string;
}

// GNU time reports the child's peak RSS precisely; without it we poll /proc.
const gnuTime = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

/** Runs `command` with Node 24 from node_modules first on PATH, as npm scripts do. */
export function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    ...options.env,
  };
  const argv = gnuTime ? (['/usr/bin/time', ['-v', command, ...args]] as const) : ([command, args] as const);
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(argv[0], [...argv[1]], { cwd: options.cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let polledKb = 0;
    const poll = gnuTime ? undefined : setInterval(() => (polledKb = Math.max(polledKb, treeRssKb(child.pid!))), 200);
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      // eslint-disable-next-line no-control-regex -- strips terminal colour codes
      const text = output.replace(/\u001b\[[0-9;]*m/g, '');
      const timeKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? 0);
      resolve({
        ok: status === 0,
        wallMs,
        peakRssMb: Math.round((gnuTime ? timeKb : polledKb) / 1024),
        rssMethod: gnuTime ? 'time' : 'proc',
        output: text,
      });
    });
  });
}

/** Current resident memory of a process and all its descendants, in kB. */
function treeRssKb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name in brackets may hold spaces.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const visit = (p: number) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

export interface Phases {
  /** "[types] Generated": content sync and type generation. */
  contentMs?: number;
  collectingMs?: number;
  /** Sum of Vite's "built in" lines: the server and client bundles. */
  bundleMs?: number;
  /** Content validation before the build (our integration's line). */
  validationMs?: number;
  /** Rendering every page and endpoint, chart images included (they are endpoints). */
  pagesMs?: number;
  /** The part of pagesMs spent drawing chart images: the sum of Astro's per-route times for /charts/*.png. */
  chartImagesMs?: number;
  imagesMs?: number;
  /** Astro's own total for the build step, before the integrations' build:done hooks. */
  buildStepMs?: number;
  /** Pagefind writing the index; it overlaps the link check. */
  searchIndexMs?: number;
  linkCheckMs?: number;
  /** After the last page: sitemap, link check and index write together (they overlap, so this is the phase). */
  finishMs?: number;
  /** Astro's "N page(s) built in" total. */
  totalMs?: number;
}

export interface SearchIndex {
  indexedPages: number;
  pages: number;
  kB: number;
  /** Pagefind writing the index, after the last page is rendered (it indexes pages while they render). */
  ms: number;
  /** From the last page rendered to the end of the build: the sitemap, the link check and the index write, side by side. */
  finishMs: number;
}

// Astro writes durations as "812ms", "4.88s" or, from a minute, "1m 12s".
const duration = String.raw`(\d+m \d+s|[\d.]+\s*m?s)`;
const seconds = (text?: string) => {
  if (!text) return undefined;
  const long = /^(\d+)m (\d+)s$/.exec(text);
  if (long) return (Number(long[1]) * 60 + Number(long[2])) * 1000;
  const m = /^([\d.]+)\s*(ms|s)$/.exec(text);
  return m ? Math.round(Number(m[1]) * (m[2] === 'ms' ? 1 : 1000)) : undefined;
};
const find = (pattern: string, text: string) => new RegExp(pattern.replace('DURATION', duration)).exec(text)?.[1];

/** The phase timings Astro and our integrations print. Lines it does not find are left out. */
export function parsePhases(output: string): Phases {
  const after = (heading: RegExp) => {
    const at = output.search(heading);
    return at < 0 ? undefined : find('✓ Completed in DURATION', output.slice(at));
  };
  const bundles = [...output.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`, 'g'))].map((m) => seconds(m[1]) ?? 0);
  const index = parseSearchIndex(output);
  const charts = [...output.matchAll(/ \/charts\/[^ ]+\.png \(\+(\d+)ms\)/g)].map((m) => Number(m[1]));
  const phases: Phases = {
    validationMs: Number(/content-validation\] checked the content in (\d+) ms/.exec(output)?.[1] ?? NaN),
    contentMs: seconds(find(String.raw`\[types\] Generated\s+DURATION`, output)),
    collectingMs: seconds(after(/Collecting build info/)),
    bundleMs: bundles.length ? bundles.reduce((a, b) => a + b, 0) : undefined,
    pagesMs: seconds(after(/generating static routes/)),
    chartImagesMs: charts.length ? charts.reduce((a, b) => a + b, 0) : undefined,
    imagesMs: seconds(after(/generating optimized images/)),
    buildStepMs: seconds([...output.matchAll(new RegExp(String.raw`\[build\] ✓ Completed in ${duration}`, 'g'))].at(-1)?.[1]),
    searchIndexMs: index?.ms,
    finishMs: index?.finishMs,
    linkCheckMs: Number(/no broken internal links, checked in (\d+) ms/.exec(output)?.[1] ?? NaN),
    totalMs: seconds(find(String.raw`page\(s\) built in DURATION`, output)),
  };
  return Object.fromEntries(Object.entries(phases).filter(([, v]) => v !== undefined && !Number.isNaN(v))) as Phases;
}

/**
 * Each phase's minimum over several runs of the same build: each timing is the minimum of its runs, as the
 * issue asks, since identical runs here differ by up to 1.8x, and not always in the same phase.
 */
export function minimumPhases(runs: Phases[]): Phases {
  const phases: Record<string, number> = {};
  for (const run of runs) {
    for (const [phase, ms] of Object.entries(run)) phases[phase] = Math.min(phases[phase] ?? Infinity, ms);
  }
  return phases as Phases;
}

/** Reads the search-index integration's line: "indexed N of M pages, X kB, written in T ms; the build finished F ms after its last page". */
export function parseSearchIndex(output: string): SearchIndex | undefined {
  const m = /indexed (\d+) of (\d+) pages, (\d+) kB, written in (\d+) ms; the build finished (\d+) ms after its last page/.exec(output);
  return m ? { indexedPages: Number(m[1]), pages: Number(m[2]), kB: Number(m[3]), ms: Number(m[4]), finishMs: Number(m[5]) } : undefined;
}

/**
 * Moves a folder into `bin`, deleted when the bench ends, rather than deleting it now. This machine's ext4 has no
 * journal, and without one ext4 does not reuse a deleted file's inode for one to five minutes and checks each such
 * inode again for every file it creates: 5,145 files took 2.2-3.2 s to create beside a deleted build's files and
 * 0.12 s elsewhere. Deleting the last run's output just before a timed build charged that to the build.
 */
export function setAside(dir: string, bin: string) {
  if (!fs.existsSync(dir)) return;
  fs.mkdirSync(bin, { recursive: true });
  fs.renameSync(dir, path.join(fs.mkdtempSync(path.join(bin, 'set-aside-')), path.basename(dir)));
}

/** Total bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    bytes += fs.statSync(path.join(d.parentPath, d.name)).size;
    files++;
  }
  return { bytes, files };
}
