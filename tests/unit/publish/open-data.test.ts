import { CALENDAR_URL, dataFileUrl, POSITIONS_CSV_URL, schemaFileUrl, TIMELINEJS_URL } from '@/lib/base/urls';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { buildTimeline } from '@/lib/model/timeline';
import {
  calendarStatus,
  DATA_FILES,
  dataFileHref,
  OPEN_DATA_COLLECTIONS,
  openDataFile,
  openDataJsonSchema,
  POSITION_COLUMNS,
  positionRows,
  positionsCsv,
  recordedDay,
  placeText,
  recordUpdatedDay,
  roundsCalendar,
  siteOf,
  timelineJsDocument,
} from '@/lib/publish/open-data';
import type { Translation } from '@/lib/model/editions';
import type { ContentRecord } from '@/lib/record/entries';
import { DATA_LICENSE } from '@/site';
import { event, issue, person, position, round, source } from '@tests/helpers/fixtures';
import { schemaProblems } from '@tests/helpers/json-schema';

const SITE = 'https://example.org';

const paris = round('paris', {
  round: 5,
  start: '2026-01-05',
  end: '2026-01-06',
  place: { city: 'Paris', country: 'FR', venue: 'Quai d’Orsay' },
  issues: ['buffer-zone'],
  positions: [
    position({ side: 'syria', stance: 'Withdraw to the "1974 lines", first.', redLine: true, source: 2 }),
    position({ side: 'israel', stance: 'No withdrawal.', shift: 'changed', how: 'now rules out any withdrawal' }),
  ],
  sources: [source({ date: '2026-01-06' }), source({ publisher: 'Second Wire', url: 'https://wire.example/a', date: '2026-01-07' })],
  confirmedBy: ['syria'],
  updates: [{ date: '2026-01-20', note: 'Added the joint statement.' }],
});
const baku = round('baku', { start: '2025-07-12', place: { city: 'Baku', country: 'AZ' }, sources: [source({ date: '2025-07' })] });
const postponed = round('london', { round: 4, start: '2025-09-17', status: 'postponed', positions: [position()] });
const cancelled = round('doha', { start: '2025-12-06', status: 'cancelled' });
const scheduled = round('riyadh', { round: 6, start: '2026-06-01', status: 'scheduled', sources: [source({ date: '2026-02-01' })] });

const record: ContentRecord = {
  rounds: [paris, scheduled, cancelled, postponed, baku],
  events: [event('ceasefire', { date: '2025-07-18' }), event('fall-of-assad', { date: '2024-12-08' })],
  people: [person('yechiel-leiter'), person('asaad-al-shaibani', { side: 'syria' })],
  issues: [issue('buffer-zone')],
  notes: [
    {
      id: 'round-numbering',
      data: { title: 'Numbering', summary: 'How.', sources: [source()], updates: [{ date: '2026-03-01', note: 'x' }] },
    },
  ],
};

describe('recordedDay', () => {
  it('is the day of the newest source', () => {
    expect(recordedDay({ sources: [source({ date: '2026-01-07' }), source({ date: '2026-01-06' })] })).toBe('2026-01-07');
  });

  it('counts a source dated by month from the first of the month', () => {
    expect(recordedDay({ sources: [source({ date: '2025-07' })] })).toBe('2025-07-01');
  });

  it('is a later correction when there is one', () => {
    expect(recordedDay(paris.data)).toBe('2026-01-20');
  });
});

describe('recordUpdatedDay', () => {
  it('is the newest recorded day of any entry of any collection, notes included, and never a day still to come', () => {
    expect(recordUpdatedDay(record)).toBe('2026-03-01');
    expect(recordUpdatedDay({ ...record, notes: [] })).toBe('2026-02-01');
  });
});

