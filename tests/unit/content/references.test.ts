import { describe, expect, it } from 'vitest';
import type { Side } from '@/lib/base/sides';
import { closestIds, editDistance, findReferenceProblems, roundOrderProblems, sharedNameProblems } from '@/lib/content/references';
import type { ContentRecord } from '@/lib/record/entries';
import { event, issue, note, person, position, round, source } from '@tests/helpers/fixtures';

/** The people of the record, each with their own side: a delegate sits for it. */
const PEOPLE: [string, Side][] = [
  ['ahmed-al-sharaa', 'syria'],
  ['asaad-al-shaibani', 'syria'],
  ['hussein-al-salama', 'syria'],
  ['ron-dermer', 'israel'],
  ['tom-barrack', 'united-states'],
  ['yechiel-leiter', 'israel'],
];

/** A whole record: every id it uses exists. Each test breaks one thing. */
function validRecord(): ContentRecord {
  return {
    rounds: [
      round('london', {
        round: 4,
        start: '2025-09-17',
        delegations: { israel: ['ron-dermer'], syria: ['hussein-al-salama'] },
        issues: ['buffer-zone'],
        positions: [position({ side: 'israel', issue: 'buffer-zone', source: 1 })],
        sources: [source()],
      }),
      round('paris', {
        round: 5,
        start: '2026-01-05',
        end: '2026-01-06',
        delegations: {
          israel: ['ron-dermer', 'yechiel-leiter'],
          syria: ['asaad-al-shaibani', 'hussein-al-salama'],
          'united-states': ['tom-barrack'],
        },
        issues: ['buffer-zone', 'airspace'],
        positions: [position({ side: 'syria', issue: 'airspace', source: 2 })],
        sources: [source(), source({ title: 'Second report' })],
      }),
      round('rome', { start: '2025-10-01', status: 'postponed' }),
    ],
    events: [event('resignation', { date: '2025-11-11', people: ['ron-dermer'], issues: ['buffer-zone'] })],
    people: PEOPLE.map(([id, side]) => person(id, { side })),
    issues: [issue('buffer-zone'), issue('airspace')],
    notes: [
      {
        id: 'round-numbering',
        data: { title: 'How the rounds are numbered', summary: 'Which meetings count.', sources: [source()], updates: [] },
      },
    ],
  };
}

function roundNamed(record: ContentRecord, id: string) {
  const found = record.rounds.find((entry) => entry.id === id);
  if (!found) throw new Error(`fixture has no round ${id}`);
  return found;
}

