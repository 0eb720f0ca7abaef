/**
 * The open data files of the real site, read from the built folder and checked
 * against content/ itself: each JSON file against its generated JSON Schema,
 * the CSV parsed back row by row, the TimelineJS file against its documented
 * format, and the calendar through a real iCalendar parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { countryName } from '@/lib/base/countries';
import { addDaysTo } from '@/lib/base/dates';
import { localeOfPath, localizedPath } from '@/lib/base/locales';
import { DATA_FILES, OPEN_DATA_COLLECTIONS, POSITION_COLUMNS } from '@/lib/publish/open-data';
import { SCHEMAS, type Round } from '@/lib/record/schemas';
import { DATA_LICENSE, SITE_URL } from '@/site';
import { readPage } from '@tests/helpers/html';
import { schemaProblems } from '@tests/helpers/json-schema';
import { contentFiles } from './content';

const siteDir = inject('siteDir');
const read = (path: string): string => readFileSync(join(siteDir, path), 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));
const pageUrl = (path: string): string => new URL(path, SITE_URL).href;

/** Every entry of a collection as the build validates it, with its id. */
function validated(collection: (typeof OPEN_DATA_COLLECTIONS)[number]) {
  return contentFiles(collection).map((file) => ({
    id: file.id,
    url: pageUrl(file.url),
    data: SCHEMAS[collection].parse(file.frontmatter),
  }));
}

const rounds = validated('rounds') as { id: string; url: string; data: Round }[];

