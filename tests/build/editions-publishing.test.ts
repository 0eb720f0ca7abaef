/**
 * What each edition publishes for reuse, read from a real build of the fixture site, whose Paris round has an Arabic
 * and a Hebrew translation: its feeds, its calendar, its link previews and structured data, and its cite box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_TITLE, SITE_URL } from '@/site';
import { buildSite, removeBuild, type BuildResult } from '@tests/helpers/build-site';
import { readPage } from '@tests/helpers/html';
import { expectWellFormed } from '@tests/helpers/xml';

let build: BuildResult;

/** Built as on a fixed day, as the fixture site's own test builds it. */
const AS_ON_FIRST_OF_FEBRUARY = { environment: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 1) / 1000) } };

beforeAll(async () => {
  build = await buildSite('tests/fixtures/valid', AS_ON_FIRST_OF_FEBRUARY);
  if (!build.ok) throw new Error(`the fixture site did not build:\n${build.output}`);
});

afterAll(() => removeBuild(build));

const PARIS = '/rounds/2026-01-05-paris/';
const ARABIC_SITE_TITLE = 'سجل المحادثات السورية الإسرائيلية';

const readFile = (path: string): string => readFileSync(join(build.outDir, path), 'utf8');

interface RssItem {
  title: string;
  link: string;
  'content:encoded': string;
}

/** An RSS file, checked to be well-formed XML, as a feed reader reads it. */
function readRss(path: string) {
  const text = readFile(path);
  expectWellFormed(text, path);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(text) as {
    rss: { '@_version': string; channel: { title: string; link: string; language: string; item: RssItem[] } };
  };
  return parsed.rss;
}

/** Every JSON-LD block of a page. */
function structuredDataOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    ([, json = '']) => JSON.parse(json) as Record<string, unknown>,
  );
}

/** The content of every `<meta property>` tag of a key, in order. */
const metaContents = (html: string, key: string): string[] =>
  [...html.matchAll(new RegExp(`<meta property="${key}" content="([^"]*)"`, 'g'))].map(([, content = '']) => content);

describe("the Arabic edition's site feed", () => {
  it("is valid RSS 2.0 in Arabic, with the edition's title, every item linking its Arabic page", () => {
    const rss = readRss('ar/feed.xml');
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel).toMatchObject({ title: ARABIC_SITE_TITLE, link: `${SITE_URL}/ar/`, language: 'ar' });
    expect(rss.channel.item.length).toBeGreaterThan(0);
    for (const item of rss.channel.item) expect(item.link).toMatch(new RegExp(`^${SITE_URL}/ar/(rounds|events)/`));
  });

  it("carries a translated round's Arabic title, facts and body, its links in the edition", () => {
    const paris = readRss('ar/feed.xml').channel.item.find((item) => item.link === `${SITE_URL}/ar${PARIS}`);
    expect(paris?.title).toBe('الجولة الخامسة التجريبية في باريس');
    const html = paris?.['content:encoded'] ?? '';
    expect(html).toContain('<p>الجولة التجريبية الثانية.</p>');
    expect(html).toContain('<li><strong>الاجتماع:</strong> الجولة 5</li>');
    expect(html).toContain('<h2 id="what-happened">ما الذي جرى</h2>');
    expect(html).toContain(`<a href="${SITE_URL}/ar/people/tom-barrack/">توماس باراك</a>`);
    expect(html).toContain('<h2>المصادر</h2>');
    expect(html).not.toMatch(new RegExp(`href="${SITE_URL}/(?!ar/)`));
  });
});

describe("the Hebrew edition's feeds of a person", () => {
  it("link every item to the Hebrew edition's page, in both formats", () => {
    const rss = readRss('he/people/tom-barrack/feed.xml');
    expect(rss.channel.language).toBe('he');
    expect(rss.channel.item.map((item) => item.link)).toContain(`${SITE_URL}/he${PARIS}`);
    for (const item of rss.channel.item) expect(item.link.startsWith(`${SITE_URL}/he/`)).toBe(true);
    const json = JSON.parse(readFile('he/people/tom-barrack/feed.json')) as { language: string; items: { url: string }[] };
    expect(json.language).toBe('he');
    expect(json.items.length).toBeGreaterThan(0);
    for (const item of json.items) expect(item.url.startsWith(`${SITE_URL}/he/`)).toBe(true);
  });
});