describe('findReferenceProblems', () => {
  it('finds nothing wrong with a whole record', () => {
    expect(findReferenceProblems(validRecord())).toEqual([]);
  });

  it('asks for the numbering note when rounds are numbered and the note is missing', () => {
    const record = { ...validRecord(), notes: [] };
    expect(findReferenceProblems(record)).toEqual([
      'content/notes/round-numbering.md: missing: every round number links to this note on how the rounds are numbered; write it',
    ]);
  });

  it('refuses the file name of a person, an issue or a note that is not lower-case kebab-case', () => {
    const record = { ...validRecord(), notes: [note('round-numbering'), note('Round_Numbering'), note('cafe\u0301')] };
    const problem = (name: string) =>
      `content/notes/${name}.md: file name: must be lower-case kebab-case (a–z, 0–9 and hyphens), e.g. round-numbering.md: ` +
      'it is the address of the page and the id other files use';
    expect(findReferenceProblems(record)).toEqual([problem('Round_Numbering'), problem('cafe\u0301')]);
  });

  it('finds nothing wrong with an empty record', () => {
    expect(findReferenceProblems({ rounds: [], events: [], people: [], issues: [], notes: [] })).toEqual([]);
  });

  it('reports an unknown person in a delegation with the file, the field and the closest ids', () => {
    const record = validRecord();
    roundNamed(record, '2026-01-05-paris').data.delegations.syria = ['asaad-al-shaibani', 'hussein-salama'];
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2026-01-05-paris.md: delegations.syria[1]: no person "hussein-salama" (known: hussein-al-salama, ahmed-al-sharaa, ron-dermer, tom-barrack, asaad-al-shaibani, …)',
    ]);
  });

  it('reports a delegate listed under a side not their own, naming their side and their file', () => {
    const record = validRecord();
    roundNamed(record, '2026-01-05-paris').data.delegations['united-states'] = ['tom-barrack', 'ron-dermer'];
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2026-01-05-paris.md: delegations.united-states[1]: "ron-dermer" sits for israel (content/people/ron-dermer.md, side): list them under delegations.israel',
    ]);
  });

  it('uses the entry file path when the loader gives one', () => {
    const record = validRecord();
    const paris = roundNamed(record, '2026-01-05-paris');
    paris.filePath = 'tests/fixtures/valid/rounds/2026-01-05-paris.md';
    paris.data.delegations.israel = ['ron-dermr'];
    expect(findReferenceProblems(record)).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/valid\/rounds\/2026-01-05-paris\.md: delegations\.israel\[0\]: no person "ron-dermr" \(known: ron-dermer, /,
      ),
    ]);
  });

  it('reports every unknown person, not only the first', () => {
    const record = validRecord();
    roundNamed(record, '2025-09-17-london').data.delegations = { israel: ['nobody'], 'united-states': ['no-one'] };
    expect(findReferenceProblems(record).map((problem) => problem.split(': ').slice(0, 2).join(': '))).toEqual([
      'content/rounds/2025-09-17-london.md: delegations.israel[0]',
      'content/rounds/2025-09-17-london.md: delegations.united-states[0]',
    ]);
  });

  it('reports an unknown issue in a round', () => {
    const record = validRecord();
    roundNamed(record, '2025-09-17-london').data.issues = ['buffer-zone', 'bufer-zone'];
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2025-09-17-london.md: issues[1]: no issue "bufer-zone" (known: buffer-zone, airspace)',
    ]);
  });

  it('reports a position on an unknown issue once, as an unknown issue', () => {
    const record = validRecord();
    roundNamed(record, '2025-09-17-london').data.positions = [position({ issue: 'air-space' })];
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2025-09-17-london.md: positions[0].issue: no issue "air-space" (known: airspace, buffer-zone)',
    ]);
  });

  it("reports a position on a known issue missing from the round's issues", () => {
    const record = validRecord();
    roundNamed(record, '2025-09-17-london').data.positions = [position({ issue: 'buffer-zone' }), position({ issue: 'airspace' })];
    expect(findReferenceProblems(record)).toEqual([
      `content/rounds/2025-09-17-london.md: positions[1].issue: "airspace" is not in this round's issues list; add it there`,
    ]);
  });

  it('reports a position source past the end of the sources list', () => {
    const record = validRecord();
    roundNamed(record, '2025-09-17-london').data.positions = [position({ source: 2 })];
    roundNamed(record, '2026-01-05-paris').data.positions = [position({ issue: 'airspace', source: 3 })];
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2025-09-17-london.md: positions[0].source: 2 is out of range: sources has 1 entry',
      'content/rounds/2026-01-05-paris.md: positions[0].source: 3 is out of range: sources has 2 entries',
    ]);
  });

  it("accepts a red line's conflictsWith that points to a stance the other side stated, at any round", () => {
    const record = validRecord();
    roundNamed(record, '2025-09-17-london').data.positions = [
      position({ side: 'israel', issue: 'buffer-zone', redLine: true, conflictsWith: [{ side: 'syria', issue: 'airspace' }] }),
    ];
    expect(findReferenceProblems(record)).toEqual([]);
  });

  it("reports a red line's conflictsWith that points to no stated demand, or to no issue", () => {
    const record = validRecord();
    roundNamed(record, '2025-09-17-london').data.positions = [
      position({
        side: 'israel',
        issue: 'buffer-zone',
        redLine: true,
        conflictsWith: [
          { side: 'syria', issue: 'buffer-zone' },
          { side: 'syria', issue: 'bufer-zone' },
        ],
      }),
    ];
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2025-09-17-london.md: positions[0].conflictsWith[0]: syria has stated no position on "buffer-zone" at any round: ' +
        'a red line collides with a demand the record holds',
      'content/rounds/2025-09-17-london.md: positions[0].conflictsWith[1].issue: no issue "bufer-zone" (known: buffer-zone, airspace)',
    ]);
  });

  it("accepts a shift on a side's later stance on an issue, even when the earlier one was at a meeting that did not take place", () => {
    const record = validRecord();
    record.rounds.push(
      round('rome', {
        start: '2025-10-01',
        status: 'postponed',
        issues: ['buffer-zone'],
        positions: [position({ side: 'syria', issue: 'buffer-zone' })],
      }),
    );
    const paris = roundNamed(record, '2026-01-05-paris');
    paris.data.positions = [
      position({ side: 'israel', issue: 'buffer-zone', shift: 'changed', how: 'now a red line' }),
      position({ side: 'syria', issue: 'buffer-zone', shift: 'restated' }),
    ];
    expect(findReferenceProblems(record)).toEqual([]);
  });

  it("reports a shift on a side's first stance on an issue, at every position of that first round, in date order", () => {
    const record = validRecord();
    // Listed out of date order: the rule reads the rounds by their dates, not as the loader hands them over.
    record.rounds.reverse();
    roundNamed(record, '2025-09-17-london').data.positions = [
      position({ side: 'israel', issue: 'buffer-zone' }),
      position({ side: 'israel', issue: 'buffer-zone', shift: 'restated' }),
    ];
    roundNamed(record, '2026-01-05-paris').data.positions = [
      position({ side: 'syria', issue: 'buffer-zone', shift: 'changed', how: 'now a red line' }),
      position({ side: 'israel', issue: 'buffer-zone', shift: 'restated' }),
    ];
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2026-01-05-paris.md: positions[0].shift: "changed" marks the first stance of syria on "buffer-zone": ' +
        'no earlier round records one to compare it with; leave shift and how out, or record that earlier stance at its round first',
      'content/rounds/2025-09-17-london.md: positions[1].shift: "restated" marks the first stance of israel on "buffer-zone": ' +
        'no earlier round records one to compare it with; leave shift out, or record that earlier stance at its round first',
    ]);
  });

  it("reports a readout's source past the end of the sources list", () => {
    const record = validRecord();
    roundNamed(record, '2026-01-05-paris').data.readouts = [
      { side: 'syria', summary: 'De-escalation.', source: 2 },
      { side: 'israel', summary: 'Security.', source: 3 },
    ];
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2026-01-05-paris.md: readouts[1].source: 3 is out of range: sources has 2 entries',
    ]);
  });

  it('accepts a position citing the last source', () => {
    const record = validRecord();
    roundNamed(record, '2026-01-05-paris').data.positions = [position({ issue: 'airspace', source: 2 })];
    expect(findReferenceProblems(record)).toEqual([]);
  });

  it('reports a duplicate round number, naming both files', () => {
    const record = validRecord();
    roundNamed(record, '2026-01-05-paris').data.round = 4;
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2026-01-05-paris.md: round: 4 is already the number of content/rounds/2025-09-17-london.md; round numbers are unique',
    ]);
  });

  it('does not confuse unnumbered contacts with each other', () => {
    const record = validRecord();
    record.rounds.push(round('baku', { start: '2025-07-12' }), round('amman', { start: '2025-08-01' }));
    expect(findReferenceProblems(record)).toEqual([]);
  });

  it('reports a round whose start differs from the date in its file name', () => {
    const record = validRecord();
    roundNamed(record, '2025-09-17-london').data.start = '2025-09-18';
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2025-09-17-london.md: start: 2025-09-18 does not match the date in the file name (2025-09-17)',
    ]);
  });

  it.each(['london', '2025-09-17', '2025-09-17-London', '2025-09-17_london', '2025-9-17-london', '2025-09-17-london-'])(
    'reports a malformed round file name %j',
    (id) => {
      const record = validRecord();
      roundNamed(record, '2025-09-17-london').id = id;
      expect(findReferenceProblems(record)).toEqual([
        `content/rounds/${id}.md: file name: must be <start>-<place-or-slug>.md in lower-case kebab-case, e.g. 2025-09-17-paris.md`,
      ]);
    },
  );

  it('reports unknown people and issues in an event, and a file name date mismatch', () => {
    const record = validRecord();
    record.events = [event('visit', { date: '2025-10-01', people: ['ron-dermer', 'tom-barack'], issues: ['prisoners'] })];
    const [visit] = record.events;
    if (visit) visit.data.date = '2025-10-02';
    expect(findReferenceProblems(record)).toEqual([
      'content/events/2025-10-01-visit.md: date: 2025-10-02 does not match the date in the file name (2025-10-01)',
      'content/events/2025-10-01-visit.md: people[1]: no person "tom-barack" (known: tom-barrack, ron-dermer, ahmed-al-sharaa, yechiel-leiter, asaad-al-shaibani, …)',
      'content/events/2025-10-01-visit.md: issues[0]: no issue "prisoners" (known: airspace, buffer-zone)',
    ]);
  });

  it('reports a malformed event file name with the event field', () => {
    const record = validRecord();
    record.events = [{ id: 'resignation', data: event('x', { date: '2025-11-11' }).data }];
    expect(findReferenceProblems(record)).toEqual([
      'content/events/resignation.md: file name: must be <date>-<place-or-slug>.md in lower-case kebab-case, e.g. 2025-11-11-paris.md',
    ]);
  });

  it('says no ids are known yet when a collection is empty', () => {
    const record = validRecord();
    record.issues = [];
    record.rounds = [round('london', { start: '2025-09-17', issues: ['buffer-zone'] })];
    record.events = [];
    expect(findReferenceProblems(record)).toEqual([
      'content/rounds/2025-09-17-london.md: issues[0]: no issue "buffer-zone" (known: none yet)',
    ]);
  });
});

