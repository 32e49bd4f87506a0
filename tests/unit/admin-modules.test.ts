import { describe, expect, it } from 'vitest';
import { importMap, scriptHash } from '../../src/lib/admin/modules';

describe('the editor page’s import map', () => {
  it('points the unpkg.com address the editor builds from its dependency range at the site’s copy', () => {
    expect(JSON.parse(importMap({ immutable: '^5.1.9', other: '1.0.0' }))).toEqual({
      imports: { 'https://unpkg.com/immutable@5.1.9/dist/immutable.es.js': '/admin/modules/immutable.js' },
    });
  });

  it('stops the build, saying what to change, when the editor no longer depends on a module the site serves', () => {
    expect(() => importMap({})).toThrow(
      'The editor (@sveltia/cms) no longer depends on immutable: remove it from src/lib/admin/modules.ts.',
    );
  });

  it('allows the map by the hash of its exact text', () => {
    expect(scriptHash('{}')).toBe("'sha256-RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o='");
  });
});
