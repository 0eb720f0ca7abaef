/**
 * The three editions of a real build of the fixture site, after a correction to the English of its London round, which
 * has an Arabic translation (now stale) and no Hebrew one; its Paris round is translated into both. Every page in
 * every edition, in its language and direction, linking the others; each page's prose in the edition's language, or
 * the English under a notice.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '@/site';
import { buildSite, removeBuild, type BuildResult } from '@tests/helpers/build-site';
import { copyOfContent, replaceIn } from '@tests/helpers/content';
import { builtPages, readPage } from '@tests/helpers/html';

let build: BuildResult;
let content: string;

const AS_ON_FIRST_OF_FEBRUARY = { environment: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 1) / 1000) } };
const LONDON = '/rounds/2025-09-17-london/';
const PARIS = '/rounds/2026-01-05-paris/';

beforeAll(async () => {
  content = copyOfContent('tests/fixtures/valid');
  // A correction of the English, after its Arabic translation was made: that translation is now stale.
  replaceIn(join(content, 'rounds/2025-09-17-london.md'), 'Salameh met Dermer.', 'Salameh met Dermer in the morning.');
  replaceIn(
    join(content, 'rounds/2025-09-17-london.md'),
    'status: held',
    'status: held\nupdates:\n  - {date: 2026-01-20, note: Added the hour.}',
  );
  build = await buildSite(content, AS_ON_FIRST_OF_FEBRUARY);
  if (!build.ok) throw new Error(`the fixture site did not build:\n${build.output}`);
});

afterAll(() => {
  removeBuild(build);
  rmSync(content, { recursive: true, force: true });
});

describe('the three editions', () => {
  it('publish every page of the English at the same address under /ar/ and /he/, in its language and direction', () => {
    const pages = builtPages(build.outDir).filter(({ file }) => !file.startsWith('ar/') && !file.startsWith('he/') && file !== '404.html');
    expect(pages.length).toBeGreaterThan(20);
    for (const { url } of pages) {
      expect(readPage(build.outDir, url), url).toMatch(/^<!DOCTYPE html><html lang="en-GB" dir="ltr">/);
      expect(readPage(build.outDir, `/ar${url}`), url).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
      expect(readPage(build.outDir, `/he${url}`), url).toMatch(/^<!DOCTYPE html><html lang="he" dir="rtl">/);
    }
    expect(readPage(build.outDir, '/ar/404/')).toMatch(/<html lang="ar" dir="rtl">[\s\S]*<h1>الصفحة غير موجودة<\/h1>/);
  });

  it('link each page to its other editions, in the head with its x-default and in the switcher', () => {
    const page = readPage(build.outDir, `/he${PARIS}`);
    for (const [lang, path] of [
      ['en-GB', PARIS],
      ['ar', `/ar${PARIS}`],
      ['he', `/he${PARIS}`],
      ['x-default', PARIS],
    ] as const) {
      expect(page).toContain(`<link rel="alternate" hreflang="${lang}" href="${SITE_URL}${path}">`);
    }
    expect(page).toContain(`<a href="${PARIS}" hreflang="en-GB" lang="en-GB" dir="ltr">English</a>`);
    expect(page).toContain(`<a href="/ar${PARIS}" hreflang="ar" lang="ar" dir="rtl">العربية</a>`);
  });

  it("keep every link to another page in the reader's edition, and every file shared", () => {
    const page = readPage(build.outDir, `/ar${PARIS}`);
    const links = [...page.matchAll(/<a [^>]*href="(\/[^"]*)"/g)].map(([, href = '']) => href);
    expect(links.length).toBeGreaterThan(10);
    const pagesOutside = links.filter((href) => (href.split(/[?#]/)[0] ?? '').endsWith('/') && !href.startsWith('/ar/'));
    // Only the switcher leaves the edition, to the same page in English and in Hebrew.
    expect(pagesOutside).toEqual([PARIS, `/he${PARIS}`]);
    expect(page).toContain('href="/ar/people/ron-dermer/"');
  });

  it("show a translated page in the edition's language, its sections under the English's ids", () => {
    const page = readPage(build.outDir, `/ar${PARIS}`);
    expect(page).not.toContain('translation-notice');
    expect(page).toMatch(/<h1>[^<]*[\u0600-\u06ff][^<]*<\/h1>/);
  });

  it('show a stale translation under a notice in its language naming the day the English was updated, with a link to it', () => {
    const page = readPage(build.outDir, `/ar${LONDON}`);
    expect(page).toContain(
      '<p class="translation-notice" role="note" data-pagefind-ignore>حُدّث النص الإنجليزي لهذه الصفحة في 20 يناير 2026، ويجري تحديث هذه الترجمة.',
    );
    expect(page).toContain(`<a href="${LONDON}" hreflang="en-GB">اقرأ النص الإنجليزي</a>`);
    expect(page).toContain('<h1>الجولة الرابعة في لندن (اختبار)</h1>');
    expect(page).toContain('<h2 id="what-happened">ما الذي جرى');
  });

  it('show a page not yet translated with its facts in the edition, its English prose marked as English under a notice', () => {
    const page = readPage(build.outDir, `/he${LONDON}`);
    expect(page).toContain('עמוד זה טרם תורגם.');
    expect(page).toContain('<h1 lang="en">Fixture round four in London</h1>');
    expect(page).toContain('<div class="body" lang="en">');
    expect(page).toContain('<dt>מתי</dt>');
    expect(page).toContain('17 בספטמבר 2025');
  });

  it('keep moved addresses and short links working in every edition, each leading within it', () => {
    expect(readPage(build.outDir, '/ar/newest-first/')).toContain('<meta http-equiv="refresh" content="0; url=/ar/">');
    expect(readPage(build.outDir, '/he/r/4/')).toContain(`<meta http-equiv="refresh" content="0; url=/he${LONDON}">`);
  });
});