describe('closestIds', () => {
  it('lists known ids nearest first, ties in alphabetical order', () => {
    expect(closestIds('hussein-salama', new Set(['tom-barrack', 'hussein-al-salama']))).toBe('hussein-al-salama, tom-barrack');
    expect(closestIds('ab', new Set(['ax', 'aa', 'zz', 'ab-c']))).toBe('aa, ax, ab-c, zz');
  });

  it('shows at most five and marks the rest with "…"', () => {
    const known = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(closestIds('a', known)).toBe('a, b, c, d, e, …');
  });

  it('does not add "…" when exactly the shown number are known', () => {
    expect(closestIds('a', new Set(['a', 'b', 'c', 'd', 'e']))).toBe('a, b, c, d, e');
  });

  it('can show fewer', () => {
    expect(closestIds('ron-dermr', new Set(PEOPLE.map(([id]) => id)), 1)).toBe('ron-dermer, …');
  });

  it('says "none yet" when nothing is known', () => {
    expect(closestIds('anything', new Set())).toBe('none yet');
  });
});

describe('editDistance', () => {
  it('is zero for equal strings', () => {
    expect(editDistance('ron-dermer', 'ron-dermer')).toBe(0);
    expect(editDistance('', '')).toBe(0);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('hussein-salama', 'hussein-al-salama')).toBe(3);
    expect(editDistance('ron-dermer', 'ron-dermr')).toBe(1);
    expect(editDistance('barrack', 'barack')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is the length of the other string when one is empty', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcd', '')).toBe(4);
  });

  it('is symmetric', () => {
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('lawn', 'flaw')).toBe(2);
  });
});