describe('openDataFile', () => {
  it("publishes each translation's prose beside its English, with its page in its edition and how fresh it is", () => {
    const prose = { translates: 'v0123456789ab', title: 'اختبار', summary: 'ملخص.', updates: [] };
    const translations: Translation[] = [
      { locale: 'ar', collection: 'events', of: '2025-07-18-ceasefire', state: 'stale', prose },
      { locale: 'he', collection: 'events', of: '2025-07-18-ceasefire', state: 'stale', prose: undefined },
    ];
    const file = openDataFile('events', record, translations, SITE);
    const ceasefire = file.items.find((item) => item.id === '2025-07-18-ceasefire');
    expect(ceasefire?.translations).toEqual({
      ar: { ...prose, url: 'https://example.org/ar/events/2025-07-18-ceasefire/', state: 'stale' },
    });
    expect(schemaProblems(openDataJsonSchema('events', SITE), file)).toEqual([]);
  });

  it('lists every entry by id with its page as an absolute URL and its validated data', () => {
    const file = openDataFile('rounds', record, [], SITE);
    expect(file.items.map((item) => item.id)).toEqual([
      '2025-07-12-baku',
      '2025-09-17-london',
      '2025-12-06-doha',
      '2026-01-05-paris',
      '2026-06-01-riyadh',
    ]);
    expect(file.items[3]).toEqual({
      id: paris.id,
      url: 'https://example.org/rounds/2026-01-05-paris/',
      ...paris.data,
      place: { ...paris.data.place, countryName: 'France' },
      translations: {},
    });
    expect(openDataFile('people', record, [], SITE).items.map((item) => item.url)).toEqual([
      'https://example.org/people/asaad-al-shaibani/',
      'https://example.org/people/yechiel-leiter/',
    ]);
  });

  it("keeps a round's country as its code and names it in English beside it; a border's two codes and both names", () => {
    const border = round('border-area', { place: { city: 'Border region', country: ['IL', 'SY'] } });
    const { items } = openDataFile('rounds', { ...record, rounds: [baku, border] }, [], SITE);
    expect(items.map((item) => ('place' in item ? item.place : undefined))).toEqual([
      { city: 'Baku', country: 'AZ', countryName: 'Azerbaijan' },
      { city: 'Border region', country: ['IL', 'SY'], countryName: 'Israel–Syria' },
    ]);
  });

  it('names its schema, the day the record last changed and the license', () => {
    const file = openDataFile('events', record, [], SITE);
    expect(file.$schema).toBe('https://example.org/data/schema/events.schema.json');
    expect(file.updated).toBe('2026-03-01');
    expect(file.license).toEqual(DATA_LICENSE);
  });

  it('refuses to publish an entry its schema would refuse', () => {
    const broken = { ...record, issues: [{ id: 'buffer-zone', data: { ...issue('buffer-zone').data, sources: [] } }] };
    expect(() => openDataFile('issues', broken, [], SITE)).toThrow(/sources/);
  });
});

describe('openDataJsonSchema', () => {
  it('is a draft 2020-12 schema with its own address, a title and a description', () => {
    const schema = openDataJsonSchema('rounds', SITE);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://example.org/data/schema/rounds.schema.json',
      type: 'object',
    });
    expect(schema['title']).toContain('Rounds');
    expect(schema['description']).toEqual(expect.any(String));
  });

  it.each(OPEN_DATA_COLLECTIONS)('validates the %s file made from the record', (collection) => {
    expect(schemaProblems(openDataJsonSchema(collection, SITE), openDataFile(collection, record, [], SITE))).toEqual([]);
  });

  it('requires the fields the schemas fill in by default, and refuses unknown ones', () => {
    const file = openDataFile('rounds', record, [], SITE);
    const [first, ...rest] = file.items;
    const withoutPositions: Record<string, unknown> = { ...first, extra: 1 };
    delete withoutPositions['positions'];
    const problems = schemaProblems(openDataJsonSchema('rounds', SITE), { ...file, items: [withoutPositions, ...rest] });
    expect(problems).toEqual(["/items/0 must have required property 'positions'", '/items/0 must NOT have additional properties']);
  });

  it('refuses a round whose country is a name rather than a code, or has no name beside it', () => {
    const file = openDataFile('rounds', { ...record, rounds: [baku] }, [], SITE);
    const [item] = file.items;
    const named = { ...item, place: { city: 'Baku', country: 'Azerbaijan', countryName: 'Azerbaijan' } };
    const unnamed = { ...item, place: { city: 'Baku', country: 'AZ' } };
    const problems = schemaProblems(openDataJsonSchema('rounds', SITE), { ...file, items: [named, unnamed] });
    expect(problems).toEqual([
      '/items/0/place/country must match pattern "^[A-Z]{2}$"',
      '/items/0/place/country must be array',
      '/items/0/place/country must match a schema in anyOf',
      "/items/1/place must have required property 'countryName'",
    ]);
  });

  it('refuses a file whose dates are not YYYY-MM-DD or whose license is missing', () => {
    const file: Record<string, unknown> = { ...openDataFile('events', record, [], SITE), updated: '1 March 2026' };
    delete file['license'];
    const problems = schemaProblems(openDataJsonSchema('events', SITE), file);
    expect(problems).toEqual(["/ must have required property 'license'", '/updated must match pattern "^\\d{4}-\\d{2}-\\d{2}$"']);
  });
});

