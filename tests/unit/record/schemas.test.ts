import { afterEach, describe, expect, it } from 'vitest';
import { calendarDay, eventSchema, issueSchema, personSchema, repeatsOf, roundSchema } from '@/lib/record/schemas';

const SIDE_LIST =
  'israel, syria, united-states, france, turkey, jordan, azerbaijan, united-arab-emirates, united-kingdom, qatar, saudi-arabia, united-nations';

/** YAML reads an unquoted date as a Date at midnight UTC. */
const yamlDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** A round's front matter as YAML hands it over, dates unquoted. */
function roundInput(): Record<string, unknown> {
  return {
    title: 'Round five in Paris',
    round: 5,
    start: yamlDate('2026-01-05'),
    end: yamlDate('2026-01-06'),
    place: { city: 'Paris', country: 'FR' },
    summary: 'Israeli and Syrian delegations met in Paris.',
    delegations: { israel: ['ron-dermer'], syria: ['asaad-al-shaibani', 'hussein-al-salama'], 'united-states': ['tom-barrack'] },
    issues: ['buffer-zone'],
    positions: [{ side: 'syria', issue: 'buffer-zone', stance: 'Syria asked for a withdrawal.', source: 1 }],
    sources: [
      { publisher: 'Reuters', title: 'Israel and Syria meet in Paris', url: 'https://example.org/a', date: yamlDate('2026-01-06') },
      { publisher: 'Fixture Wire', title: '[Monthly summary]', date: '2026-01', dateInferred: true },
    ],
    confirmedBy: ['syria', 'united-states'],
    status: 'held',
    updates: [{ date: yamlDate('2026-01-07'), note: 'Added the US delegation.' }],
  };
}

/** Each problem as path and message, the two things an editor reads. */
function problems(result: {
  success: boolean;
  error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } | undefined;
}) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const roundWith = (patch: Record<string, unknown>) => roundSchema.safeParse({ ...roundInput(), ...patch });