describe('roundOrderProblems', () => {
  it('accepts numbers that rise with the start, whatever order the files come in, and unnumbered contacts between them', () => {
    const rounds = [
      round('paris', { round: 5, start: '2026-01-05' }),
      round('baku', { start: '2025-12-01' }),
      round('london', { round: 4, start: '2025-09-17' }),
    ];
    expect(roundOrderProblems(rounds)).toEqual([]);
  });

  it('refuses a number lower than that of a round that met earlier, naming both files', () => {
    const rounds = [
      round('london', { round: 4, start: '2025-09-17' }),
      round('rome', { round: 5, start: '2025-10-01' }),
      round('paris', { round: 3, start: '2026-01-05' }),
    ];
    expect(roundOrderProblems(rounds)).toEqual([
      'content/rounds/2026-01-05-paris.md: round: 3 is lower than round 5 (content/rounds/2025-10-01-rome.md), which met ' +
        'earlier, on 2025-10-01: rounds are numbered in the order they meet; check round: in both files',
    ]);
  });

  it('leaves two rounds on the same day to the check that numbers are unique', () => {
    const rounds = [round('paris', { round: 5, start: '2026-01-05' }), round('lyon', { round: 4, start: '2026-01-05' })];
    expect(roundOrderProblems(rounds)).toEqual([]);
  });
});

describe('sharedNameProblems', () => {
  const empty = { rounds: [], events: [], people: [], issues: [], notes: [] };

  it('refuses an event with the file name of a round, naming both files', () => {
    const record = { ...empty, rounds: [round('paris', { title: 'Round five' })], events: [event('paris', { date: '2026-01-05' })] };
    expect(sharedNameProblems(record)).toEqual([
      'content/events/2026-01-05-paris.md: file name: is the name of content/rounds/2026-01-05-paris.md too: the timeline ' +
        'knows each meeting and event by its file name; rename the event',
    ]);
  });

  it('refuses a title two pages share, whatever their kinds and its case, at the later page', () => {
    const record = {
      ...empty,
      rounds: [round('paris', { title: 'The buffer zone' })],
      issues: [issue('buffer-zone', { title: 'The Buffer Zone' })],
    };
    expect(sharedNameProblems(record)).toEqual([
      'content/issues/buffer-zone.md: title: "The Buffer Zone" is the title of content/rounds/2026-01-05-paris.md too: ' +
        'give each page its own title',
    ]);
  });

  it('accepts two people with one name, and pages with titles of their own', () => {
    const record = {
      ...empty,
      people: [person('ahmed-salama', { name: 'Salama' }), person('hussein-salama', { name: 'Salama' })],
      rounds: [round('paris', { title: 'Round five' }), round('london', { start: '2025-09-17', title: 'Round four' })],
    };
    expect(sharedNameProblems(record)).toEqual([]);
  });
});