describe('positionRows', () => {
  it('gives one row per position, rounds by date, with the round and the source each cites', () => {
    const rows = positionRows(record.rounds, SITE);
    expect(rows.map((row) => [row.round_id, row.side])).toEqual([
      ['2025-09-17-london', 'israel'],
      ['2026-01-05-paris', 'syria'],
      ['2026-01-05-paris', 'israel'],
    ]);
    expect(rows[1]).toEqual({
      date: '2026-01-05',
      dated_by_report: false,
      round_id: '2026-01-05-paris',
      round_number: 5,
      round_url: 'https://example.org/rounds/2026-01-05-paris/',
      side: 'syria',
      issue: 'buffer-zone',
      stance: 'Withdraw to the "1974 lines", first.',
      red_line: true,
      shift: undefined,
      shift_how: undefined,
      source_publisher: 'Second Wire',
      source_title: 'Fixture headline',
      source_date: '2026-01-07',
      source_date_precision: 'day',
      source_date_inferred: false,
      source_url: 'https://wire.example/a',
      source_archive_url: undefined,
      source_captured: undefined,
      source_checked: undefined,
      source_state: undefined,
    });
  });

  it("gives a source's archived copy, the day its address was last read and what it served then", () => {
    const archived = round('paris', {
      positions: [position()],
      sources: [
        source({
          url: 'https://wire.example/a',
          archive: { url: 'https://web.archive.org/web/20260107120000/https://wire.example/a', captured: '2026-01-07' },
          checked: '2026-12-01',
          state: 'dead',
        }),
      ],
    });
    expect(positionRows([archived], SITE)[0]).toMatchObject({
      source_archive_url: 'https://web.archive.org/web/20260107120000/https://wire.example/a',
      source_captured: '2026-01-07',
      source_checked: '2026-12-01',
      source_state: 'dead',
    });
  });

  it('says whether a stance restates or changes the side’s earlier one, and how, as its editor marked it', () => {
    const rows = positionRows(record.rounds, SITE);
    expect(rows.map((row) => [row.round_id, row.side, row.shift, row.shift_how])).toEqual([
      ['2025-09-17-london', 'israel', undefined, undefined],
      ['2026-01-05-paris', 'syria', undefined, undefined],
      ['2026-01-05-paris', 'israel', 'changed', 'now rules out any withdrawal'],
    ]);
  });

  it('gives a source dated by month at that precision, saying so, and leaves its address empty when the record has none', () => {
    const monthly = round('paris', {
      positions: [position({ source: 2 })],
      sources: [source({ url: 'https://wire.example/a' }), source({ date: '2026-01', dateInferred: true })],
    });
    expect(positionRows([monthly], SITE)[0]).toMatchObject({
      source_date: '2026-01',
      source_date_precision: 'month',
      source_date_inferred: true,
      source_url: undefined,
    });
  });

  it('says when a round is dated by the report of it', () => {
    const reported = round('border-area', { datedByReport: true, positions: [position()] });
    expect(positionRows([reported], SITE)[0]).toMatchObject({ date: '2026-01-05', dated_by_report: true });
  });

  it('describes every column for the data page, in every edition', () => {
    for (const locale of LOCALES) expect(Object.keys(uiStrings(locale).data.columns)).toEqual([...POSITION_COLUMNS]);
  });

  it('leaves the round number empty for an unnumbered contact', () => {
    expect(positionRows([round('baku', { positions: [position()] })], SITE)[0]?.round_number).toBeUndefined();
  });
});