describe('the JSON files', () => {
  it.each(OPEN_DATA_COLLECTIONS)('/data/%s.json is valid against its own JSON Schema, which it names', (collection) => {
    const file = readJson(`data/${collection}.json`) as { $schema: string };
    const schema = readJson(`data/schema/${collection}.schema.json`) as { $id: string };
    expect(file.$schema).toBe(pageUrl(`/data/schema/${collection}.schema.json`));
    expect(schema.$id).toBe(file.$schema);
    expect(schemaProblems(schema, file)).toEqual([]);
  });

  it.each(OPEN_DATA_COLLECTIONS)(
    "/data/%s.json holds every entry of content/ as validated, with its id and page, a round's country named too, its translations beside it, and the license",
    (collection) => {
      const file = readJson(`data/${collection}.json`) as {
        license: unknown;
        items: { id: string; url: string; translations: Record<string, { url: string; state: string }> }[];
      };
      expect(file.license).toEqual(DATA_LICENSE);
      const expected = validated(collection).map(({ id, url, data }) => ({
        id,
        url,
        translations: undefined,
        ...data,
        ...('place' in data ? { place: { ...data.place, countryName: countryName(data.place.country, 'en') } } : {}),
      }));
      expect(file.items.map((item) => ({ ...item, translations: undefined }))).toEqual(expected.sort((a, b) => (a.id < b.id ? -1 : 1)));
      // Every entry of the record is translated: its Arabic and Hebrew prose beside it, each at its page in its edition.
      for (const item of file.items) {
        expect(Object.keys(item.translations).sort(), item.id).toEqual(['ar', 'he']);
        for (const [locale, translation] of Object.entries(item.translations)) {
          expect(translation.url, item.id).toBe(item.url.replace(/^(https?:\/\/[^/]+)\//, `$1/${locale}/`));
          expect(translation.state, item.id).toBe('current');
        }
      }
    },
  );
});

/** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; every record ends with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      // A quoted field ends at the first quote that is not doubled.
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) throw new Error(`unclosed quote at ${i}`);
        field += text.slice(from, quote);
        if (text[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        field += '"';
        from = quote + 2;
      }
      if (![',', '\r'].includes(text[i] ?? '')) throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    const character = text.charAt(i);
    if (character === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (character === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (character === '\r' || character === '\n' || character === '"') {
      throw new Error(`a bare ${JSON.stringify(character)} outside quotes at ${i}`);
    } else {
      field += character;
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

describe('/data/positions.csv', () => {
  const [header, ...rows] = parseCsv(read('data/positions.csv'));

  it('has a header row naming every column, and every row as many fields', () => {
    expect(header).toEqual([...POSITION_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(POSITION_COLUMNS.length);
  });

  it('reads back as every position of every round, with its round and source', () => {
    const expected = [...rounds]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .flatMap((round) =>
        round.data.positions.map((position) => {
          const source = round.data.sources[position.source - 1];
          if (!source) throw new Error(`${round.id}: no source ${position.source}`);
          return [
            round.data.start,
            String(round.data.datedByReport),
            round.id,
            round.data.round === undefined ? '' : String(round.data.round),
            round.url,
            position.side,
            position.issue,
            position.stance,
            String(position.redLine),
            position.shift ?? '',
            position.how ?? '',
            source.publisher,
            source.title,
            source.date,
            /^\d{4}-\d{2}$/.test(source.date) ? 'month' : 'day',
            String(source.dateInferred),
            source.url ?? '',
            source.archive?.url ?? '',
            source.archive?.captured ?? '',
            source.checked ?? '',
            source.state ?? '',
          ];
        }),
      );
    expect(expected.length).toBeGreaterThan(0);
    expect(rows).toEqual(expected);
  });

  it('dates each source as precisely as the record does, by day or by month, and gives every address the record has', () => {
    const column = (name: (typeof POSITION_COLUMNS)[number]) => POSITION_COLUMNS.indexOf(name);
    const precisions = new Set(rows.map((row) => row[column('source_date_precision')]));
    expect([...precisions].sort()).toEqual(['day', 'month']);
    for (const row of rows) {
      const date = row[column('source_date')] ?? '';
      expect(date, row.join()).toMatch(row[column('source_date_precision')] === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/);
    }
    const withUrl = rounds.flatMap((round) => round.data.positions.filter((position) => round.data.sources[position.source - 1]?.url));
    expect(rows.filter((row) => row[column('source_url')] !== '')).toHaveLength(withUrl.length);
  });
});

describe('/data/timelinejs.json', () => {
  type Json = Record<string, unknown>;
  const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
  const isInteger = (value: unknown, min: number, max: number) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

  /** What breaks TimelineJS3's documented JSON format (timeline.knightlab.com/docs/json-format.html) in one slide. */
  function slideProblems(slide: unknown, where: string, isTitle = false): string[] {
    if (!isObject(slide)) return [`${where} is not an object`];
    const problems: string[] = [];
    const date = (name: string, required: boolean) => {
      const value = slide[name];
      if (value === undefined) {
        if (required) problems.push(`${where}.${name} is missing`);
        return;
      }
      if (!isObject(value) || !Number.isInteger(value['year'])) problems.push(`${where}.${name} has no whole year`);
      else if (value['month'] !== undefined && !isInteger(value['month'], 1, 12)) problems.push(`${where}.${name}.month is not 1–12`);
      else if (value['day'] !== undefined && !isInteger(value['day'], 1, 31)) problems.push(`${where}.${name}.day is not 1–31`);
    };
    date('start_date', !isTitle);
    date('end_date', false);
    const text = slide['text'];
    if (
      text !== undefined &&
      (!isObject(text) || !['headline', 'text'].every((key) => ['string', 'undefined'].includes(typeof text[key])))
    ) {
      problems.push(`${where}.text is not a text object`);
    }
    for (const key of ['group', 'display_date', 'unique_id']) {
      if (!['string', 'undefined'].includes(typeof slide[key])) problems.push(`${where}.${key} is not text`);
    }
    const media = slide['media'];
    if (media !== undefined && (!isObject(media) || typeof media['url'] !== 'string')) problems.push(`${where}.media has no url`);
    return problems;
  }

  const timeline = readJson('data/timelinejs.json') as Json;
  const events = (Array.isArray(timeline['events']) ? timeline['events'] : []) as Json[];

  it('follows the documented format: a list of events, each with a start date, and an optional title slide', () => {
    expect(Array.isArray(timeline['events'])).toBe(true);
    const problems = [
      ...(timeline['title'] === undefined ? [] : slideProblems(timeline['title'], 'title', true)),
      ...events.flatMap((slide, i) => slideProblems(slide, `events[${i}]`)),
    ];
    expect(problems).toEqual([]);
    const ids = events.map((slide) => slide['unique_id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds every round and event on its dates, each headline a link to its page', () => {
    const expected = [
      ...rounds.map((round) => ({ url: round.url, start: round.data.start, end: round.data.end })),
      ...contentFiles('events').map((file) => ({
        url: pageUrl(file.url),
        start: SCHEMAS.events.parse(file.frontmatter).date,
        end: undefined,
      })),
    ];
    expect(events).toHaveLength(expected.length);
    const asDate = (day: string) => ({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) });
    for (const { url, start, end } of expected) {
      const slide = events.find((candidate) => String((candidate['text'] as Json)['headline']).includes(`<a href="${url}">`));
      expect(slide, url).toBeDefined();
      expect(slide?.['start_date'], url).toEqual(asDate(start));
      if (end !== undefined && end !== start) expect(slide?.['end_date'], url).toEqual(asDate(end));
    }
  });
});

describe('/rounds.ics', () => {
  const text = read('rounds.ics');
  const calendar = ICAL.Component.fromString(text);
  const vevents = calendar.getAllSubcomponents('vevent');
  const inCalendar = rounds.filter((round) => ['held', 'scheduled'].includes(round.data.status) && !round.data.datedByReport);

  it('is an iCalendar 2.0 file of CRLF lines of at most 75 octets, with its name and product id', () => {
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('prodid')).toEqual(expect.any(String));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toEqual(expect.any(String));
  });

  it('holds no meeting whose days were never reported, on the day of the report or any other', () => {
    const reported = rounds.filter((round) => round.data.datedByReport).map((round) => `${round.id}@${new URL(SITE_URL).host}`);
    expect(reported.length).toBeGreaterThan(0);
    const uids = vevents.map((vevent) => new ICAL.Event(vevent).uid);
    for (const uid of reported) expect(uids).not.toContain(uid);
  });

  it('holds every held and scheduled round whose days are known, and no other, as an all-day event on its days, at its place, with its page, confirmed only when held and confirmed by a side', () => {
    expect(inCalendar.length).toBeGreaterThan(0);
    expect(vevents).toHaveLength(inCalendar.length);
    for (const round of inCalendar) {
      const vevent = vevents.find((candidate) => new ICAL.Event(candidate).uid === `${round.id}@${new URL(SITE_URL).host}`);
      expect(vevent, round.id).toBeDefined();
      if (!vevent) continue;
      const event = new ICAL.Event(vevent);
      expect(event.startDate.isDate, round.id).toBe(true);
      expect(event.startDate.toString(), round.id).toBe(round.data.start);
      expect(event.endDate.toString(), round.id).toBe(addDaysTo(round.data.end ?? round.data.start, 1));
      const { venue, city, country } = round.data.place;
      expect(event.location, round.id).toBe([venue, city, countryName(country, 'en')].filter(Boolean).join(', '));
      expect(event.summary, round.id).toBe(round.data.title);
      expect(event.description, round.id).toBe(`${round.data.summary}\n\n${round.url}`);
      expect(vevent.getFirstPropertyValue('url'), round.id).toBe(round.url);
      const confirmed = round.data.status === 'held' && round.data.confirmedBy.length > 0;
      expect(vevent.getFirstPropertyValue('status'), round.id).toBe(confirmed ? 'CONFIRMED' : 'TENTATIVE');
      expect(vevent.getFirstPropertyValue('dtstamp'), round.id).toBeTruthy();
    }
  });
});

describe('the data page', () => {
  const page = readPage(siteDir, '/data/');

  it('links every file and its schema, each of which the build wrote', () => {
    const links = DATA_FILES.flatMap((file) => [file.href, ...(file.schema && !file.schema.external ? [file.schema.href] : [])]);
    expect(links.length).toBeGreaterThan(DATA_FILES.length);
    for (const href of links) {
      expect(page, href).toContain(`href="${href}"`);
      expect(existsSync(join(siteDir, href)), href).toBe(true);
    }
  });

  it('describes every column of the CSV file, in order', () => {
    const described = [...page.matchAll(/<dt><code>([a-z_]+)<\/code><\/dt>\s*<dd>([^<]+)<\/dd>/g)].map(([, column = '']) => column);
    expect(described.filter((column) => (POSITION_COLUMNS as readonly string[]).includes(column))).toEqual([...POSITION_COLUMNS]);
  });

  it('states the license of the data', () => {
    expect(page).toContain(`href="${DATA_LICENSE.url}"`);
    expect(page).toContain(DATA_LICENSE.name);
  });

  it("is linked from every page's footer, with the edition's calendar", () => {
    for (const path of ['/', '/rounds/2026-01-05-paris/', '/ar/', '/he/issues/buffer-zone/']) {
      const page = readPage(siteDir, path);
      const footer = page.slice(page.indexOf('<footer'));
      expect(footer, path).toContain(`href="${localizedPath('/data/', localeOfPath(path))}"`);
      expect(footer, path).toContain(`href="${localizedPath('/rounds.ics', localeOfPath(path))}"`);
    }
  });
});
