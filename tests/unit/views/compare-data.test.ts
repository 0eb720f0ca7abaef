import { describe, expect, it } from 'vitest';
import { addDaysTo } from '@/lib/base/dates';
import { buildTimeline } from '@/lib/model/timeline';
import {
  comparableRound,
  compareChoice,
  compareChoices,
  comparisonWords,
  consecutivePairs,
  latestPairs,
  previousHeldRound,
} from '@/lib/views/compare-data';
import { COMPARE_CHOICE_COUNT } from '@/site';
import { issue, person, position, round, source } from '@tests/helpers/fixtures';

const london = round('london', { start: '2025-09-17', round: 4, place: { city: 'London', country: 'GB' } });
const postponed = round('paris', { start: '2025-10-13', status: 'postponed' });
const paris = round('paris', {
  start: '2026-01-05',
  end: '2026-01-06',
  round: 5,
  place: { city: 'Paris', country: 'FR' },
  delegations: { 'united-states': ['tom-barrack'], israel: ['yechiel-leiter', 'gil-reich'] },
  positions: [position({ side: 'syria', issue: 'buffer-zone', stance: 'Back to the old lines.', redLine: true, source: 2 })],
  sources: [source(), source({ publisher: 'SANA' })],
});
const scheduled = round('doha', { start: '2027-03-01', status: 'scheduled' });
const contact = round('baku', { start: '2025-07-12' });
const timeline = buildTimeline([paris, scheduled, london, postponed, contact], []);

describe('consecutivePairs', () => {
  it('pair each held round with the one held before it, skipping rounds that did not take place', () => {
    expect(consecutivePairs(timeline).map(({ earlier, later }) => `${earlier.id} → ${later.id}`)).toEqual([
      '2025-07-12-baku → 2025-09-17-london',
      '2025-09-17-london → 2026-01-05-paris',
    ]);
  });

  it('find the held round before a round, and none for the first or for a round not held', () => {
    expect(previousHeldRound(timeline, '2026-01-05-paris')?.id).toBe('2025-09-17-london');
    expect(previousHeldRound(timeline, '2025-07-12-baku')).toBeUndefined();
    expect(previousHeldRound(timeline, '2027-03-01-doha')).toBeUndefined();
  });

  it('list the newest pairs first, at most as many as asked', () => {
    expect(latestPairs(timeline, 1).map(({ later }) => later.id)).toEqual(['2026-01-05-paris']);
    expect(latestPairs(timeline, 10)).toHaveLength(2);
  });
});

describe('compareChoice and compareChoices', () => {
  it('label a round by its number, city and dates, and group it by year', () => {
    expect(compareChoice(paris)).toEqual({ id: '2026-01-05-paris', label: 'Round 5 · Paris · 5–6 January 2026', year: 2026 });
    expect(compareChoice(contact).label).toBe('Direct contact · Paris · 12 July 2025');
  });

  it('offer the held rounds newest first, all of them unless a count is given', () => {
    expect(compareChoices(timeline).map((choice) => choice.id)).toEqual(['2026-01-05-paris', '2025-09-17-london', '2025-07-12-baku']);
    expect(compareChoices(timeline, 2).map((choice) => choice.id)).toEqual(['2026-01-05-paris', '2025-09-17-london']);
  });
});

describe('comparableRound', () => {
  const record = {
    personById: new Map(
      [
        person('yechiel-leiter', { name: 'Yechiel Leiter' }),
        person('gil-reich', { name: 'Gil Reich' }),
        person('tom-barrack', { name: 'Tom Barrack' }),
      ].map((entry) => [entry.id, entry]),
    ),
    issueById: new Map([issue('buffer-zone', { title: 'The buffer zone' })].map((entry) => [entry.id, entry])),
    rounds: [paris, london],
  };

  it('writes out names, issue titles, dates and where each stance is cited on the round page', () => {
    expect(comparableRound(paris, record)).toEqual({
      id: '2026-01-05-paris',
      url: '/rounds/2026-01-05-paris/',
      label: 'Round 5',
      title: 'Fixture round',
      start: '2026-01-05',
      dates: '5–6 January 2026',
      heading: 'Round 5 · Paris · 5–6 January 2026',
      firstDayNumber: 20458,
      lastDayNumber: 20459,
      place: { city: 'Paris', country: 'France', venue: undefined },
      delegations: [
        {
          side: 'israel',
          mediating: false,
          people: [
            { id: 'yechiel-leiter', name: 'Yechiel Leiter', url: '/people/yechiel-leiter/' },
            { id: 'gil-reich', name: 'Gil Reich', url: '/people/gil-reich/' },
          ],
        },
        { side: 'united-states', mediating: true, people: [{ id: 'tom-barrack', name: 'Tom Barrack', url: '/people/tom-barrack/' }] },
      ],
      positions: [
        {
          side: 'syria',
          issue: 'buffer-zone',
          issueTitle: 'The buffer zone',
          issueUrl: '/issues/buffer-zone/',
          stance: 'Back to the old lines.',
          redLine: true,
          judged: { changes: [], unmarked: 0 },
          source: { number: 2, href: '/rounds/2026-01-05-paris/#source-2' },
        },
      ],
    });
  });

  it("gives each stance its place in the side's history on the issue, as the editors judged it", () => {
    const [earlier, later] = [
      position({ side: 'syria', stance: 'Back to the 1974 lines.' }),
      position({ side: 'syria', stance: 'Back to the lines of 7 December.', shift: 'changed', how: 'now names a date' }),
    ];
    const rounds = [
      round('london', { start: '2025-09-17', positions: [earlier] }),
      round('paris', { start: '2026-01-05', positions: [later] }),
    ];
    const [before, after] = rounds.map((entry) => comparableRound(entry, { ...record, rounds }).positions[0]?.judged);
    expect(before).toEqual({ changes: [], unmarked: 0 });
    expect(after).toEqual({ changes: ['now names a date'], unmarked: 0 });
  });

  it('numbers days so that their difference is the days between them', () => {
    const later = comparableRound(paris, record);
    const earlier = comparableRound(london, record);
    expect((later.firstDayNumber ?? 0) - (earlier.lastDayNumber ?? 0)).toBe(110);
  });

  it('numbers no day of a meeting whose days were never reported', () => {
    const reported = comparableRound(round('border-area', { start: '2025-05-27', datedByReport: true }), record);
    expect(reported).toMatchObject({ dates: 'reported on 27 May 2025', firstDayNumber: undefined, lastDayNumber: undefined });
  });
});

