import { launch } from './tests/support/browser';
import { serve } from './tests/support/server';
const server = await serve(process.argv[2]);
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.url}/search/`);
await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('Type a word'));
const out = await page.evaluate(`(async () => {
  const pf = await import(new URL('/pagefind/pagefind.js', location.href).href);
  async function time(label, f) { await f(); const ts = []; let n = 0; for (let i = 0; i < 5; i++) { const t = performance.now(); const r = await f(); n = r && r.results ? r.results.length : 0; ts.push(performance.now() - t); } ts.sort((a, b) => a - b); return label + ': ' + Math.round(ts[2]) + ' ms (' + n + ' results)'; }
  const lines = [];
  for (const q of ['hostel', 'probation officer', 'Leeds']) { for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await pf.search(q); const el = performance.now() - t; lines.push(q + ' roundtrip ' + Math.round(el) + ' timings ' + JSON.stringify(r.timings) + ' locs ' + r.results.reduce((a, x) => a + x.words.length, 0)); } }
  lines.push(await time('hostel', () => pf.search('hostel')));
  lines.push(await time('hostel sorted', () => pf.search('hostel', { sort: { date: 'desc' } })));
  lines.push(await time('hostel filtered type', () => pf.search('hostel', { filters: { type: 'Briefing' } })));
  lines.push(await time('filters()', () => pf.filters()));
  lines.push(await time('Leeds', () => pf.search('Leeds')));
  lines.push(await time('null filtered', () => pf.search(null, { filters: { type: 'Briefing' } })));
  lines.push(await time('probation officer', () => pf.search('probation officer')));
  return lines;
})()`);
console.log((out as string[]).join('\n'));
await browser.close();
await server.close();
