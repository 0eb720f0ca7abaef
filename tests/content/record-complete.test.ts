/** The record the site promises readers, checked against what content/ holds. */
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../helpers/content';

/** The five rounds the site numbers (see content/notes/round-numbering.md). */
const NUMBERED_ROUNDS = [
  { round: 1, start: '2025-07-24', city: 'Paris' },
  { round: 2, start: '2025-07-31', city: 'Baku' },
  { round: 3, start: '2025-08-19', city: 'Paris' },
  { round: 4, start: '2025-09-17', city: 'London' },
  { round: 5, start: '2026-01-05', city: 'Paris' },
];

/** Everyone who sat in a numbered round's delegations, by the reports. */
const ROUND_PEOPLE = ['ron-dermer', 'asaad-al-shaibani', 'tom-barrack', 'yechiel-leiter', 'roman-gofman', 'gil-reich', 'hussein-al-salama', 'steve-witkoff', 'jared-kushner'];

/** The recurring issues of the talks. */
const ISSUES = [
  'buffer-zone',
  'disengagement-agreement-1974',
  'demilitarized-south',
  'mount-hermon',
  'golan-heights',
  'sweida-and-the-druze',
  'iran-and-hezbollah',
  'de-escalation-mechanism',
  'civilian-track',
  'israeli-gas',
  'normalization',
  'israeli-strikes',
];

function entries(folder: string): { id: string; data: Record<string, unknown> }[] {
  return contentFiles(folder).map((file) => ({ id: file.id, data: file.frontmatter }));
}

const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

describe('the record', () => {
  it('has the five numbered rounds, by date and city, and no other numbered round', () => {
    const numbered = entries('rounds')
      .filter(({ data }) => data['round'] !== undefined)
      .map(({ data }) => ({ round: data['round'], start: dayOf(data['start']), city: (data['place'] as { city: string }).city }))
      .sort((a, b) => Number(a.round) - Number(b.round));
    expect(numbered).toEqual(NUMBERED_ROUNDS);
  });

  it('has a page for everyone who sat in a numbered round and for every recurring issue', () => {
    const people = new Set(entries('people').map(({ id }) => id));
    const issues = new Set(entries('issues').map(({ id }) => id));
    expect(ROUND_PEOPLE.filter((id) => !people.has(id))).toEqual([]);
    expect(ISSUES.filter((id) => !issues.has(id))).toEqual([]);
  });

  it('has the unnumbered contacts, the context events, the people and the issues a reader needs', () => {
    expect(entries('rounds').filter(({ data }) => data['round'] === undefined).length).toBeGreaterThanOrEqual(3);
    expect(entries('events').length).toBeGreaterThanOrEqual(20);
    expect(entries('people').length).toBeGreaterThanOrEqual(25);
    expect(entries('issues').length).toBeGreaterThanOrEqual(12);
  });

  it('runs from the fall of Assad to the newest stored report', () => {
    const days = entries('events').map(({ data }) => dayOf(data['date'])).sort();
    expect(days[0]).toBe('2024-12-08');
    expect(days.at(-1) ?? '').toSatisfy((last: string) => last >= '2026-02-14');
  });

  it('writes every Israeli and Syrian, and every delegate of any side, in Arabic or Hebrew script too', () => {
    const delegates = new Set(
      entries('rounds').flatMap(({ data }) => Object.values(data['delegations'] as Record<string, string[]>).flat()),
    );
    const people = entries('people');
    const needingScript = people.filter(({ id, data }) => data['side'] === 'israel' || data['side'] === 'syria' || delegates.has(id));
    expect(needingScript.length).toBeGreaterThanOrEqual(19);
    const withoutScript = needingScript.filter(({ data }) => !Array.isArray(data['nativeNames']) || data['nativeNames'].length === 0);
    expect(withoutScript.map(({ id }) => id)).toEqual([]);
  });

  it('explains how the rounds are numbered', () => {
    expect(entries('notes').map(({ id }) => id)).toContain('round-numbering');
  });
});
