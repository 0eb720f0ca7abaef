import { describe, expect, it } from 'vitest';
import { proseLang, recordInEdition, type Translation } from '@/lib/model/editions';
import type { ContentRecord } from '@/lib/record/entries';
import type { Event, Issue, Person, Round } from '@/lib/record/schemas';

const round = {
  title: 'Round in London',
  summary: 'A round.',
  positions: [{ side: 'israel', issue: 'buffer-zone', stance: 'Israel holds the zone.', redLine: true, conflictsWith: [], source: 1 }],
  readouts: [{ side: 'syria', summary: 'Syria says it asked for a withdrawal.', source: 1 }],
  uncertainAttendance: [],
  updates: [
    { date: '2025-09-20', note: 'Added a report.' },
    { date: '2025-09-22', note: 'Corrected a date.' },
  ],
} as unknown as Round;
const person = { name: 'Ron Dermer', roles: [{ title: 'Minister' }], updates: [] } as unknown as Person;
const event = { title: 'An event', summary: 'It happened.', updates: [] } as unknown as Event;

const english: ContentRecord = {
  rounds: [{ id: 'london', data: round }],
  events: [{ id: 'event', data: event }],
  people: [{ id: 'ron-dermer', data: person }],
  issues: [],
  notes: [],
};

const translations: Translation[] = [
  {
    locale: 'ar',
    collection: 'rounds',
    of: 'london',
    state: 'stale',
    prose: {
      translates: 'v0123456789ab',
      title: 'جولة في لندن',
      summary: 'جولة.',
      positions: [{ side: 'israel', issue: 'buffer-zone', stance: 'تتمسك إسرائيل بالمنطقة.' }],
      readouts: [{ side: 'syria', summary: 'تقول سوريا إنها طلبت الانسحاب.' }],
      uncertainAttendance: [],
      updates: [{ date: '2025-09-20', note: 'أُضيف تقرير.' }],
    },
  },
  {
    locale: 'ar',
    collection: 'people',
    of: 'ron-dermer',
    state: 'current',
    prose: { translates: 'v0123456789ab', name: 'رون ديرمر', roles: [{ title: 'وزير' }], updates: [] },
  },
  { locale: 'he', collection: 'events', of: 'event', state: 'stale', prose: undefined },
];

describe('recordInEdition', () => {
  it('leaves the English as it is, all of it original', () => {
    const { record, prose } = recordInEdition(english, translations, 'en');
    expect(record).toEqual(english);
    expect([...prose.values()].every((state) => state.state === 'original' && state.lang === 'en')).toBe(true);
  });

  it("gives each entry its translation's prose and keeps every fact the English's", () => {
    const { record, prose } = recordInEdition(english, translations, 'ar');
    const [london] = record.rounds;
    expect(london?.data).toMatchObject({
      title: 'جولة في لندن',
      positions: [{ side: 'israel', stance: 'تتمسك إسرائيل بالمنطقة.', redLine: true, source: 1 }],
      readouts: [{ summary: 'تقول سوريا إنها طلبت الانسحاب.', source: 1 }],
      // The second correction is newer than the translation: it is shown in English until the translation has it.
      updates: [
        { date: '2025-09-20', note: 'أُضيف تقرير.' },
        { date: '2025-09-22', note: 'Corrected a date.' },
      ],
    });
    expect(record.people[0]?.data).toMatchObject({ name: 'رون ديرمر', roles: [{ title: 'وزير' }] });
    expect(prose.get('rounds/london')).toEqual({ lang: 'ar', state: 'stale', englishUpdated: '2025-09-22' });
    expect(prose.get('people/ron-dermer')).toEqual({ lang: 'ar', state: 'current' });
    expect(prose.get('events/event')).toEqual({ lang: 'en', state: 'untranslated' });
  });

  it('shows the English of a page whose translation no longer matches it', () => {
    const { record, prose } = recordInEdition(english, translations, 'he');
    expect(record.events[0]?.data.title).toBe('An event');
    expect(prose.get('events/event')).toEqual({ lang: 'en', state: 'untranslated' });
  });
});

describe('proseLang', () => {
  it("marks prose only where it is not in the edition's language", () => {
    expect(proseLang({ lang: 'en', state: 'untranslated' }, 'ar')).toBe('en');
    expect(proseLang({ lang: 'ar', state: 'current' }, 'ar')).toBeUndefined();
    expect(proseLang({ lang: 'en', state: 'original' }, 'en')).toBeUndefined();
  });
});

describe('recordInEdition, for every kind of page', () => {
  it("gives an issue its translated title, summary and aliases, an event its title, and a round's doubts their notes", () => {
    const issueData = { title: 'The buffer zone', summary: 'An issue.', aliases: ['DMZ'], updates: [] } as unknown as Issue;
    const doubtful = {
      ...round,
      uncertainAttendance: [{ person: 'ron-dermer', doubt: 'one-source', note: 'Only one report.', sources: [1] }],
    } as unknown as Round;
    const { record, prose } = recordInEdition(
      { ...english, rounds: [{ id: 'london', data: doubtful }], issues: [{ id: 'buffer-zone', data: issueData }] },
      [
        {
          locale: 'he',
          collection: 'issues',
          of: 'buffer-zone',
          state: 'current',
          prose: { translates: 'v0123456789ab', title: 'אזור החיץ', summary: 'סוגיה.', aliases: ['אזור חיץ'], updates: [] },
        },
        {
          locale: 'he',
          collection: 'events',
          of: 'event',
          state: 'current',
          prose: { translates: 'v0123456789ab', title: 'אירוע', summary: 'זה קרה.', updates: [] },
        },
        {
          locale: 'he',
          collection: 'rounds',
          of: 'london',
          state: 'current',
          prose: {
            translates: 'v0123456789ab',
            title: 'סבב בלונדון',
            summary: 'סבב.',
            positions: [],
            readouts: [],
            uncertainAttendance: [{ person: 'ron-dermer', note: 'דיווח אחד בלבד.' }],
            updates: [],
          },
        },
      ],
      'he',
    );
    expect(record.issues[0]?.data).toMatchObject({ title: 'אזור החיץ', summary: 'סוגיה.', aliases: ['אזור חיץ'] });
    expect(record.events[0]?.data).toMatchObject({ title: 'אירוע', summary: 'זה קרה.' });
    // A stance or readout the translation lacks keeps the English's words.
    expect(record.rounds[0]?.data).toMatchObject({
      positions: [{ stance: 'Israel holds the zone.' }],
      readouts: [{ summary: 'Syria says it asked for a withdrawal.' }],
      uncertainAttendance: [{ note: 'דיווח אחד בלבד.', doubt: 'one-source' }],
    });
    expect(prose.get('issues/buffer-zone')).toEqual({ lang: 'he', state: 'current' });
  });
});
