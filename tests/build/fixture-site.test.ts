import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check-content';
import { buildSite, removeBuild, siteFingerprint, type BuildResult } from '@tests/helpers/build-site';
import { readPage, textOf } from '@tests/helpers/html';
import { indexedPage } from '@tests/helpers/search-index';

let build: BuildResult;

/** Built as on a fixed day, before the fixture's scheduled Geneva meeting, whatever day the tests run on. */
const AS_ON_FIRST_OF_FEBRUARY = { environment: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 1, 1) / 1000) } };

beforeAll(async () => {
  build = await buildSite('tests/fixtures/valid', AS_ON_FIRST_OF_FEBRUARY);
  if (!build.ok) throw new Error(`the fixture site did not build:\n${build.output}`);
});

afterAll(() => removeBuild(build));

/** The text of every element matching a simple tag/class pattern, in document order. */
function allMatches(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

describe('the fixture site', () => {
  it('builds one page per round, event, person and issue, plus the timeline, its years and the indexes', () => {
    const pages = [
      '/',
      '/years/2025/',
      '/years/2026/',
      '/people/',
      '/issues/',
      '/rounds/2025-09-17-london/',
      '/rounds/2025-10-01-rome/',
      '/rounds/2026-01-05-paris/',
      '/rounds/2026-03-02-geneva/',
      '/events/2025-11-11-fixture-resignation/',
      '/people/ron-dermer/',
      '/people/hussein-al-salama/',
      '/people/tom-barrack/',
      '/issues/buffer-zone/',
      '/notes/round-numbering/',
    ];
    for (const page of pages) expect(existsSync(join(build.outDir, page, 'index.html')), page).toBe(true);
    expect(existsSync(join(build.outDir, '404.html'))).toBe(true);
    expect(readdirSync(join(build.outDir, 'rounds'))).toHaveLength(4);
  });

  it('lists the newest entries newest first on /, and each year in date order on its page, grouped by month', () => {
    const home = readPage(build.outDir, '/');
    const cardIds = (html: string) => allMatches(html, /<h4 id="card-([^"]+)"/g);
    const chronological = [
      '2025-09-17-london',
      '2025-10-01-rome',
      '2025-11-11-fixture-resignation',
      '2026-01-05-paris',
      '2026-03-02-geneva',
    ];
    expect(cardIds(home)).toEqual([...chronological].reverse());
    expect(allMatches(home, /<h2 id="year-(\d+)"/g)).toEqual(['2026', '2025']);
    expect(allMatches(home, /<h3 id="month-([\d-]+)"/g)).toEqual(['2026-03', '2026-01', '2025-11', '2025-10', '2025-09']);
    const year = readPage(build.outDir, '/years/2025/');
    expect(cardIds(year)).toEqual(chronological.slice(0, 3));
    expect(allMatches(year, /<h3 id="month-([\d-]+)"/g)).toEqual(['2025-09', '2025-10', '2025-11']);
    for (const page of [home, year]) {
      expect(allMatches(page, /<a href="(\/years\/\d+\/)"/g)).toEqual(['/years/2025/', '/years/2026/']);
    }
  });

  it('shows a scheduled meeting still to come as upcoming, on the timeline and on its page', () => {
    const timeline = readPage(build.outDir, '/');
    const geneva = timeline.slice(timeline.lastIndexOf('<article', timeline.indexOf('id="card-2026-03-02-geneva"')));
    expect(geneva).toMatch(/^<article class="card round-card upcoming"/);
    expect(geneva).toContain('<span class="badge badge-upcoming">Upcoming</span>');
    expect(timeline).not.toMatch(/days after fixture announced/i);
    const page = readPage(build.outDir, '/rounds/2026-03-02-geneva/');
    expect(page).toMatch(/<dt>Status<\/dt>\s*<dd>Upcoming<\/dd>/);
  });

  it('builds byte for byte the same twice, search index, feeds, data and headers included', async () => {
    const again = await buildSite('tests/fixtures/valid', AS_ON_FIRST_OF_FEBRUARY);
    try {
      expect(again.ok, again.output).toBe(true);
      const first = siteFingerprint(build.outDir);
      for (const file of ['pagefind/pagefind-entry.json', 'feed.xml', 'data/rounds.json', 'rounds.ics', '_headers']) {
        expect(first.has(file), file).toBe(true);
      }
      expect(siteFingerprint(again.outDir)).toEqual(first);
    } finally {
      removeBuild(again);
    }
  });

  it('keeps the old newest-first address working as a redirect to the home page', () => {
    expect(readPage(build.outDir, '/newest-first/')).toMatch(/<meta http-equiv="refresh" content="0; url=\/">/);
  });

  it('shows each round card with its number, dates, place, heads of delegation and lead mediator, issues and the gap since the previous round', () => {
    const timeline = readPage(build.outDir, '/');
    const paris = timeline.slice(timeline.indexOf('id="card-2026-01-05-paris"') - 400);
    expect(paris).toContain('<a class="round-number" href="/notes/round-numbering/" title="How the rounds are numbered">Round 5</a>');
    expect(paris).toContain('<time datetime="2026-01-05">5</time>–<time datetime="2026-01-06">6 January 2026</time>');
    expect(paris).toContain('Paris, France');
    expect(textOf(paris.slice(0, paris.indexOf('</article>')))).toContain(
      'Led by Ron Dermer (Israel), Hussein al-Salama (Syria); mediated by Tom Barrack (United States)',
    );
    expect(paris).toContain('<a href="/issues/buffer-zone/">The buffer zone</a>');
    expect(paris).toContain('Confirmed by Syria and the United States');
    // The postponed Rome meeting is not a gap anchor: London (17 Sep) to Paris (5 Jan) is 110 days.
    expect(timeline).toContain('110 days after round four');
  });

  it('gives every round page the fixed section anchors, a delegations table, positions and numbered sources', () => {
    const london = readPage(build.outDir, '/rounds/2025-09-17-london/');
    for (const id of ['delegations', 'positions', 'sources', 'what-happened', 'what-comes-next']) {
      expect(london, id).toMatch(new RegExp(`<h2 id="${id}">[\\s\\S]*?<a[^>]*href="#${id}"`));
    }
    expect(london).toMatch(/<th scope="row"><span class="side side-syria">Syria<\/span><\/th>/);
    expect(london).toContain('<span class="red-line">Red line</span> Fixture stance of Israel.');
    expect(london).toContain(
      '<li id="source-1"><bdi>Fixture Wire</bdi>, <a href="https://example.org/a" rel="external noopener noreferrer" dir="auto" data-originalurl="https://example.org/a" data-versiondate="2025-09-18">Fixture headline</a>',
    );
    expect(london).toContain('Reported by the press only');
    // What the search index is told (facets, the facts shown beside a result, the other spellings) is indexed, and the
    // published page does not carry it.
    expect(london).toContain('<article class="round" data-pagefind-body>');
    expect(london).not.toMatch(/data-index-only|data-pagefind-(?:filter|meta|sort)|also written/);
    const indexed = indexedPage(build.outDir, '/rounds/2025-09-17-london/');
    expect(indexed.filters['person']).toContain('hussein-al-salama');
    expect(indexed.meta['place']).toBe('London, United Kingdom');
    expect(indexed.content).toMatch(/Names on this page are also written [^.]*Salameh/);
  });

  it('links the first mention of a person in a body, by any alias, and only the first', () => {
    const london = readPage(build.outDir, '/rounds/2025-09-17-london/');
    const body = london.slice(london.indexOf('id="what-happened"'));
    expect(body).toContain(
      '<a href="/people/hussein-al-salama/">Salameh</a> met <a href="/people/ron-dermer/">Dermer</a>. Salameh spoke again later, and Ron Dermer replied.',
    );
  });

  it('links previous and next meetings in date order', () => {
    const rome = readPage(build.outDir, '/rounds/2025-10-01-rome/');
    expect(rome).toMatch(
      /<a class="previous" href="\/rounds\/2025-09-17-london\/" rel="prev"><span class="meta">← Previous<\/span><br>Fixture round four/,
    );
    expect(rome).toMatch(/<a class="next" href="\/rounds\/2026-01-05-paris\/" rel="next"><span class="meta">Next →<\/span><br>/);
    expect(rome).toContain('Announced, then postponed');
  });

  it('lists on a person page their roles and every round and event they took part in, newest first by year', () => {
    const dermer = readPage(build.outDir, '/people/ron-dermer/');
    const titles = allMatches(dermer, /<a href="\/(?:rounds|events)\/([^/]+)\/">/g);
    expect(titles).toEqual(['2026-01-05-paris', '2025-11-11-fixture-resignation', '2025-09-17-london']);
    expect(allMatches(dermer, /<h3>(\d{4})<\/h3>/g)).toEqual(['2026', '2025']);
    expect(textOf(dermer)).toContain('Also written: Dermer');
  });

  it('says on the round page and the person page that the United States sat as mediator, not as a party', () => {
    const paris = readPage(build.outDir, '/rounds/2026-01-05-paris/');
    const delegations = paris.slice(paris.indexOf('aria-labelledby="delegations"'), paris.indexOf('aria-labelledby="positions"'));
    expect(textOf(delegations)).toContain('Tom Barrack (lead mediator)');
    expect(textOf(readPage(build.outDir, '/people/tom-barrack/'))).toContain('Lead mediator for the United States');
  });

  it('shows on an issue page each side’s positions round by round, red lines marked and linked to the round', () => {
    const issue = readPage(build.outDir, '/issues/buffer-zone/');
    expect(issue).toContain('<span class="side side-israel">Israel</span>');
    expect(issue).toMatch(
      /<span class="red-line"[^>]*>Red line<\/span> <a href="\/rounds\/2025-09-17-london\/#positions"[^>]*>Fixture stance of Israel\.<\/a>/,
    );
    expect(issue).toContain('href="/rounds/2025-09-17-london/#source-1"');
  });

  it('shows the place with its venue, inferred source dates and month-only dates honestly', () => {
    const paris = readPage(build.outDir, '/rounds/2026-01-05-paris/');
    expect(paris).toContain('<time datetime="2026-01">January 2026</time>');
    expect(paris).toContain('date inferred from its content');
    expect(paris).toContain('no web address known');
    expect(paris).toContain('<dt>Place</dt><dd>Paris, France<span> (Fixture Hall)</span></dd>');
  });

  it('links each source as a Robust Link beside an archived copy, a lookup where none is recorded, a dead one to its copy first', () => {
    const london = readPage(build.outDir, '/rounds/2025-09-17-london/');
    expect(london).toContain(
      '<a href="https://example.org/a" rel="external noopener noreferrer" dir="auto" data-originalurl="https://example.org/a" data-versiondate="2025-09-18">Fixture headline</a>',
    );
    expect(london).toContain(
      '<a href="https://web.archive.org/web/20250918/https://example.org/a" rel="external noopener noreferrer">look for an archived copy</a>',
    );
    const rome = readPage(build.outDir, '/rounds/2025-10-01-rome/');
    const copy = 'https://web.archive.org/web/20250930120000/https://example.org/rome';
    expect(rome).toContain(
      `<a href="${copy}" rel="external noopener noreferrer" dir="auto" data-originalurl="https://example.org/rome" data-versiondate="2025-09-30" data-versionurl="${copy}">Postponed</a>`,
    );
    expect(textOf(rome)).toContain('(archived copy, 30 September 2025; original address: no longer works)');
    const barrack = readPage(build.outDir, '/people/tom-barrack/');
    expect(barrack).toContain('<span dir="auto">Profile</span>');
    expect(textOf(barrack)).toContain('(look for an archived copy; original address: now shows other content)');
    expect(barrack).toContain('<a href="https://web.archive.org/web/20250101/https://example.org/barrack"');
    const arabicRome = readPage(build.outDir, '/ar/rounds/2025-10-01-rome/');
    expect(textOf(arabicRome)).toContain('نسخة مؤرشفة');
    expect(textOf(arabicRome)).toContain('الرابط الأصلي: لم يعد يعمل');
  });

  it('gives every page a title, a meta description and a canonical URL', () => {
    for (const page of ['/', '/rounds/2025-09-17-london/', '/people/', '/issues/buffer-zone/', '/events/2025-11-11-fixture-resignation/']) {
      const html = readPage(build.outDir, page);
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html, page).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+${page.replace(/\//g, '\\/')}"`));
      expect(allMatches(html, /<h1[^>]*>([^<]*)</g), page).toHaveLength(1);
    }
  });

  it('offers the timeline and the indexes on the 404 page', () => {
    const missing = readPage(build.outDir, '404.html');
    for (const href of ['/', '/people/', '/issues/']) expect(missing).toContain(`href="${href}"`);
  });
});

describe('links in the fixture site', () => {
  it('all resolve, anchors included', async () => {
    const { brokenInternalLinks } = await import('@tests/helpers/links');
    expect(brokenInternalLinks(build.outDir)).toEqual([]);
  });

  it('has on every page of the record each section the content check lets a body link to', () => {
    const { index } = checkContent('tests/fixtures/valid', '2026-02-01');
    expect(index.anchors.size).toBe(10);
    for (const [page, anchors] of index.anchors) {
      const ids = new Set(allMatches(readPage(build.outDir, page), /\sid="([^"]+)"/g));
      expect(
        [...anchors].filter((anchor) => !ids.has(anchor)),
        page,
      ).toEqual([]);
    }
  });
});
