import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../src/lib/check/dist';

/** The files that differ between two built sites: in only one of them, or with other bytes. */
export function differingFiles(a: string, b: string): string[] {
  const inA = new Set(listFiles(a));
  const inB = new Set(listFiles(b));
  const all = [...new Set([...inA, ...inB])].sort();
  return all.filter((f) => !inA.has(f) || !inB.has(f) || !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
}
