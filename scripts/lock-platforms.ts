/**
 * `npm run lock:platforms`: records other platforms' optional packages in package-lock.json.
 *
 * The registry mirror here does not serve some platform packages (e.g. @pagefind/darwin-arm64), so `npm install`
 * leaves them out of the lockfile, and `npm ci` then refuses it as out of sync. Each missing package is added with
 * the os/cpu/libc its name declares, so every platform skips those it cannot use, as npm does for a complete lockfile.
 */
import fs from 'node:fs';

interface LockEntry {
  version?: string;
  license?: string;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

const file = 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };

/** Platform fields from a package name such as "@pagefind/windows-arm64" or "...-linux-arm64-musl". */
function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const pick = (pairs: [RegExp, string][]) => pairs.find(([re]) => re.test(name))?.[1];
  const os = pick([
    [/darwin/, 'darwin'],
    [/win(dows|32)/, 'win32'],
    [/freebsd/, 'freebsd'],
    [/android/, 'android'],
    [/linux/, 'linux'],
  ]);
  const cpu = pick([
    [/arm64/, 'arm64'],
    [/x64/, 'x64'],
    [/wasm32/, 'wasm32'],
    [/ia32/, 'ia32'],
  ]);
  const libc = pick([
    [/musl/, 'musl'],
    [/gnu/, 'glibc'],
  ]);
  return { ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }), ...(libc && { libc: [libc] }) };
}

const added: string[] = [];
for (const entry of Object.values({ ...lock.packages })) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    lock.packages[key] = { version, license: entry.license, optional: true, ...platformOf(name) };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `Recorded ${added.length} platform packages: ${added.join(', ')}` : 'The lockfile already lists every platform package.',
);