describe('positionsCsv', () => {
  it('starts with a header row naming every column, then one line per position', () => {
    const lines = positionsCsv(record.rounds, SITE).split('\r\n');
    expect(lines[0]).toBe(POSITION_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(lines[2]).toContain(',"Withdraw to the ""1974 lines"", first.",true,,,');
    expect(lines[3]).toContain(',No withdrawal.,false,changed,now rules out any withdrawal,');
  });
});

describe('roundsCalendar', () => {
  const calendar = roundsCalendar(record.rounds, SITE);

  it('holds the held and scheduled rounds by date, and no postponed or cancelled one', () => {
    expect(calendar.events.map((item) => item.uid)).toEqual([
      '2025-07-12-baku@example.org',
      '2026-01-05-paris@example.org',
      '2026-06-01-riyadh@example.org',
    ]);
  });

  it('leaves out a meeting whose days were never reported, rather than put it on the day of the report', () => {
    const reported = round('border-area', { start: '2025-05-27', datedByReport: true, sources: [source({ date: '2025-05-27' })] });
    expect(roundsCalendar([reported, paris], SITE).events.map((item) => item.uid)).toEqual(['2026-01-05-paris@example.org']);
  });

  it('marks a held round a side confirmed as confirmed, and one only the press reported, or still to come, tentative', () => {
    expect(calendar.events.map((item) => item.status)).toEqual(['TENTATIVE', 'CONFIRMED', 'TENTATIVE']);
    expect(calendarStatus({ status: 'scheduled', confirmedBy: ['syria'] })).toBe('TENTATIVE');
    expect(calendarStatus({ status: 'postponed', confirmedBy: ['syria'] })).toBeUndefined();
  });

  it('gives each round its days, place, page, summary and the day its record last changed', () => {
    expect(calendar.events[1]).toEqual({
      uid: '2026-01-05-paris@example.org',
      stamp: '2026-01-20',
      start: '2026-01-05',
      end: '2026-01-06',
      summary: 'Fixture round',
      location: 'Quai d’Orsay, Paris, France',
      description: 'A fixture round.\n\nhttps://example.org/rounds/2026-01-05-paris/',
      url: 'https://example.org/rounds/2026-01-05-paris/',
      status: 'CONFIRMED',
    });
    expect(calendar.events[0]).toMatchObject({ start: '2025-07-12', end: '2025-07-12', location: 'Baku, Azerbaijan', stamp: '2025-07-01' });
  });
});

describe('the calendar of the Arabic and Hebrew editions', () => {
  const arabic = roundsCalendar(record.rounds, SITE, 'ar');

  it("is named in the edition's language and says so in its product id", () => {
    expect(arabic).toMatchObject({ name: 'سجل المحادثات السورية الإسرائيلية: الجولات', language: 'AR' });
    expect(roundsCalendar(record.rounds, SITE, 'he').name).toBe('תיעוד השיחות בין ישראל לסוריה: סבבים');
    expect(roundsCalendar(record.rounds, SITE).language).toBe('EN');
  });

  it("places each round in the edition's words and links the edition's page, under ids of its own", () => {
    expect(arabic.events[1]).toMatchObject({
      uid: '2026-01-05-paris.ar@example.org',
      location: 'Quai d’Orsay، باريس، فرنسا',
      description: 'A fixture round.\n\nhttps://example.org/ar/rounds/2026-01-05-paris/',
      url: 'https://example.org/ar/rounds/2026-01-05-paris/',
    });
    expect(roundsCalendar(record.rounds, SITE, 'he').events[0]).toMatchObject({
      location: 'באקו, אזרבייג׳ן',
      uid: '2025-07-12-baku.he@example.org',
    });
  });

  it("names a meeting's place in each edition: venue, city, country", () => {
    const place = { city: 'Paris', country: 'FR', venue: 'Quai d’Orsay' } as const;
    expect(placeText(place)).toBe('Quai d’Orsay, Paris, France');
    expect(placeText(place, 'ar')).toBe('Quai d’Orsay، باريس، فرنسا');
    expect(placeText({ city: 'Paris', country: 'FR' }, 'he')).toBe('פריז, צרפת');
  });
});

describe('timelineJsDocument', () => {
  const document = timelineJsDocument({ timeline: buildTimeline(record.rounds, record.events), today: '2026-02-01' }, SITE);

  it('holds every round and event, oldest first, each in its group', () => {
    expect(document.events.map((slide) => [slide.unique_id, slide.group])).toEqual([
      ['event-2024-12-08-fall-of-assad', 'Context events'],
      ['round-2025-07-12-baku', 'Rounds'],
      ['event-2025-07-18-ceasefire', 'Context events'],
      ['round-2025-09-17-london', 'Rounds'],
      ['round-2025-12-06-doha', 'Rounds'],
      ['round-2026-01-05-paris', 'Rounds'],
      ['round-2026-06-01-riyadh', 'Rounds'],
    ]);
  });

  it('links each headline to its page and says what kind of meeting it was, where, and how it stands', () => {
    const slide = document.events.find((item) => item.unique_id === 'round-2025-09-17-london');
    expect(slide?.text.headline).toBe('<a href="https://example.org/rounds/2025-09-17-london/">Fixture round</a>');
    expect(slide?.text.text).toBe('<p>Round 4 · Paris, France · Announced, then postponed</p><p>A fixture round.</p>');
    expect(document.events.at(-1)?.text.text).toContain('Upcoming');
  });

  it('has a title slide with the site name and no date', () => {
    expect(document.title.text.headline).toBe('Israel–Syria Talks Record');
    expect(document.title).not.toHaveProperty('start_date');
  });
});

describe('dataFileHref', () => {
  it("links an edition's own calendar, and the one shared file of every other kind", () => {
    const calendar = DATA_FILES.find((file) => file.href === CALENDAR_URL);
    expect(calendar && dataFileHref(calendar, 'ar')).toBe('/ar/rounds.ics');
    expect(calendar && dataFileHref(calendar, 'en')).toBe('/rounds.ics');
    expect(DATA_FILES.filter((file) => file.href !== CALENDAR_URL).map((file) => dataFileHref(file, 'he'))).toEqual(
      DATA_FILES.filter((file) => file.href !== CALENDAR_URL).map((file) => file.href),
    );
  });
});

describe('DATA_FILES', () => {
  it('lists every file once: each collection with its schema, the CSV, the TimelineJS file and the calendar', () => {
    const hrefs = DATA_FILES.map((file) => file.href);
    expect(hrefs).toEqual([...OPEN_DATA_COLLECTIONS.map(dataFileUrl), POSITIONS_CSV_URL, TIMELINEJS_URL, CALENDAR_URL]);
    for (const collection of OPEN_DATA_COLLECTIONS) {
      expect(DATA_FILES.find((file) => file.href === dataFileUrl(collection))?.schema?.href).toBe(schemaFileUrl(collection));
    }
  });
});

describe('siteOf', () => {
  it('fails with what to fix when the site has no address', () => {
    expect(siteOf(new URL(SITE)).href).toBe('https://example.org/');
    expect(() => siteOf(undefined)).toThrow(/astro\.config\.ts sets no `site`/);
  });
});
