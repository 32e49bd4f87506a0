import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestDate } from '../../src/lib/content/clock';

const root = path.resolve(import.meta.dirname, '../..');

describe('latest-date: the day a pull request builds as, so every scheduled entry is rendered', () => {
  it('is the latest publication date of an entry that is not a draft', () => {
    const entries = [{ published: '2026-01-10' }, { published: '2030-06-01' }, { published: '2027-03-04', draft: false }];
    expect(latestDate(entries, '2026-11-24')).toBe('2030-06-01');
  });

  it('is today when nothing is scheduled, and ignores drafts and dates the content check rejects', () => {
    const entries = [
      { published: '2026-01-10' },
      { published: '2031-01-01', draft: true },
      { published: '2032-1-1' },
      { published: 20330101 },
      {},
    ];
    expect(latestDate(entries, '2026-11-24')).toBe('2026-11-24');
    expect(latestDate([], '2026-11-24')).toBe('2026-11-24');
  });

  it('reads the entries of a content folder: `npm run -s latest-date` over the drafts fixture prints its scheduled post’s date', () => {
    const out = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/latest-date.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: path.join(root, 'tests/fixtures/drafts/content'), BUILD_DATE: '2026-11-24' },
    });
    expect(out).toBe('2027-06-01\n');
  });
});
