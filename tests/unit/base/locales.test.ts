import { describe, expect, it } from 'vitest';
import {
  editionOf,
  editionParam,
  editionsToBuild,
  englishPath,
  isLocale,
  isTranslatedLocale,
  LOCALES,
  localeOfPath,
  localizedPath,
  localizeLinks,
  onwardArrow,
  TRANSLATED_LOCALES,
} from '@/lib/base/locales';

describe('the editions', () => {
  it('are English, the record, then its Arabic and Hebrew translations, right to left', () => {
    expect(LOCALES).toEqual(['en', 'ar', 'he']);
    expect(TRANSLATED_LOCALES).toEqual(['ar', 'he']);
    expect(LOCALES.map((locale) => [editionOf(locale).lang, editionOf(locale).dir])).toEqual([
      ['en-GB', 'ltr'],
      ['ar', 'rtl'],
      ['he', 'rtl'],
    ]);
    expect(isLocale('he')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isTranslatedLocale('en')).toBe(false);
  });
});

describe('addresses across editions', () => {
  it('puts a page, its section and its query under the edition, and leaves English at the root', () => {
    expect(localizedPath('/rounds/2026-01-05-paris/#positions', 'ar')).toBe('/ar/rounds/2026-01-05-paris/#positions');
    expect(localizedPath('/', 'he')).toBe('/he/');
    expect(localizedPath('/people/', 'en')).toBe('/people/');
    expect(localizedPath('https://example.org/', 'ar')).toBe('https://example.org/');
    expect(localizedPath('//example.org/x/', 'ar')).toBe('//example.org/x/');
  });

  it('reads the edition of an address and its English address back', () => {
    expect(localeOfPath('/ar/rounds/2026-01-05-paris/')).toBe('ar');
    expect(localeOfPath('/he/')).toBe('he');
    expect(localeOfPath('/rounds/2026-01-05-paris/')).toBe('en');
    expect(localeOfPath('/arbitration/')).toBe('en');
    expect(englishPath('/he/people/ron-dermer/')).toBe('/people/ron-dermer/');
    expect(englishPath('/ar/')).toBe('/');
    expect(englishPath('/people/')).toBe('/people/');
  });

  it('puts English at the root of the routes and the others under their own folder', () => {
    expect(LOCALES.map(editionParam)).toEqual([undefined, 'ar', 'he']);
  });
});

describe('localizeLinks', () => {
  it("keeps every link to a page in the page's edition", () => {
    expect(localizeLinks('<a href="/people/" class="x">', 'ar')).toBe('<a href="/ar/people/" class="x">');
    expect(localizeLinks('<a class="x" href="/rounds/a/#source-2">', 'he')).toBe('<a class="x" href="/he/rounds/a/#source-2">');
    expect(localizeLinks('<form action="/search/" method="get">', 'ar')).toBe('<form action="/ar/search/" method="get">');
    expect(localizeLinks('<a href="/search/?q=golan">', 'ar')).toBe('<a href="/ar/search/?q=golan">');
  });

  it('leaves files, outside links, in-page anchors, links already in an edition and links that name their language', () => {
    const unchanged = [
      '<link rel="alternate" href="/feed.xml">',
      '<link rel="stylesheet" href="/_astro/a.css">',
      '<a href="https://example.org/">',
      '<a href="#sources">',
      '<a href="/ar/people/">',
      '<a href="/people/" hreflang="en-GB" lang="en-GB">',
      '<script src="/_astro/a.js">',
    ];
    for (const html of unchanged) expect(localizeLinks(html, 'ar'), html).toBe(html);
  });

  it('changes nothing in English', () => {
    expect(localizeLinks('<a href="/people/">', 'en')).toBe('<a href="/people/">');
  });
});

describe('onwardArrow', () => {
  it('points right in English and left in Arabic and Hebrew, the way their lines run', () => {
    expect(onwardArrow('en')).toBe('→');
    expect(onwardArrow('ar')).toBe('←');
    expect(onwardArrow('he')).toBe('←');
  });
});

describe('editionsToBuild', () => {
  it('builds every edition, or those named, always with the English they translate', () => {
    expect(editionsToBuild(undefined)).toEqual(['en', 'ar', 'he']);
    expect(editionsToBuild(' ')).toEqual(['en', 'ar', 'he']);
    expect(editionsToBuild('en')).toEqual(['en']);
    expect(editionsToBuild('he, ar')).toEqual(['en', 'ar', 'he']);
    expect(editionsToBuild('he')).toEqual(['en', 'he']);
  });

  it('refuses an edition the site does not have, naming those it has', () => {
    expect(() => editionsToBuild('en,fr')).toThrow('BUILD_EDITIONS names fr, which is not an edition: use en, ar, he');
  });
});
