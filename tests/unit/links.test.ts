import { describe, expect, it } from 'vitest';
import { findBrokenLinks, readPageLinks, urlPathOf } from '../../src/lib/check/links';

const page = (html: string) => readPageLinks(`<!doctype html><html><body>${html}</body></html>`);

describe('internal link checking', () => {
  it('maps built files to URL paths', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('briefings/x/index.html')).toBe('/briefings/x/');
    expect(urlPathOf('rss.xml')).toBe('/rss.xml');
  });

  it('finds missing pages, missing anchors and missing trailing slashes, and ignores external links', () => {
    const pages = new Map([
      [
        '/',
        page(
          '<a href="/a/">ok</a><a href="/a/#here">ok</a><a href="/a/#gone">bad anchor</a><a href="/nope/">bad</a><a href="/a">slash</a><a href="https://other.example/x">ext</a><a href="mailto:x@y.z">mail</a><a href="/rss.xml">feed</a>',
        ),
      ],
      [
        '/a/',
        page('<h2 id="here">Here</h2><a href="#here">self</a><a href="../">up</a><a href="https://site.example/a/#missing">own origin</a>'),
      ],
    ]);
    const broken = findBrokenLinks(pages, new Set(['/rss.xml']), 'https://site.example/');
    expect(broken.map((b) => `${b.page} ${b.href}: ${b.reason}`)).toEqual([
      '/ /a/#gone: /a/ has no element with id "gone"',
      '/ /nope/: no page or file at /nope/',
      '/ /a: no page or file at /a (did you mean /a/ with a trailing slash?)',
      '/a/ https://site.example/a/#missing: /a/ has no element with id "missing"',
    ]);
  });

  it('reads every kind of reference and anchor target a page has, with entities decoded', () => {
    const { ids, links } = page(
      '<a name="old"></a><h2 id="a&amp;b">T</h2><a href="/x/?p=1&amp;q=2">x</a><link rel="stylesheet" href="/s.css"><img src="/i.png" alt=""><picture><source srcset="/i.webp 1x, /j.webp 2x"></picture><script src="/m.js"></script><form action="/search/"></form><a>no href</a>',
    );
    expect([...ids]).toEqual(['old', 'a&b']);
    expect(links).toEqual(['/x/?p=1&q=2', '/s.css', '/i.png', '/i.webp', '/m.js', '/search/']);
  });

  it('reads quoted values that hold ">", and ignores tags inside comments, scripts and styles', () => {
    const { ids, links } = page(
      '<img alt="a > b" src="/i.png"><!-- <a href="/commented/"> --><script type="module">const s = \'<a href="/in-script/">\';</script>' +
        '<style>a::after { content: "<a href=/in-style/>"; }</style><a id="kept" name="old" href=/bare/ data-x=\'y > z\'>x</a>',
    );
    expect(links).toEqual(['/i.png', '/bare/']);
    expect([...ids]).toEqual(['kept']);
  });
});
