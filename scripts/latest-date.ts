/**
 * `npm run -s latest-date`: prints the latest publication date of any entry that is not a draft, or today if later,
 * for `BUILD_DATE`, so a build shows every scheduled entry (the pull-request workflow builds so).
 */
import fs from 'node:fs';
import { buildDate, latestDate } from '../src/lib/content/clock';
import { entryFiles } from '../src/lib/content/files';
import { isoDay } from '../src/lib/dates';
import { splitFrontmatter } from '../src/lib/content/frontmatter';
import { contentDir } from '../src/lib/paths';
import { parseYaml } from '../src/lib/content/yaml';

const entries = entryFiles(contentDir).map(({ file }) => {
  const { frontmatter } = splitFrontmatter(fs.readFileSync(file, 'utf8'));
  const { data } = parseYaml(frontmatter ?? '');
  return (data && typeof data === 'object' ? data : {}) as { published?: unknown; draft?: unknown };
});
console.log(latestDate(entries, isoDay(buildDate())));
