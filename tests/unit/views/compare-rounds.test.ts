import { describe, expect, it } from 'vitest';
import {
  changeSummary,
  compareRounds,
  type ComparableRound,
  type ComparablePosition,
  type Comparison,
  type ComparisonSection,
} from '@/lib/views/compare-rounds';
import { comparisonWords } from '@/lib/views/compare-data';

const EN = comparisonWords('en');

function comparable(id: string, overrides: Partial<ComparableRound> = {}): ComparableRound {
  return {
    id,
    url: `/rounds/${id}/`,
    label: 'Round 1',
    title: `Meeting ${id}`,
    start: '2025-07-24',
    dates: '24 July 2025',
    heading: 'Round 1 · Paris · 24 July 2025',
    firstDayNumber: 100,
    lastDayNumber: 100,
    place: { city: 'Paris', country: 'France', venue: undefined },
    delegations: [],
    positions: [],
    ...overrides,
  };
}

/** A position; unless given, its side's first on the issue, with no change and nothing unjudged behind it. */
function stance(overrides: Partial<ComparablePosition> = {}): ComparablePosition {
  return {
    side: 'israel',
    issue: 'buffer-zone',
    issueTitle: 'Buffer zone',
    issueUrl: '/issues/buffer-zone/',
    stance: 'Israel stays.',
    redLine: false,
    judged: { changes: [], unmarked: 0 },
    source: { number: 1, href: '/rounds/x/#source-1' },
    ...overrides,
  };
}

