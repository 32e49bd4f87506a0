import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorFonts, fontAddress, selfHostFonts } from '../../src/lib/admin/fonts';
import { editorScriptFile, installedFile } from '../../src/lib/paths';

const script = fs.readFileSync(editorScriptFile(), 'utf8');

describe('the editor’s web fonts, served from the site', () => {
  it('replaces every font address the installed editor asks the CDN for with the site’s', () => {
    const served = selfHostFonts(script);
    expect(served).not.toContain('cdn.jsdelivr.net');
    for (const font of editorFonts) expect(served).toContain(`url(${fontAddress(font)})`);
    // Nothing else changes: putting the CDN addresses back gives the package's script.
    expect(editorFonts.reduce((text, f) => text.replaceAll(fontAddress(f), f.cdn), served)).toBe(script);
  });

  it('serves each font from the installed package of the version the CDN address names', () => {
    for (const font of editorFonts) {
      const [, family, variable, version, file] = font.cdn.match(/\/fonts\/([a-z0-9-]+)(:vf)?@([\d.]+)\/(.+)$/)!;
      const name = `${variable ? '@fontsource-variable' : '@fontsource'}/${family}`;
      expect(font.file).toBe(`${name}/files/${family}-${file}`);
      expect(JSON.parse(fs.readFileSync(installedFile(`${name}/package.json`), 'utf8')).version, name).toBe(version);
      expect(fs.readFileSync(installedFile(font.file)).subarray(0, 4).toString('latin1'), font.file).toBe('wOF2');
    }
    expect(new Set(editorFonts.map(fontAddress)).size).toBe(editorFonts.length);
  });

  it('stops the build, naming the address, when the editor no longer asks for a font', () => {
    const missing = editorFonts[1].cdn;
    expect(() => selfHostFonts(script.replace(missing, 'https://example.org/font.woff2'))).toThrow(
      new RegExp(`no longer asks for ${missing.replace(/[.?]/g, '\\$&')}\\.\\nUpdate editorFonts in src/lib/admin/fonts\\.ts`),
    );
  });

  it('stops the build, naming the address, when the editor asks for a font the site does not serve', () => {
    const other = 'https://cdn.jsdelivr.net/fontsource/fonts/noto-sans-mono@5.3.0/latin-400-normal.woff2';
    expect(() => selfHostFonts(`${script}src:url(${other})`)).toThrow(`asks for ${other}, which the site does not serve.`);
  });
});
