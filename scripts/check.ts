/**
 * `npm run check`: validates all content with the same schemas and rules as the build, without building,
 * and prints every problem at once, grouped by file. Exit code 1 when there is any error, 2 for a bad argument.
 * `--format github` prints GitHub Actions annotations instead, so problems show on their lines in a pull request.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/paths';
import { formatGithubAnnotations, formatProblems, problemCounts } from '../src/lib/check/problems';
import { validateContent } from '../src/lib/check/validate';

const formats = ['plain', 'github'];
let format: string;
try {
  format = parseArgs({ options: { format: { type: 'string', default: 'plain' } } }).values.format;
  if (!formats.includes(format)) throw new Error(`Unknown format "${format}".`);
} catch (e) {
  console.error(`${(e as Error).message}\nUsage: npm run check [-- --format ${formats.join('|')}] (default: plain)`);
  process.exit(2);
}

const started = performance.now();
const problems = validateContent(contentDir).problems;
if (format === 'github') {
  if (problems.length) console.log(formatGithubAnnotations(problems));
  console.log(problemCounts(problems));
} else {
  console.log(formatProblems(problems));
}
console.log(`Checked ${contentDir} in ${Math.round(performance.now() - started)} ms.`);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
