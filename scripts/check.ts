/**
 * `npm run check`: validates all content with the same schemas and rules as the build, without building,
 * and prints every problem at once, grouped by file. Exit code 1 when there is any error.
 */
import { contentDir } from '../src/lib/paths';
import { formatProblems } from '../src/lib/check/problems';
import { validateContent } from '../src/lib/check/validate';

const started = performance.now();
const problems = validateContent(contentDir).problems;
console.log(formatProblems(problems));
console.log(`Checked ${contentDir} in ${Math.round(performance.now() - started)} ms.`);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