describe('the compare page at 1,000 rounds', () => {
  const rounds = Array.from({ length: 1000 }, (_, i) =>
    round(`round-${i + 1}`, {
      start: addDaysTo('2000-01-03', i * 7),
      round: i + 1,
      place: { city: `City ${i % 7}`, country: 'FR' },
    }),
  );
  const large = buildTimeline(rounds, []);

  it('offers the latest rounds in its HTML, however many there are, and every round in its choices file', () => {
    const offered = compareChoices(large, COMPARE_CHOICE_COUNT);
    expect(offered).toHaveLength(COMPARE_CHOICE_COUNT);
    expect(offered[0]?.id).toBe(rounds.at(-1)?.id);
    expect(compareChoices(large)).toHaveLength(1000);
  });

  it('lists as many consecutive comparisons as it offers rounds, and publishes one page per pair', () => {
    expect(latestPairs(large, COMPARE_CHOICE_COUNT)).toHaveLength(COMPARE_CHOICE_COUNT);
    expect(consecutivePairs(large)).toHaveLength(999);
  });

  it('keeps what its HTML carries about the rounds to the same few kilobytes at 1,000 rounds as at 30', () => {
    const carried = (timeline: typeof large) =>
      JSON.stringify([
        compareChoices(timeline, COMPARE_CHOICE_COUNT),
        latestPairs(timeline, COMPARE_CHOICE_COUNT).map(({ earlier, later }) => [earlier.data.title, later.data.title]),
      ]).length;
    const small = buildTimeline(rounds.slice(-30), []);
    expect(carried(large)).toBeLessThan(carried(small) * 1.05);
    expect(carried(large)).toBeLessThan(6_000);
  });
});

describe('a comparison’s data and words in the Arabic and Hebrew editions', () => {
  const record = {
    personById: new Map(
      [person('tom-barrack', { name: 'توم باراك' }), person('yechiel-leiter'), person('gil-reich')].map((entry) => [entry.id, entry]),
    ),
    issueById: new Map([issue('buffer-zone', { title: 'المنطقة العازلة' })].map((entry) => [entry.id, entry])),
    rounds: [paris, london],
  };

  it('writes a round out in the edition’s words, every address in the edition', () => {
    const inArabic = comparableRound(paris, record, 'ar');
    expect(inArabic).toMatchObject({
      url: '/ar/rounds/2026-01-05-paris/',
      label: 'الجولة 5',
      dates: '5–6 يناير 2026',
      heading: 'الجولة 5 · باريس · 5–6 يناير 2026',
      place: { city: 'باريس', country: 'فرنسا' },
    });
    expect(inArabic.delegations[1]?.people[0]?.url).toBe('/ar/people/tom-barrack/');
    expect(inArabic.positions[0]).toMatchObject({
      issueUrl: '/ar/issues/buffer-zone/',
      source: { href: '/ar/rounds/2026-01-05-paris/#source-2' },
    });
    expect(comparableRound(london, record, 'he')).toMatchObject({ label: 'סבב 4', place: { city: 'לונדון', country: 'בריטניה' } });
  });

  it('says a doubt over presence in the edition’s words', () => {
    const doubted = round('amman', {
      delegations: { syria: ['tom-barrack'] },
      uncertainAttendance: [{ person: 'tom-barrack', doubt: 'reports-differ', note: '…', sources: [1] }],
    });
    expect(comparableRound(doubted, record, 'he').delegations[0]?.people[0]?.doubt).toBe('הדיווחים חלוקים בשאלת ההשתתפות');
  });

  it('offers the rounds to choose in the edition’s words', () => {
    expect(compareChoices(timeline, 1, 'ar')).toEqual([{ id: '2026-01-05-paris', label: 'الجولة 5 · باريس · 5–6 يناير 2026', year: 2026 }]);
    expect(compareChoice(london, 'he').label).toBe('סבב 4 · לונדון · 17 בספטמבר 2025');
  });

  it('gives the browser one edition’s words, with its sides and red-line mark', () => {
    const words = comparisonWords('ar');
    expect(words).toMatchObject({ locale: 'ar', redLine: 'خط أحمر', earlierRound: 'الجولة السابقة' });
    expect(words.sides.syria).toBe('سوريا');
    expect(comparisonWords('he').sides['united-states']).toBe('ארצות הברית');
    expect(comparisonWords().changes.same).toBe('unchanged');
  });
});