describe('roundSchema', () => {
  it('parses a valid round, turning YAML dates back into calendar days', () => {
    const result = roundSchema.safeParse(roundInput());
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({
      start: '2026-01-05',
      end: '2026-01-06',
      sources: [
        { date: '2026-01-06', dateInferred: false },
        { date: '2026-01', dateInferred: true },
      ],
      updates: [{ date: '2026-01-07', note: 'Added the US delegation.' }],
      positions: [{ redLine: false, source: 1 }],
    });
  });

  it('accepts quoted dates as they are', () => {
    expect(roundWith({ start: '2026-01-05', end: '2026-01-05' }).data).toMatchObject({ start: '2026-01-05', end: '2026-01-05' });
  });

  it('fills the optional lists with empty ones', () => {
    const input = roundInput();
    delete input['issues'];
    delete input['positions'];
    delete input['updates'];
    delete input['round'];
    delete input['end'];
    const result = roundSchema.safeParse(input);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ issues: [], positions: [], updates: [] });
    expect(result.data).not.toHaveProperty('round');
    expect(result.data).not.toHaveProperty('end');
  });

  it('accepts an empty confirmedBy and no delegations', () => {
    expect(roundWith({ confirmedBy: [], delegations: {} }).success).toBe(true);
  });

  it('trims text', () => {
    expect(roundWith({ title: '  Round five  ' }).data?.title).toBe('Round five');
  });

  it('rejects an end before the start', () => {
    expect(problems(roundWith({ end: yamlDate('2026-01-04') }))).toEqual([
      { path: 'end', message: '2026-01-04 is before start 2026-01-05: end must be on or after start' },
    ]);
  });

  it('rejects a summary over 300 characters', () => {
    expect(roundWith({ summary: 'x'.repeat(300) }).success).toBe(true);
    expect(problems(roundWith({ summary: 'x'.repeat(301) }))).toEqual([
      { path: 'summary', message: 'must be at most 300 characters: it is the timeline card and the meta description' },
    ]);
  });

  it("refuses conflictsWith on a stance that is not a red line, or naming the position's own side", () => {
    const stance = { side: 'israel', issue: 'buffer-zone', stance: 'Israel keeps the zone.', source: 1 };
    expect(problems(roundWith({ positions: [{ ...stance, conflictsWith: [{ side: 'syria', issue: 'buffer-zone' }] }] }))).toEqual([
      { path: 'positions.0.conflictsWith', message: 'is only for a red line: set redLine: true, or leave conflictsWith out' },
    ]);
    expect(
      problems(roundWith({ positions: [{ ...stance, redLine: true, conflictsWith: [{ side: 'israel', issue: 'buffer-zone' }] }] })),
    ).toEqual([
      {
        path: 'positions.0.conflictsWith.0.side',
        message: "is the position's own side (israel): a red line collides with another side's demand",
      },
    ]);
  });

  it('takes a stance marked restated, or changed with how it changed', () => {
    const stance = { side: 'israel', issue: 'buffer-zone', stance: 'Israel keeps the zone.', source: 1 };
    const restated = roundWith({ positions: [{ ...stance, shift: 'restated' }] });
    const changed = roundWith({ positions: [{ ...stance, shift: 'changed', how: '  now accepts a phased withdrawal ' }] });
    expect(restated.data?.positions[0]).toMatchObject({ shift: 'restated' });
    expect(restated.data?.positions[0]?.how).toBeUndefined();
    expect(changed.data?.positions[0]).toMatchObject({ shift: 'changed', how: 'now accepts a phased withdrawal' });
    expect(roundWith({ positions: [stance] }).data?.positions[0]?.shift).toBeUndefined();
  });

  it('refuses a misspelt shift, a change that does not say how, and a how without a change', () => {
    const stance = { side: 'israel', issue: 'buffer-zone', stance: 'Israel keeps the zone.', source: 1 };
    expect(problems(roundWith({ positions: [{ ...stance, shift: 'restate' }] }))).toEqual([
      { path: 'positions.0.shift', message: "must be one of: restated, changed; or left out on the side's first stance on the issue" },
    ]);
    expect(problems(roundWith({ positions: [{ ...stance, shift: 'changed' }] }))).toEqual([
      {
        path: 'positions.0.how',
        message: 'is missing: a changed stance says how it changed, in a few words, e.g. how: now accepts a phased withdrawal',
      },
    ]);
    expect(problems(roundWith({ positions: [{ ...stance, shift: 'restated', how: 'now firmer' }] }))).toEqual([
      { path: 'positions.0.how', message: 'is only for a changed stance, and this one is restated: set shift: changed, or leave how out' },
    ]);
    expect(problems(roundWith({ positions: [{ ...stance, how: 'now firmer' }] }))).toEqual([
      { path: 'positions.0.how', message: 'is only for a changed stance: add shift: changed, or leave how out' },
    ]);
  });

  it('keeps how a stance changed to a few words', () => {
    const stance = { side: 'israel', issue: 'buffer-zone', stance: 'Israel keeps the zone.', source: 1, shift: 'changed' };
    expect(roundWith({ positions: [{ ...stance, how: 'x'.repeat(100) }] }).success).toBe(true);
    expect(problems(roundWith({ positions: [{ ...stance, how: 'x'.repeat(101) }] }))).toEqual([
      { path: 'positions.0.how', message: 'must be at most 100 characters: say in a few words how the stance changed' },
    ]);
    expect(problems(roundWith({ positions: [{ ...stance, how: ' ' }] }))).toEqual([
      { path: 'positions.0.how', message: 'must not be empty: write how the stance changed, in a few words' },
    ]);
  });

  it('takes one entry of uncertain attendance per delegate, each citing its sources', () => {
    const doubt = { person: 'hussein-al-salama', doubt: 'one-source', note: 'Only one report names him.', sources: [1] };
    expect(roundWith({ uncertainAttendance: [doubt] }).success).toBe(true);
    expect(problems(roundWith({ uncertainAttendance: [doubt, { ...doubt, doubt: 'reports-differ' }] }))).toEqual([
      {
        path: 'uncertainAttendance.1.person',
        message: '"hussein-al-salama" is listed already, at uncertainAttendance[0]: one entry per person',
      },
    ]);
    expect(problems(roundWith({ uncertainAttendance: [{ ...doubt, sources: [] }] }))).toEqual([
      { path: 'uncertainAttendance.0.sources', message: 'must cite at least one source' },
    ]);
  });

  it('takes one readout per side, each with a summary and a source', () => {
    const readout = { side: 'syria', summary: 'State media spoke of de-escalation.', source: 1 };
    expect(roundWith({ readouts: [readout, { ...readout, side: 'israel' }] }).success).toBe(true);
    expect(problems(roundWith({ readouts: [readout, readout] }))).toEqual([
      { path: 'readouts.1.side', message: 'syria has a readout already: one per side' },
    ]);
    expect(problems(roundWith({ readouts: [{ side: 'syria', summary: ' ', source: 1 }] }))).toEqual([
      { path: 'readouts.0.summary', message: "must not be empty: write the side's account in one or two sentences" },
    ]);
  });

  it('rejects an empty title', () => {
    expect(problems(roundWith({ title: '   ' }))).toEqual([{ path: 'title', message: 'must not be empty: write a title' }]);
  });

  it('rejects an empty list of sources', () => {
    expect(problems(roundWith({ sources: [] }))).toEqual([
      { path: 'sources', message: 'must list at least one source: every fact on the site is sourced' },
    ]);
  });

  it('rejects missing sources', () => {
    const input = roundInput();
    delete input['sources'];
    expect(problems(roundSchema.safeParse(input))).toEqual([{ path: 'sources', message: 'must be a list of sources' }]);
  });

  it('rejects an unknown side in delegations, naming it and the known sides', () => {
    expect(problems(roundWith({ delegations: { israel: ['ron-dermer'], egypt: ['someone'] } }))).toEqual([
      { path: 'delegations', message: `unknown side "egypt"; use one of: ${SIDE_LIST}` },
    ]);
  });

  it('rejects an empty delegation', () => {
    expect(problems(roundWith({ delegations: { israel: [] } }))).toEqual([
      { path: 'delegations.israel', message: 'must name at least one person, or leave the side out' },
    ]);
  });

  it('rejects a person id that is not kebab-case', () => {
    expect(problems(roundWith({ delegations: { israel: ['Ron Dermer'] } }))).toEqual([
      { path: 'delegations.israel.0', message: 'must be a person id in lower-case kebab-case, e.g. yechiel-leiter' },
    ]);
  });

  it('rejects an unknown side in confirmedBy', () => {
    expect(problems(roundWith({ confirmedBy: ['syria', 'egypt'] }))).toEqual([
      { path: 'confirmedBy.1', message: `unknown side "egypt"; use one of: ${SIDE_LIST}` },
    ]);
  });

  it('rejects a day that does not exist', () => {
    expect(problems(roundWith({ start: '2026-02-30', end: '2026-03-01' }))).toEqual([
      { path: 'start', message: 'is not a real calendar day (check the month and the day)' },
    ]);
  });

  it('rejects a date in another format with that one message, and no knock-on errors', () => {
    expect(problems(roundWith({ start: '5 January 2026' }))).toEqual([
      { path: 'start', message: 'must be a date written as YYYY-MM-DD, e.g. 2026-01-05' },
    ]);
  });

  it('rejects a month-only start', () => {
    expect(problems(roundWith({ start: '2026-01', end: '2026-01-06' }))[0]).toEqual({
      path: 'start',
      message: 'must be a date written as YYYY-MM-DD, e.g. 2026-01-05',
    });
  });

  it('rejects a source with a bad url', () => {
    const [first] = roundInput()['sources'] as Record<string, unknown>[];
    expect(problems(roundWith({ sources: [{ ...first, url: 'example.org/a' }] }))).toEqual([
      { path: 'sources.0.url', message: 'must be a full web address starting with https:// or http://' },
    ]);
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/a', 'mailto:desk@example.org', 'https:example.org'])(
    'rejects a source address that is not a web page: %s',
    (url) => {
      const [first] = roundInput()['sources'] as Record<string, unknown>[];
      expect(problems(roundWith({ sources: [{ ...first, url }] }))).toEqual([
        { path: 'sources.0.url', message: 'must be a full web address starting with https:// or http://' },
      ]);
    },
  );

  it('rejects a source address written with raw non-ASCII characters or spaces, and gives it percent-encoded', () => {
    const [first] = roundInput()['sources'] as Record<string, unknown>[];
    expect(problems(roundWith({ sources: [{ ...first, url: 'https://www.alraimedia.com/article/تل المغر' }] }))).toEqual([
      {
        path: 'sources.0.url',
        message:
          'must be percent-encoded, as a browser copies it: https://www.alraimedia.com/article/%D8%AA%D9%84%20%D8%A7%D9%84%D9%85%D8%BA%D8%B1',
      },
    ]);
    expect(roundWith({ sources: [{ ...first, url: 'https://www.alraimedia.com/article/%D8%AA%D9%84' }] }).success).toBe(true);
  });

  it('rejects a source date that is neither a day nor a month', () => {
    const [first] = roundInput()['sources'] as Record<string, unknown>[];
    expect(problems(roundWith({ sources: [{ ...first, date: '2026-13' }] }))).toEqual([
      {
        path: 'sources.0.date',
        message: 'must be a date written as YYYY-MM-DD, or YYYY-MM when only the month is known, e.g. 2026-01-06 or 2026-01',
      },
    ]);
  });

  it('rejects an unknown key, naming it', () => {
    expect(problems(roundWith({ venue: 'Élysée' }))).toEqual([
      {
        path: '',
        message: expect.stringMatching(/^unknown field "venue"; the fields are: title, round, start, end, place, summary, /) as unknown,
      },
    ]);
  });

  it('rejects an unknown key in a nested object', () => {
    expect(problems(roundWith({ place: { city: 'Paris', country: 'FR', hotel: 'Ritz' } }))).toEqual([
      { path: 'place', message: 'unknown field "hotel"; the fields are: city, country, venue' },
    ]);
  });

  it("accepts a country's ISO 3166-1 alpha-2 code, and a border's two codes in the order it is named", () => {
    expect(roundWith({ place: { city: 'Paris', country: 'FR' } }).data?.place.country).toBe('FR');
    expect(roundWith({ place: { city: 'Border region', country: ['IL', 'SY'] } }).data?.place.country).toEqual(['IL', 'SY']);
  });

  it('refuses a country written as a name, saying which code to write', () => {
    const countryProblems = (country: unknown) => problems(roundWith({ place: { city: 'Paris', country } }));
    expect(countryProblems('France')).toEqual([{ path: 'place.country', message: '"France" is not an ISO 3166 country code: write FR' }]);
    expect(countryProblems('United Kingdom')).toEqual([
      { path: 'place.country', message: '"United Kingdom" is not an ISO 3166 country code: write GB' },
    ]);
    expect(countryProblems('Israel–Syria')).toEqual([
      { path: 'place.country', message: '"Israel–Syria" is not an ISO 3166 country code: write [IL, SY]' },
    ]);
    expect(countryProblems('fr')).toEqual([{ path: 'place.country', message: '"fr" is not an ISO 3166 country code: write FR' }]);
    expect(countryProblems('UK')).toEqual([{ path: 'place.country', message: '"UK" is not an ISO 3166 country code: write GB' }]);
    expect(countryProblems(['IL', 'Syria'])).toEqual([
      { path: 'place.country.1', message: '"Syria" is not an ISO 3166 country code: write SY' },
    ]);
  });

  it('refuses a code of no country, naming it and the form to write', () => {
    const unknown = (code: string) => `unknown country code "${code}": write the country's ISO 3166-1 alpha-2 code, e.g. FR for France`;
    expect(problems(roundWith({ place: { city: 'Paris', country: 'XX' } }))).toEqual([{ path: 'place.country', message: unknown('XX') }]);
    expect(problems(roundWith({ place: { city: 'Paris', country: 'EU' } }))).toEqual([{ path: 'place.country', message: unknown('EU') }]);
    expect(problems(roundWith({ place: { city: 'Paris', country: 'Narnia' } }))).toEqual([
      { path: 'place.country', message: unknown('Narnia') },
    ]);
  });

  it('refuses a border of one country with itself, and a country that is neither a code nor two', () => {
    expect(problems(roundWith({ place: { city: 'Border region', country: ['IL', 'IL'] } }))).toEqual([
      { path: 'place.country.1', message: 'is IL again: a border is between two countries' },
    ]);
    const neither = 'must be a country code, e.g. FR, or the two codes of a border, e.g. [IL, SY]';
    for (const country of [['IL'], ['IL', 'SY', 'JO'], 42, undefined]) {
      expect(problems(roundWith({ place: { city: 'Paris', country } })), JSON.stringify(country)).toEqual([
        { path: 'place.country', message: neither },
      ]);
    }
  });

  it('rejects a round number below one', () => {
    expect(problems(roundWith({ round: -1 }))).toEqual([{ path: 'round', message: 'must be 1 or more' }]);
    expect(problems(roundWith({ round: 0 }))).toEqual([{ path: 'round', message: 'must be 1 or more' }]);
  });

  it('rejects a fractional round number', () => {
    expect(problems(roundWith({ round: 4.5 }))).toEqual([{ path: 'round', message: 'must be a whole number' }]);
  });

  it('rejects a missing status', () => {
    const input = roundInput();
    delete input['status'];
    expect(problems(roundSchema.safeParse(input))).toEqual([
      { path: 'status', message: 'must be one of: held, scheduled, postponed, cancelled' },
    ]);
  });

  it('rejects an unknown status', () => {
    expect(problems(roundWith({ status: 'planned' }))).toEqual([
      { path: 'status', message: 'must be one of: held, scheduled, postponed, cancelled' },
    ]);
  });

  it('accepts a held meeting dated by the report of it, on the day of one of its sources, with no last day', () => {
    const result = roundWith({ start: '2026-01-06', end: undefined, datedByReport: true });
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({ start: '2026-01-06', datedByReport: true });
    expect(roundSchema.parse(roundInput()).datedByReport).toBe(false);
  });

  it('refuses a meeting dated by its report that has a last day, is not held, or starts on no day of a source', () => {
    expect(problems(roundWith({ datedByReport: true, status: 'scheduled' }))).toEqual([
      {
        path: 'end',
        message:
          'is a day of the meeting, but datedByReport says its days were never reported: remove end, or datedByReport if a source gives the days',
      },
      {
        path: 'datedByReport',
        message:
          'is only for a held meeting whose days were never reported; a scheduled meeting is dated by the day announced for it: remove datedByReport',
      },
      {
        path: 'start',
        message:
          "2026-01-05 is the date of none of the sources, but datedByReport says start is the day the meeting was first reported: give that report's date",
      },
    ]);
    expect(problems(roundWith({ datedByReport: 'yes' }))).toEqual([{ path: 'datedByReport', message: 'must be true or false' }]);
  });

  it('rejects a position source of zero', () => {
    expect(problems(roundWith({ positions: [{ side: 'syria', issue: 'buffer-zone', stance: 'A stance.', source: 0 }] }))).toEqual([
      { path: 'positions.0.source', message: 'must be 1 or more: sources are numbered from 1' },
    ]);
  });

  it('reports every problem at once', () => {
    expect(problems(roundWith({ title: '', status: 'planned', confirmedBy: ['egypt'] })).map((problem) => problem.path)).toEqual([
      'title',
      'confirmedBy.0',
      'status',
    ]);
  });
});

