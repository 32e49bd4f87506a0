import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

/**
 * Runs axe (WCAG 2.2 AA and best practice) on the page as it is now, keeping only violations of the given impacts
 * if any are named. The page needs bypassCSP to inject it.
 */
export async function axeViolations(page: Page, { impacts }: { impacts?: Impact[] } = {}): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (impacts) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: Impact; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return result.violations
      .filter((v) => !impacts || impacts.includes(v.impact))
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, impacts ?? null);
}
