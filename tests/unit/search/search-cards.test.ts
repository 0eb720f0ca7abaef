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

const content = {
  rounds: [...parisRounds, postponed],
  events: [event('statement', { date: '2025-12-05', people: ['hussein-al-salama'], issues: ['buffer-zone'] })],
  people: [salama, barrack],
  issues: [issue('buffer-zone', { title: 'Buffer zone', summary: 'The zone on the Golan.', aliases: ['UN buffer zone'] })],
  notes: [],
};
const record = indexRecord(content, '2026-01-05');
// The record as the Arabic and Hebrew editions read it: names, titles, roles, summaries and issue aliases translated.
const arabic = indexRecord(
  {
    ...content,
    people: [
      { ...salama, data: { ...salama.data, name: 'حسين السلامة', roles: [{ title: 'مستشار', from: '2025-11-01' }] } },
      { ...barrack, data: { ...barrack.data, name: 'توم باراك' } },
    ],
    issues: [issue('buffer-zone', { title: 'المنطقة العازلة', summary: 'المنطقة في الجولان.', aliases: ['منطقة الفصل'] })],
  },
  '2026-01-05',
);
const hebrew = indexRecord(
  {
    ...content,
    people: [salama, { ...barrack, data: { ...barrack.data, name: 'טום בראק' } }],
    issues: [issue('buffer-zone', { title: 'אזור החיץ', summary: 'האזור בגולן.', aliases: [] })],
  },
  '2026-01-05',
);
const everyEdition = { english: record, editions: [record, arabic, hebrew] };
const cards = searchCards(record, everyEdition);
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
      otherNames: [{ name: 'حسين السلامة', lang: 'ar', dir: 'rtl' }],
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

describe('searchCards in an edition', () => {
  const inArabic = searchCards(arabic, everyEdition, 'ar');
  const arabicCard = (url: string) => inArabic.find((each) => each.url === url);

  it('writes each card in the edition’s words and links the edition’s pages', () => {
    expect(arabicCard('/ar/people/hussein-al-salama/')).toMatchObject({ side: 'سوريا', role: 'مستشار' });
    const person = arabicCard('/ar/people/hussein-al-salama/');
    expect(person?.kind === 'person' ? person.latestRound?.url : undefined).toBe(`/ar/rounds/2025-05-10-paris-${ISSUE_CARD_ROUNDS}/`);
    expect(arabicCard('/ar/issues/buffer-zone/')).toMatchObject({ title: 'المنطقة العازلة', summary: 'المنطقة في الجولان.' });
  });

  it('shows a person’s English name beside the edition’s, and the native forms the edition’s name is not', () => {
    const barrackCard = arabicCard('/ar/people/tom-barrack/');
    expect(barrackCard).toMatchObject({ name: 'توم باراك', otherNames: [{ name: 'Tom Barrack', lang: 'en-GB', dir: 'ltr' }] });
    expect(arabicCard('/ar/people/hussein-al-salama/')).toMatchObject({
      name: 'حسين السلامة',
      otherNames: [{ name: 'Hussein al-Salama', lang: 'en-GB', dir: 'ltr' }],
    });
  });

  it('finds a person by their names in every edition and script, in every edition', () => {
    for (const [edition, locale] of [
      [record, 'en'],
      [arabic, 'ar'],
      [hebrew, 'he'],
    ] as const) {
      const barrackCard = searchCards(edition, everyEdition, locale).find((each) => each.url.endsWith('/people/tom-barrack/'));
      expect(barrackCard?.spellings).toEqual(expect.arrayContaining(['Tom Barrack', 'توم باراك', 'טום בראק']));
    }
  });

  it('finds an issue by its title and aliases in the edition and in English, not in the third language', () => {
    expect(arabicCard('/ar/issues/buffer-zone/')?.spellings).toEqual(['المنطقة العازلة', 'منطقة الفصل', 'Buffer zone', 'UN buffer zone']);
  });
});
