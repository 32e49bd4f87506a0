import { describe, expect, it } from 'vitest';
import { selfHostLocales } from '../../src/lib/admin/locales';

describe('the editor’s interface strings, read from the site', () => {
  it('replaces the unpkg.com address the editor builds for them with the site’s', () => {
    expect(selfHostLocales('a,Xy=`${iP}@${rP}/locales`,b')).toBe('a,Xy=`/admin/locales`,b');
  });

  it('stops the build when the editor builds the address another way, or more than once', () => {
    expect(() => selfHostLocales('a=`https://unpkg.com/@sveltia/cms/locales`')).toThrow(/0 times in the expected shape/);
    expect(() => selfHostLocales('a=`${b}@${c}/locales`,d=`${e}@${f}/locales`')).toThrow(/2 times/);
  });
});
