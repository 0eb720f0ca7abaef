import { describe, expect, it } from 'vitest';
import { indexRecord } from '@/lib/model/site-record';
import { ISSUE_CARD_ROUNDS, searchCards, type IssueCard, type PersonCard } from '@/lib/search/search-cards';
import { event, issue, person, round } from '@tests/helpers/fixtures';

const salama = person('hussein-al-salama', {
  name: 'Hussein al-Salama',
  side: 'syria',
  aliases: ['Salameh'],
  nativeNames: [{ name: 'حسين السلامة', lang: 'ar', source: 1 }],
  roles: [
    { title: 'Intelligence chief', to: '2025-10-31' },
    { title: 'Adviser', from: '2025-11-01' },
  ],
});
const barrack = person('tom-barrack', { name: 'Tom Barrack', side: 'united-states' });

const parisRounds = Array.from({ length: ISSUE_CARD_ROUNDS + 1 }, (_, i) =>
  round(`paris-${i}`, {
    round: i + 1,
    start: `2025-0${i + 1}-10`,
    delegations: { syria: ['hussein-al-salama'] },
    issues: ['buffer-zone'],
    // The first meeting's attendance rests on one report.
    uncertainAttendance: i === 0 ? [{ person: 'hussein-al-salama', doubt: 'one-source', note: 'One report.', sources: [1] }] : [],
  }),
);
const postponed = round('london', {
  start: '2025-12-01',
  place: { city: 'London', country: 'GB' },
  status: 'postponed',
  delegations: { syria: ['hussein-al-salama'] },
  issues: ['buffer-zone'],
});

const record = indexRecord(
  {
    rounds: [...parisRounds, postponed],
    events: [event('statement', { date: '2025-12-05', people: ['hussein-al-salama'], issues: ['buffer-zone'] })],
    people: [salama, barrack],
    issues: [issue('buffer-zone', { title: 'Buffer zone', summary: 'The zone on the Golan.', aliases: ['UN buffer zone'] })],
    notes: [],
  },
  '2026-01-05',
);
const cards = searchCards(record);
type Card = PersonCard | IssueCard;

/** The card of this kind at this address; a missing one fails the test that asks for it. */
function card<K extends Card['kind']>(kind: K, url: string): Extract<Card, { kind: K }> {
  const found = cards.find((each): each is Extract<Card, { kind: K }> => each.kind === kind && each.url === url);
  if (!found) throw new Error(`no ${kind} card at ${url}`);
  return found;
}

describe('searchCards', () => {
  it('gives a person card every spelling, their native names with their language, side and current role', () => {
    expect(card('person', '/people/hussein-al-salama/')).toMatchObject({
      kind: 'person',
      name: 'Hussein al-Salama',
      nativeNames: [{ name: 'حسين السلامة', lang: 'ar' }],
      side: 'Syria',
      role: 'Adviser',
      spellings: ['Hussein al-Salama', 'Salameh', 'حسين السلامة'],
    });
  });

  it('counts only the rounds held, not the postponed one or events, and links the latest', () => {
    expect(card('person', '/people/hussein-al-salama/')).toMatchObject({
      roundsAttended: ISSUE_CARD_ROUNDS + 1,
      roundsUncertain: 1,
      latestRound: { label: `Round ${ISSUE_CARD_ROUNDS + 1} · Paris · 10 May 2025`, url: `/rounds/2025-05-10-paris-${ISSUE_CARD_ROUNDS}/` },
    });
    expect(card('person', '/people/tom-barrack/')).toMatchObject({ roundsAttended: 0, roundsUncertain: 0, latestRound: undefined });
  });

  it('gives an issue card its summary, its spellings, and its newest held rounds, newest first', () => {
    const buffer = card('issue', '/issues/buffer-zone/');
    expect(buffer).toMatchObject({
      kind: 'issue',
      title: 'Buffer zone',
      summary: 'The zone on the Golan.',
      roundCount: ISSUE_CARD_ROUNDS + 1,
    });
    expect(buffer.spellings).toEqual(['Buffer zone', 'UN buffer zone']);
    expect(buffer.latestRounds.map((each) => each.url)).toEqual(
      parisRounds
        .slice(-ISSUE_CARD_ROUNDS)
        .reverse()
        .map((each) => `/rounds/${each.id}/`),
    );
  });

  it('lists people before issues', () => {
    expect(cards.map((each) => each.kind)).toEqual(['person', 'person', 'issue']);
  });
});
