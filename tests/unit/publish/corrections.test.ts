import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  correctionFeedItems,
  corrections,
  correctionsByYear,
  correctionsFeed,
  correctionsFeedLinks,
  type Correction,
} from '@/lib/publish/corrections';
import { FEED_LENGTH, rssFeed } from '@/lib/publish/feeds';
import { event, issue, note, person, round } from '@tests/helpers/fixtures';

const SITE = new URL('https://talks.example.org/');

const paris = round('paris', {
  title: 'Paris talks',
  round: 5,
  updates: [
    { date: '2026-01-08', note: 'Added the joint statement.' },
    { date: '2026-02-01', note: 'Corrected the venue.' },
    { date: '2026-01-08', note: 'Added a second source.' },
  ],
});
const amman = round('amman', { title: 'Amman contact', start: '2025-08-19', updates: [{ date: '2026-02-01', note: 'Named the venue.' }] });
const quiet = round('quiet', { title: 'A round never updated', start: '2025-06-01' });
const gasDeal = event('gas-deal', { title: 'Gas deal', updates: [{ date: '2026-03-10', note: 'Corrected the price.' }] });
const numbering = note('round-numbering', { title: 'How rounds are numbered', updates: [{ date: '2026-01-08', note: 'Added round 5.' }] });
const salama = person('hussein-al-salama', { name: 'Hussein al-Salama', updates: [{ date: '2026-02-02', note: 'Added a spelling.' }] });
const bufferZone = issue('buffer-zone', { title: 'The buffer zone', updates: [{ date: '2026-02-03', note: 'Corrected a citation.' }] });
const record = { rounds: [paris, amman, quiet], events: [gasDeal], people: [salama], issues: [bufferZone], notes: [numbering] };

describe('corrections', () => {
  const list = corrections(record);

  it('lists every update of every page, round, event, person, issue and note, and nothing else', () => {
    expect(list).toHaveLength(8);
    expect(list.map((correction) => correction.note).sort()).toEqual(
      [
        ...paris.data.updates,
        ...amman.data.updates,
        ...gasDeal.data.updates,
        ...salama.data.updates,
        ...bufferZone.data.updates,
        ...numbering.data.updates,
      ]
        .map((update) => update.note)
        .sort(),
    );
  });

  it("lists them newest first; one day's by page title, and a page's own in the order it lists them", () => {
    expect(list.map(({ date, title, note }) => `${date} ${title}: ${note}`)).toEqual([
      '2026-03-10 Gas deal: Corrected the price.',
      '2026-02-03 The buffer zone: Corrected a citation.',
      '2026-02-02 Hussein al-Salama: Added a spelling.',
      '2026-02-01 Amman contact: Named the venue.',
      '2026-02-01 Paris talks: Corrected the venue.',
      '2026-01-08 How rounds are numbered: Added round 5.',
      '2026-01-08 Paris talks: Added the joint statement.',
      '2026-01-08 Paris talks: Added a second source.',
    ]);
  });

  it('links each to the update on its page, naming what kind of page it is', () => {
    expect(list[0]).toEqual<Correction>({
      date: '2026-03-10',
      note: 'Corrected the price.',
      title: 'Gas deal',
      kind: 'Event',
      page: '/events/2025-11-11-gas-deal/',
      href: '/events/2025-11-11-gas-deal/#updates-2026-03-10-1',
    });
    expect(list.map(({ kind, href }) => `${kind} ${href}`)).toEqual([
      'Event /events/2025-11-11-gas-deal/#updates-2026-03-10-1',
      'Issue /issues/buffer-zone/#updates-2026-02-03-1',
      'Person /people/hussein-al-salama/#updates-2026-02-02-1',
      'Direct contact /rounds/2025-08-19-amman/#updates-2026-02-01-1',
      'Round 5 /rounds/2026-01-05-paris/#updates-2026-02-01-1',
      'Note /notes/round-numbering/#updates-2026-01-08-1',
      'Round 5 /rounds/2026-01-05-paris/#updates-2026-01-08-1',
      'Round 5 /rounds/2026-01-05-paris/#updates-2026-01-08-2',
    ]);
  });

  it('is empty when no page was ever updated', () => {
    expect(corrections({ rounds: [quiet], events: [], people: [], issues: [], notes: [] })).toEqual([]);
  });
});