describe('eventSchema', () => {
  const eventInput = () => ({
    title: 'Dermer resigns',
    date: yamlDate('2025-11-11'),
    summary: 'Ron Dermer left the government.',
    sources: [{ publisher: 'Fixture Wire', title: 'Dermer resigns', date: yamlDate('2025-11-11') }],
  });

  it('parses a valid event with empty people and issues', () => {
    const result = eventSchema.safeParse(eventInput());
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({
      date: '2025-11-11',
      people: [],
      issues: [],
      updates: [],
      sources: [{ date: '2025-11-11', dateInferred: false }],
    });
  });

  it('rejects a bad date, an issue id that is not kebab-case and an extra key', () => {
    expect(problems(eventSchema.safeParse({ ...eventInput(), date: '2025-11-31', issues: ['Buffer Zone'], round: 4 }))).toEqual([
      { path: 'date', message: 'is not a real calendar day (check the month and the day)' },
      { path: 'issues.0', message: 'must be an issue id in lower-case kebab-case, e.g. buffer-zone' },
      { path: '', message: 'unknown field "round"; the fields are: title, date, summary, people, issues, sources, updates' },
    ]);
  });
});

describe('personSchema', () => {
  const personInput = () => ({
    name: 'Hussein al-Salama',
    aliases: ['Salameh'],
    side: 'syria',
    roles: [{ title: 'Intelligence chief', from: '2025-01', to: yamlDate('2025-11-11') }],
    sources: [{ publisher: 'Fixture Wire', title: 'Profile', date: '2025-01-01' }],
  });

  it('parses a valid person, keeping month-only dates', () => {
    const result = personSchema.safeParse(personInput());
    expect(result.error).toBeUndefined();
    expect(result.data?.roles).toEqual([{ title: 'Intelligence chief', from: '2025-01', to: '2025-11-11' }]);
  });

  it('defaults aliases to none', () => {
    const input: Partial<ReturnType<typeof personInput>> = personInput();
    delete input.aliases;
    expect(personSchema.safeParse(input).data?.aliases).toEqual([]);
  });

  it('rejects a person with no role', () => {
    expect(problems(personSchema.safeParse({ ...personInput(), roles: [] }))).toEqual([
      { path: 'roles', message: 'must list at least one role' },
    ]);
  });

  it('rejects a role that ends before it starts', () => {
    expect(
      problems(personSchema.safeParse({ ...personInput(), roles: [{ title: 'Minister', from: '2025-11', to: '2025-10-31' }] })),
    ).toEqual([{ path: 'roles.0.to', message: '2025-10-31 is before from 2025-11' }]);
  });

  it('accepts a role that ends in the month it started, given as a month', () => {
    expect(personSchema.safeParse({ ...personInput(), roles: [{ title: 'Minister', from: '2025-11-05', to: '2025-11' }] }).success).toBe(
      true,
    );
  });

  it('rejects an unknown side', () => {
    expect(problems(personSchema.safeParse({ ...personInput(), side: 'Syria' }))).toEqual([
      { path: 'side', message: `unknown side "Syria"; use one of: ${SIDE_LIST}` },
    ]);
  });

  it('parses native names with their language and source', () => {
    const nativeNames = [{ name: 'حسين السلامة', lang: 'ar', source: 1 }];
    expect(personSchema.safeParse({ ...personInput(), nativeNames }).data?.nativeNames).toEqual(nativeNames);
    expect(personSchema.safeParse(personInput()).data?.nativeNames).toEqual([]);
  });

  it('rejects a native name without a known language, or written in another script', () => {
    expect(
      problems(
        personSchema.safeParse({
          ...personInput(),
          nativeNames: [
            { name: 'حسين السلامة', lang: 'arabic', source: 1 },
            { name: 'Hussein', lang: 'ar', source: 1 },
          ],
        }),
      ),
    ).toEqual([
      { path: 'nativeNames.0.lang', message: 'must be the language of the name: ar or he' },
      { path: 'nativeNames.1.name', message: '"Hussein" has Latin letters: write only the Arabic form here' },
    ]);
  });

  it('sends an alias in Arabic or Hebrew script to nativeNames', () => {
    expect(problems(personSchema.safeParse({ ...personInput(), aliases: ['Salameh', 'סלאמה'] }))).toEqual([
      { path: 'aliases.1', message: '"סלאמה" is in Hebrew script: list it under nativeNames with its lang and source' },
    ]);
  });

  it('rejects an empty alias', () => {
    expect(problems(personSchema.safeParse({ ...personInput(), aliases: ['Salameh', ' '] }))).toEqual([
      { path: 'aliases.1', message: 'must not be empty: write an alias' },
    ]);
  });
});