const sectionOf = (comparison: Comparison, id: ComparisonSection['id']): ComparisonSection => {
  const section = comparison.sections.find((each) => each.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section;
};

/** Each row as "subject: change (detail)", to read a section at a glance. */
const rowsOf = (comparison: Comparison, id: ComparisonSection['id']): string[] =>
  sectionOf(comparison, id).rows.map(({ subject, change, detail }) => {
    const name = [subject.fact, subject.issue?.title, subject.side].filter((part) => part !== undefined).join(' / ');
    return `${name}: ${change}${detail === undefined ? '' : ` (${detail})`}`;
  });

const paris = comparable('2025-07-24-paris');
const london = comparable('2025-09-17-london', {
  label: 'Round 4',
  start: '2025-09-17',
  dates: '17 September 2025',
  firstDayNumber: 155,
  lastDayNumber: 155,
  place: { city: 'London', country: 'United Kingdom', venue: undefined },
});

describe('compareRounds', () => {
  it('puts the round that began first on the left, whichever order it is given in', () => {
    for (const comparison of [compareRounds(paris, london, EN), compareRounds(london, paris, EN)]) {
      expect(comparison.earlier.id).toBe('2025-07-24-paris');
      expect(comparison.later.id).toBe('2025-09-17-london');
    }
  });

  it('marks place and dates, with how long after the earlier round the later one began', () => {
    expect(rowsOf(compareRounds(paris, london, EN), 'compare-place')).toEqual([
      'Dates: changed (55 days later)',
      'City: changed',
      'Country: changed',
    ]);
    const multiDay = { ...paris, dates: '24–25 July 2025', lastDayNumber: 101 };
    const sameCity = { ...london, place: paris.place, firstDayNumber: 102 };
    expect(rowsOf(compareRounds(multiDay, sameCity, EN), 'compare-place')).toEqual([
      'Dates: changed (1 day later)',
      'City: same',
      'Country: same',
    ]);
    const reported = { ...london, dates: 'reported on 27 May 2025', firstDayNumber: undefined, lastDayNumber: undefined };
    expect(rowsOf(compareRounds(reported, paris, EN), 'compare-place')[0]).toBe('Dates: changed');
  });

  it('adds a venue row only when a round names its venue, marking it new when only the later one does', () => {
    const withVenue = { ...london, place: { ...london.place, venue: 'Lancaster House' } };
    expect(rowsOf(compareRounds(paris, withVenue, EN), 'compare-place').at(-1)).toBe('Venue: new');
    expect(rowsOf(compareRounds(withVenue, { ...withVenue, id: 'z', start: '2026-01-01' }, EN), 'compare-place').at(-1)).toBe(
      'Venue: same',
    );
  });

  it('marks each side a delegation came for: new, dropped, who joined and left, or a new head; the side that mediated; and a presence in doubt', () => {
    const person = (id: string, doubt?: string) => ({ id, name: `Name of ${id}`, url: `/people/${id}/`, doubt });
    const earlier = {
      ...paris,
      delegations: [
        { side: 'israel' as const, mediating: false, people: [person('ron-dermer')] },
        { side: 'syria' as const, mediating: false, people: [person('asaad-al-shaibani'), person('hussein-al-salama')] },
        { side: 'france' as const, mediating: false, people: [person('jean-noel-barrot')] },
      ],
    };
    const later = {
      ...london,
      delegations: [
        {
          side: 'israel' as const,
          mediating: false,
          people: [person('yechiel-leiter'), person('roman-gofman', 'reports differ on attendance')],
        },
        { side: 'syria' as const, mediating: false, people: [person('hussein-al-salama'), person('asaad-al-shaibani')] },
        { side: 'united-states' as const, mediating: true, people: [person('tom-barrack')] },
      ],
    };
    const comparison = compareRounds(earlier, later, EN);
    expect(rowsOf(comparison, 'compare-delegations')).toEqual([
      'israel: changed (joined: Name of yechiel-leiter, Name of roman-gofman; left: Name of ron-dermer)',
      'syria: changed (now headed by Name of hussein-al-salama)',
      'united-states: new',
      'france: dropped',
    ]);
    expect(sectionOf(comparison, 'compare-delegations').rows.map((row) => row.subject.mediating)).toEqual([false, false, true, false]);
    const israel = sectionOf(comparison, 'compare-delegations').rows[0];
    expect(israel?.later.map((item) => [item.text, item.href])).toEqual([
      ['Name of yechiel-leiter', '/people/yechiel-leiter/'],
      ['Name of roman-gofman (reports differ on attendance)', '/people/roman-gofman/'],
    ]);
  });

  it('compares positions issue by issue and side by side: issues by title, sides in the site order', () => {
    const earlier = {
      ...paris,
      positions: [
        stance({ side: 'syria', stance: 'Syria wants the 1974 lines.' }),
        stance({ stance: 'Israel stays.' }),
        stance({ side: 'united-states', issue: 'normalization', issueTitle: 'Normalisation', stance: 'A first step.' }),
        stance({ issue: 'mount-hermon', issueTitle: 'Mount Hermon', stance: 'Israel keeps the peak.' }),
      ],
    };
    const later = {
      ...london,
      positions: [
        stance({ stance: 'Israel stays.' }),
        stance({
          side: 'syria',
          stance: 'Syria wants the 1974 lines restored.',
          redLine: true,
          judged: { changes: ['now a condition of any deal'], unmarked: 0 },
        }),
        stance({ side: 'syria', issue: 'israeli-strikes', issueTitle: 'Israeli strikes', stance: 'Strikes must stop.' }),
        stance({ issue: 'mount-hermon', issueTitle: 'Mount Hermon', stance: 'Israel keeps the peak.', redLine: true }),
      ],
    };
    const comparison = compareRounds(earlier, later, EN);
    expect(rowsOf(comparison, 'compare-positions')).toEqual([
      'Buffer zone / israel: same',
      'Buffer zone / syria: changed (now a condition of any deal; now a red line)',
      'Israeli strikes / syria: new',
      'Mount Hermon / israel: same (now a red line)',
      'Normalisation / united-states: dropped',
    ]);
    expect(rowsOf(comparison, 'compare-red-lines')).toEqual(['Buffer zone / syria: new', 'Mount Hermon / israel: new']);
    const row = sectionOf(comparison, 'compare-positions').rows[1];
    expect(row?.later).toEqual([
      { text: 'Syria wants the 1974 lines restored.', href: undefined, redLine: true, source: { number: 1, href: '/rounds/x/#source-1' } },
    ]);
    expect(row?.subject.issue).toEqual({ title: 'Buffer zone', href: '/issues/buffer-zone/' });
  });

  it('reads a side’s stances as the editors judged them, never by their words', () => {
    const earlier = { ...paris, positions: [stance({ stance: 'Israel stays.' })] };
    const reworded = { ...london, positions: [stance({ stance: 'Israel will not leave, it says.' })] };
    const sameWordsUnjudged = { ...london, positions: [stance({ judged: { changes: [], unmarked: 1 } })] };
    expect(rowsOf(compareRounds(earlier, reworded, EN), 'compare-positions')).toEqual(['Buffer zone / israel: same']);
    expect(rowsOf(compareRounds(earlier, sameWordsUnjudged, EN), 'compare-positions')).toEqual(['Buffer zone / israel: unjudged']);
  });

  it('says how a stance changed at every meeting between the two rounds, and whether it stopped being a red line', () => {
    const earlier = { ...paris, positions: [stance({ redLine: true, judged: { changes: ['now stays'], unmarked: 0 } })] };
    const later = {
      ...london,
      positions: [
        stance({
          stance: 'A pullback in stages.',
          judged: { changes: ['now stays', 'now offers a pullback', 'now in stages'], unmarked: 1 },
        }),
      ],
    };
    const comparison = compareRounds(earlier, later, EN);
    expect(rowsOf(comparison, 'compare-positions')).toEqual([
      'Buffer zone / israel: changed (now offers a pullback; now in stages; no longer a red line)',
    ]);
    expect(rowsOf(comparison, 'compare-red-lines')).toEqual(['Buffer zone / israel: dropped']);
  });

  it('leaves a section empty, with its own sentence, when neither round has a row for it', () => {
    const comparison = compareRounds(paris, london, EN);
    for (const id of ['compare-delegations', 'compare-positions', 'compare-red-lines'] as const) {
      expect(sectionOf(comparison, id).rows).toEqual([]);
      expect(sectionOf(comparison, id).empty).toMatch(/^Neither round records/);
    }
  });
});

describe('changeSummary', () => {
  it('counts the new, dropped and changed rows of the positions and the red lines', () => {
    const earlier = { ...paris, positions: [stance(), stance({ side: 'syria', stance: 'Old.' })] };
    const later = {
      ...london,
      positions: [
        stance({ side: 'syria', stance: 'New.', redLine: true, judged: { changes: ['now a red line'], unmarked: 0 } }),
        stance({ issue: 'golan', issueTitle: 'Golan', stance: 'Kept.' }),
      ],
    };
    expect(changeSummary(compareRounds(earlier, later, EN), EN)).toBe('Positions: 1 new, 1 dropped, 1 changed. Red lines: 1 new.');
  });

  it('says so when nothing changed', () => {
    expect(changeSummary(compareRounds(paris, london, EN), EN)).toBe('Positions: no change. Red lines: no change.');
  });
});

describe('a comparison in the Arabic and Hebrew editions', () => {
  const AR = comparisonWords('ar');
  const HE = comparisonWords('he');
  const paris = comparable('paris', {
    firstDayNumber: 100,
    lastDayNumber: 101,
    place: { city: 'باريس', country: 'فرنسا', venue: 'Élysée' },
  });
  const london = comparable('london', { start: '2025-09-17', firstDayNumber: 103, lastDayNumber: 103 });

  it('names its sections, facts and gaps in the edition’s words, Arabic counting in its dual', () => {
    const comparison = compareRounds(paris, london, AR);
    expect(comparison.sections.map((section) => section.title)).toEqual(['أين ومتى', 'الوفود والوسطاء', 'المواقف', 'الخطوط الحمراء']);
    const [dates] = comparison.sections[0]?.rows ?? [];
    expect(dates?.subject.fact).toBe('المواعيد');
    expect(dates?.detail).toBe('بعد يومين');
    expect(compareRounds(paris, { ...london, firstDayNumber: 106 }, HE).sections[0]?.rows[0]?.detail).toBe('5 ימים אחר כך');
  });

  it('marks a venue’s English name as English', () => {
    const venue = compareRounds(paris, london, AR).sections[0]?.rows.at(-1);
    expect(venue?.earlier).toEqual([expect.objectContaining({ text: 'Élysée', lang: 'en' })]);
    expect(compareRounds(paris, london, EN).sections[0]?.rows.at(-1)?.earlier[0]?.lang).toBeUndefined();
  });

  it('sums up the changes in the edition’s words', () => {
    const earlier = comparable('a', { positions: [stance({ issue: 'buffer-zone' })] });
    const later = comparable('b', { start: '2026-01-01', positions: [] });
    expect(changeSummary(compareRounds(earlier, later, AR), AR)).toBe('المواقف: سقط: 1. الخطوط الحمراء: لا تغيير.');
    expect(changeSummary(compareRounds(earlier, later, HE), HE)).toBe('עמדות: נשמט: 1. קווים אדומים: אין שינוי.');
  });
});
