/**
 * `npm run docs:screenshots`: refreshes the publishing guide's screenshots from the built site (run `npm run build` first).
 */
import fs from 'node:fs';
import { launch } from '../tests/support/browser';
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
} finally {
  await browser.close();
  await server.close();
}