describe('issueSchema', () => {
  const issueInput = () => ({
    title: 'Buffer zone',
    summary: 'The demilitarised zone on the Golan.',
    sources: [{ publisher: 'Fixture Wire', title: 'Explainer', date: '2025-01' }],
  });

  it('parses a valid issue', () => {
    expect(issueSchema.safeParse(issueInput()).data).toEqual({
      ...issueInput(),
      aliases: [],
      sources: [{ ...issueInput().sources[0], dateInferred: false }],
      updates: [],
    });
  });

  it('rejects a summary over 300 characters', () => {
    expect(problems(issueSchema.safeParse({ ...issueInput(), summary: 'x'.repeat(301) }))).toEqual([
      { path: 'summary', message: 'must be at most 300 characters' },
    ]);
  });

  it('rejects a source without a publisher', () => {
    expect(problems(issueSchema.safeParse({ ...issueInput(), sources: [{ title: 'Explainer', date: '2025-01' }] }))).toEqual([
      { path: 'sources.0.publisher', message: 'must be the publisher' },
    ]);
  });

  it('rejects the same report listed twice, at the second, and accepts several sources without an address', () => {
    const report = { publisher: 'Fixture Wire', title: 'Explainer', url: 'https://example.org/a', date: '2025-01' };
    const noAddress = { publisher: 'Fixture Wire', title: 'Briefing', date: '2025-01' };
    expect(problems(issueSchema.safeParse({ ...issueInput(), sources: [report, noAddress, noAddress, report] }))).toEqual([
      { path: 'sources.3.url', message: 'is the address of sources[0] too: list each report once, and cite it as [1]' },
    ]);
  });
});

describe('calendarDay and the process time zone', () => {
  const originalTz = process.env['TZ'];
  afterEach(() => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  });

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles'])('turns a YAML date into the same day in %s', (zone) => {
    process.env['TZ'] = zone;
    expect(new Date(Date.UTC(2026, 0, 5)).getDate()).toBe(zone === 'America/Los_Angeles' ? 4 : 5);
    expect(calendarDay.parse(yamlDate('2026-01-05'))).toBe('2026-01-05');
    expect(calendarDay.parse(yamlDate('2025-12-31'))).toBe('2025-12-31');
  });
});

describe('repeatsOf', () => {
  it('gives each repeat with the index of the first of its kind, and skips items without a key', () => {
    expect(repeatsOf(['a', 'b', 'a', 'a'], (item) => item)).toEqual([
      { index: 2, first: 0 },
      { index: 3, first: 0 },
    ]);
    expect(repeatsOf([{ url: undefined }, { url: undefined }], (item) => item.url)).toEqual([]);
  });
});