describe("the Hebrew edition's calendar", () => {
  it('parses as iCalendar, with Hebrew summaries and places and links to the Hebrew pages', () => {
    const calendar = ICAL.Component.fromString(readFile('he/rounds.ics'));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
    const paris = events.find(({ vevent }) => vevent.getFirstPropertyValue('url') === `${SITE_URL}/he${PARIS}`);
    expect(paris?.event.summary).toBe('סבב חמישי ניסיוני בפריז');
    expect(paris?.event.location).toBe('Fixture Hall, פריז, צרפת');
    expect(paris?.event.description).toBe(`סבב הניסיון השני.\n\n${SITE_URL}/he${PARIS}`);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('תיעוד השיחות בין ישראל לסוריה: סבבים');
  });

  it('is the one each Hebrew page links, where the English links the English one', () => {
    expect(readPage(build.outDir, '/he/')).toContain('href="/he/rounds.ics"');
    expect(readPage(build.outDir, '/he/data/')).toContain('href="/he/rounds.ics"');
    expect(readPage(build.outDir, '/')).toContain('href="/rounds.ics"');
  });
});

describe("an Arabic round page's link preview, structured data and cite box", () => {
  const page = () => readPage(build.outDir, `/ar${PARIS}`);

  it('previews in Arabic, with the two other editions as alternate locales', () => {
    expect(metaContents(page(), 'og:locale')).toEqual(['ar_AR']);
    expect(metaContents(page(), 'og:locale:alternate')).toEqual(['en_GB', 'he_IL']);
    expect(metaContents(page(), 'og:site_name')).toEqual([ARABIC_SITE_TITLE]);
  });

  it('describes itself in Arabic, as the translation of its English page, within the Arabic site', () => {
    const blocks = structuredDataOf(page());
    expect(blocks.find((block) => block['@type'] === 'Event')).toMatchObject({ name: 'الجولة الخامسة التجريبية في باريس' });
    expect(blocks.find((block) => block['@type'] === 'NewsArticle')).toMatchObject({
      inLanguage: 'ar',
      headline: 'الجولة الخامسة التجريبية في باريس',
      publisher: { name: ARABIC_SITE_TITLE, url: `${SITE_URL}/ar/` },
      translationOfWork: { url: `${SITE_URL}${PARIS}`, inLanguage: 'en-GB' },
    });
    expect(blocks.find((block) => block['@type'] === 'BreadcrumbList')).toMatchObject({
      itemListElement: [{ name: 'الرئيسية', item: `${SITE_URL}/ar/` }, { item: `${SITE_URL}/ar/years/2026/` }, {}],
    });
  });

  it("announces the Arabic edition's feeds under their Arabic names", () => {
    expect(page()).toContain(
      `<link rel="alternate" type="application/rss+xml" title="${ARABIC_SITE_TITLE} (RSS)" href="${SITE_URL}/ar/feed.xml">`,
    );
  });

  it("cites the round in Arabic, with its English title and the edition's short link", () => {
    const html = page();
    expect(html).toContain(`<a href="/ar/r/5/">${SITE_URL}/ar/r/5/</a>`);
    expect(html).toContain(
      `${ARABIC_SITE_TITLE}. «الجولة الخامسة التجريبية في باريس» [بالإنجليزية: “Fixture round five in Paris”]. الجولة 5، باريس، 5–6 يناير 2026.`,
    );
    expect(html).toContain('language = {arabic}');
  });
});

describe('the English edition', () => {
  it('keeps its feed, calendar, preview and structured data in English, linking the English pages', () => {
    const rss = readRss('feed.xml');
    expect(rss.channel).toMatchObject({ title: SITE_TITLE, language: 'en-GB' });
    for (const item of rss.channel.item) expect(item.link).not.toMatch(/\/(ar|he)\//);
    const calendar = ICAL.Component.fromString(readFile('rounds.ics'));
    const summaries = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).summary);
    expect(summaries).toContain('Fixture round five in Paris');
    const page = readPage(build.outDir, PARIS);
    expect(metaContents(page, 'og:locale')).toEqual(['en_GB']);
    expect(structuredDataOf(page).find((block) => block['@type'] === 'NewsArticle')).toMatchObject({
      inLanguage: 'en-GB',
      workTranslation: [{ url: `${SITE_URL}/ar${PARIS}` }, { url: `${SITE_URL}/he${PARIS}` }],
    });
  });
});
