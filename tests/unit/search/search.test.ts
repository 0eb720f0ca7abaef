import { describe, expect, it } from 'vitest';
import {
  eventSearchEntry,
  issueSearchEntry,
  noteSearchEntry,
  personSearchEntry,
  roundSearchEntry,
  type NameSource,
} from '@/lib/search/search';
import { event, issue, note, person, position, round, source } from '@tests/helpers/fixtures';

const salama = person('hussein-al-salama', { name: 'Hussein al-Salama', side: 'syria', aliases: ['Salameh', 'al-Salamah'] });
const leiter = person('yechiel-leiter', {
  name: 'Yechiel Leiter',
  side: 'israel',
  aliases: ['Yehiel Leiter'],
  nativeNames: [{ name: 'יחיאל לייטר', lang: 'he', source: 1 }],
});
const barrack = person('tom-barrack', { name: 'Tom Barrack', side: 'united-states', aliases: ['Thomas Barrack'] });
const dmz = issue('demilitarized-south', { aliases: ['DMZ'] });
const buffer = issue('buffer-zone', { aliases: ['UN buffer zone', 'DMZ'] });
const names: NameSource = {
  newestDay: '2026-01-05',
  personById: new Map([salama, leiter, barrack].map((entry) => [entry.id, entry])),
  issueById: new Map([dmz, buffer].map((entry) => [entry.id, entry])),
};

describe('roundSearchEntry', () => {
  const paris = round('paris', {
    round: 5,
    start: '2025-12-31',
    end: '2026-01-01',
    place: { city: 'Paris', country: 'FR', venue: 'Quai d’Orsay' },
    delegations: { syria: ['hussein-al-salama'], israel: ['yechiel-leiter'] },
    issues: ['buffer-zone'],
    positions: [position({ side: 'united-states', issue: 'demilitarized-south' })],
  });
  const entry = roundSearchEntry(paris, ['tom-barrack', 'yechiel-leiter'], names);

  it('files the round under every delegate and everyone its text mentions, once each', () => {
    expect(entry.filters.person).toEqual(['hussein-al-salama', 'yechiel-leiter', 'tom-barrack']);
  });

  it('files it under its issues and the issues of its positions, and every side present or quoted, parties first', () => {
    expect(entry.filters.issue).toEqual(['buffer-zone', 'demilitarized-south']);
    expect(entry.filters.side).toEqual(['israel', 'syria', 'united-states']);
  });

  it('files a meeting across New Year under both years', () => {
    expect(entry.filters.year).toEqual(['2025', '2026']);
    expect(entry.filters.kind).toEqual(['round']);
  });

  it('shows the round number, the dates and the place, and sorts by the first day', () => {
    expect(entry.meta).toEqual({
      kind: 'Round 5',
      date: '31 December 2025 – 1 January 2026',
      place: 'Paris, France',
      summary: 'A fixture round.',
    });
    expect(entry.sortDay).toBe('2025-12-31');
  });

  it('calls an unnumbered meeting a direct contact', () => {
    expect(roundSearchEntry(round('baku'), [], names).meta.kind).toBe('Direct contact');
  });

  it('carries every other spelling of its people, in any script, and of its issues, each once', () => {
    expect(entry.otherNames).toEqual(['Salameh', 'al-Salamah', 'Yehiel Leiter', 'יחיאל לייטר', 'Thomas Barrack', 'UN buffer zone', 'DMZ']);
  });
});

describe('eventSearchEntry', () => {
  it('takes its sides from the people it names', () => {
    const entry = eventSearchEntry(
      event('statement', { date: '2025-08-19', people: ['tom-barrack'], issues: ['demilitarized-south'] }),
      ['hussein-al-salama'],
      names,
    );
    expect(entry.filters).toEqual({
      person: ['tom-barrack', 'hussein-al-salama'],
      issue: ['demilitarized-south'],
      side: ['syria', 'united-states'],
      year: ['2025'],
      kind: ['event'],
    });
    expect(entry.meta).toEqual({ kind: 'Event', date: '19 August 2025', summary: 'A fixture event.' });
    expect(entry.sortDay).toBe('2025-08-19');
    expect(entry.otherNames).toEqual(['Thomas Barrack', 'Salameh', 'al-Salamah', 'DMZ']);
  });
});

describe('pages with no date of their own', () => {
  it('a person is filed under themselves and their side, and repeats no alias their page already shows', () => {
    const entry = personSearchEntry(salama, ['hussein-al-salama', 'tom-barrack'], names);
    expect(entry.filters).toEqual({ person: ['hussein-al-salama'], issue: [], side: ['syria'], year: [], kind: ['person'] });
    expect(entry.meta).toEqual({ kind: 'Person, Syria', summary: 'Fixture role' });
    expect(entry.sortDay).toBeUndefined();
    expect(entry.otherNames).toEqual(['Thomas Barrack']);
  });

  it('an issue is filed under itself and the people its text mentions', () => {
    const entry = issueSearchEntry(dmz, ['yechiel-leiter'], names);
    expect(entry.filters).toEqual({
      person: ['yechiel-leiter'],
      issue: ['demilitarized-south'],
      side: ['israel'],
      year: [],
      kind: ['issue'],
    });
    expect(entry.otherNames).toEqual(['Yehiel Leiter', 'יחיאל לייטר']);
    expect(entry.meta).toEqual({ kind: 'Issue', summary: 'A fixture issue.' });
  });

  it('a note is a note', () => {
    const note = {
      id: 'round-numbering',
      data: { title: 'Numbering', summary: 'How rounds are counted.', sources: [source()], updates: [] },
    };
    expect(noteSearchEntry(note, [], names)).toEqual({
      filters: { person: [], issue: [], side: [], year: [], kind: ['note'] },
      meta: { kind: 'Note', summary: 'How rounds are counted.' },
      otherNames: [],
    });
  });
});

describe('search entries in an edition', () => {
  it('show a round’s label, dates and place in the edition’s words', () => {
    const paris = round('paris', { round: 5, start: '2026-01-05', place: { city: 'Paris', country: 'FR' } });
    const { meta } = roundSearchEntry(paris, [], names, 'ar');
    expect(meta.kind).toBe('الجولة 5');
    expect(meta.date).toBe('5 يناير 2026');
    expect(meta.place).toBe('باريس، فرنسا');
    expect(roundSearchEntry(paris, [], names, 'he').meta.date).toBe('5 בינואר 2026');
  });

  it('name each kind of page and a person’s side in the edition', () => {
    expect(eventSearchEntry(event('e', { date: '2026-01-05' }), [], names, 'he').meta).toMatchObject({
      kind: 'אירוע',
      date: '5 בינואר 2026',
    });
    expect(personSearchEntry(leiter, [], names, 'ar').meta.kind).toBe('شخصية، إسرائيل');
    expect(issueSearchEntry(buffer, [], names, 'he').meta.kind).toBe('סוגיה');
    expect(noteSearchEntry(note('n'), [], names, 'ar').meta.kind).toBe('ملاحظة');
  });
});