describe('the corrections feed', () => {
  const list = corrections(record);

  it('is announced in RSS, beside the corrections page', () => {
    expect(correctionsFeedLinks()).toEqual([
      { href: '/corrections/feed.xml', type: 'application/rss+xml', label: 'RSS', title: 'Corrections (RSS)' },
    ]);
  });

  it('has one item per update, newest first, each at its own address on the page it changed', () => {
    const items = correctionFeedItems(list, SITE);
    expect(items.map((item) => item.url)).toEqual(list.map((correction) => `https://talks.example.org${correction.href}`));
    expect(items[0]).toEqual({
      url: 'https://talks.example.org/events/2025-11-11-gas-deal/#updates-2026-03-10-1',
      title: 'Event: Gas deal',
      summary: 'Corrected the price.',
      published: '2026-03-10',
      contentHtml: '<p>Corrected the price.</p>',
    });
  });

  it('keeps to the newest FEED_LENGTH updates however many there are', () => {
    const many = Array.from({ length: FEED_LENGTH + 3 }, (_, i) => ({ date: '2026-01-08', note: `Update ${i}.` }));
    const items = correctionFeedItems(
      corrections({ rounds: [round('paris', { updates: many })], events: [], people: [], issues: [], notes: [] }),
      SITE,
    );
    expect(items).toHaveLength(FEED_LENGTH);
    expect(items[0]?.summary).toBe('Update 0.');
  });

  it('makes an RSS 2.0 feed of them, each with a distinct guid and dated by its update', async () => {
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(
      await getRssString(rssFeed(correctionsFeed(), correctionFeedItems(list, SITE), SITE)),
    ) as { rss: { channel: { link: string; item: { guid: { '#text': string }; pubDate: string; description: string }[] } } };
    const { channel } = parsed.rss;
    expect(channel.link).toBe('https://talks.example.org/corrections/');
    expect(channel.item).toHaveLength(list.length);
    expect(new Set(channel.item.map((item) => item.guid['#text'])).size).toBe(list.length);
    expect(channel.item[0]).toMatchObject({ pubDate: 'Tue, 10 Mar 2026 00:00:00 GMT', description: 'Corrected the price.' });
  });
});

describe('the corrections feed of the Arabic and Hebrew editions', () => {
  it("names each page's kind in the edition's words", () => {
    expect(Object.fromEntries(corrections(record, 'ar').map((correction) => [correction.page, correction.kind]))).toEqual({
      '/rounds/2026-01-05-paris/': 'الجولة 5',
      '/rounds/2025-08-19-amman/': 'اتصال مباشر',
      '/events/2025-11-11-gas-deal/': 'حدث',
      '/people/hussein-al-salama/': 'شخص',
      '/issues/buffer-zone/': 'قضية',
      '/notes/round-numbering/': 'ملاحظة',
    });
    expect(corrections(record, 'he').find((correction) => correction.page === '/notes/round-numbering/')?.kind).toBe('הערה');
  });

  it("is named and described in the edition's words, and announced at the same file under its prefix", () => {
    expect(correctionsFeed('he')).toEqual({
      title: 'תיקונים · תיעוד השיחות בין ישראל לסוריה',
      description: 'כל תיקון ותוספת שנעשו בעמוד שפורסם בתיעוד השיחות בין ישראל לסוריה, מהחדש לישן.',
      page: '/corrections/',
      locale: 'he',
    });
    expect(correctionsFeedLinks('ar')).toEqual([
      { href: '/corrections/feed.xml', type: 'application/rss+xml', label: 'RSS', title: 'التصحيحات (RSS)' },
    ]);
  });

  it("links each update on its page in the edition, in an RSS feed of the edition's language", async () => {
    const items = correctionFeedItems(corrections(record, 'ar'), SITE, 'ar');
    expect(items[0]).toMatchObject({
      url: 'https://talks.example.org/ar/events/2025-11-11-gas-deal/#updates-2026-03-10-1',
      title: 'حدث: Gas deal',
    });
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(await getRssString(rssFeed(correctionsFeed('ar'), items, SITE))) as {
      rss: { channel: { link: string; language: string; 'atom:link': Record<string, string> } };
    };
    expect(parsed.rss.channel).toMatchObject({ link: 'https://talks.example.org/ar/corrections/', language: 'ar' });
    expect(parsed.rss.channel['atom:link']).toMatchObject({ '@_href': 'https://talks.example.org/ar/corrections/feed.xml' });
  });
});

describe('correctionsByYear', () => {
  it('splits a list newest first into its years, newest year first, each keeping the order', () => {
    const years = correctionsByYear(
      corrections({ ...record, rounds: [...record.rounds, round('old', { updates: [{ date: '2025-12-01', note: 'An old one.' }] })] }),
    );
    expect(years.map(({ year, corrections: list }) => [year, list.length])).toEqual([
      [2026, 8],
      [2025, 1],
    ]);
    expect(years[0]?.corrections).toEqual(corrections(record));
  });
});

describe('corrections in the Arabic and Hebrew editions', () => {
  it('says what kind of page each correction changed in the edition’s words', () => {
    const update = [{ date: '2026-02-01', note: 'تصحيح.' }];
    const record = {
      rounds: [round('paris', { round: 5, updates: update }), round('baku', { updates: update })],
      events: [event('doha', { updates: update })],
      people: [person('ron-dermer', { updates: update })],
      issues: [issue('buffer-zone', { updates: update })],
      notes: [note('numbering', { updates: update })],
    };
    expect(
      corrections(record, 'ar')
        .map((correction) => correction.kind)
        .sort(),
    ).toEqual(['الجولة 5', 'اتصال مباشر', 'حدث', 'شخص', 'قضية', 'ملاحظة'].sort());
    expect(
      corrections(record, 'he')
        .map((correction) => correction.kind)
        .sort(),
    ).toEqual(['סבב 5', 'מגע ישיר', 'אירוע', 'אדם', 'סוגיה', 'הערה'].sort());
    expect(
      corrections(record)
        .map((correction) => correction.kind)
        .sort(),
    ).toEqual(['Round 5', 'Direct contact', 'Event', 'Person', 'Issue', 'Note'].sort());
  });
});
