/**
 * The rules that span files: every id a file uses must name an existing file,
 * each delegate sits for their own side, round numbers are unique, rise with the rounds' dates and are explained by the numbering note, source numbers (of positions, readouts, uncertain
 * attendance and native names) point into the file's own list, a red line's conflictsWith points to a stance the record holds,
 * a side's first stance on an issue has no shift (nothing came before it), a dated file's name carries its date, and every
 * file name is lower-case kebab-case.
 */
import { countOf } from '@/lib/base/numbers';
import { NUMBERING_NOTE_ID, type CollectionName } from '@/lib/base/urls';
import { firstStances } from '@/lib/model/stance-history';
import { fileOf, type ContentRecord, type Entry } from '@/lib/record/entries';
import { ID, repeatsOf, type Round } from '@/lib/record/schemas';

/**
 * Every broken reference in the record, one line each, in the form
 * `content/rounds/2026-01-05-paris.md: delegations.syria[1]: no person "hussein-salama" (known: hussein-al-salama, …)`.
 * An empty list means the record is whole.
 */
export function findReferenceProblems(record: ContentRecord): string[] {
  const people = new Set(record.people.map((person) => person.id));
  const personById = new Map(record.people.map((person) => [person.id, person]));
  const issues = new Set(record.issues.map((issue) => issue.id));
  const problems: string[] = [];
  const report = (collection: CollectionName, entry: Entry<unknown>, field: string, message: string) =>
    problems.push(`${fileOf(collection, entry)}: ${field}: ${message}`);
  const checkId = (collection: CollectionName, entry: Entry<unknown>, field: string, kind: 'person' | 'issue', value: string) => {
    const known = kind === 'person' ? people : issues;
    if (!known.has(value)) report(collection, entry, field, `no ${kind} "${value}" (known: ${closestIds(value, known)})`);
  };

  const checkSource = (collection: CollectionName, entry: Entry<unknown>, field: string, source: number, sourceCount: number) => {
    if (source > sourceCount)
      report(collection, entry, field, `${source} is out of range: sources has ${countOf(sourceCount, 'entry', 'entries')}`);
  };

  // Every side and issue some round records a stance on: what a red line's conflictsWith may point to.
  const stated = new Set(record.rounds.flatMap((round) => round.data.positions.map((position) => `${position.side} ${position.issue}`)));
  const first = firstStances(record.rounds);
  const roundNumbers = new Map<number, Entry<unknown>>();
  for (const round of record.rounds) {
    const { data } = round;
    checkDatedName('rounds', round, 'start', data.start, report);
    if (data.round !== undefined) {
      const earlier = roundNumbers.get(data.round);
      if (earlier)
        report('rounds', round, 'round', `${data.round} is already the number of ${fileOf('rounds', earlier)}; round numbers are unique`);
      else roundNumbers.set(data.round, round);
    }
    for (const [side, members] of Object.entries(data.delegations)) {
      members.forEach((person, i) => {
        const field = `delegations.${side}[${i}]`;
        const delegate = personById.get(person);
        if (delegate === undefined) checkId('rounds', round, field, 'person', person);
        else if (delegate.data.side !== side) {
          const own = delegate.data.side;
          report(
            'rounds',
            round,
            field,
            `"${person}" sits for ${own} (${fileOf('people', delegate)}, side): list them under delegations.${own}`,
          );
        }
      });
    }
    data.issues.forEach((issue, i) => checkId('rounds', round, `issues[${i}]`, 'issue', issue));
    data.positions.forEach((position, i) => {
      if (!issues.has(position.issue)) checkId('rounds', round, `positions[${i}].issue`, 'issue', position.issue);
      else if (!data.issues.includes(position.issue))
        report('rounds', round, `positions[${i}].issue`, `"${position.issue}" is not in this round's issues list; add it there`);
      checkSource('rounds', round, `positions[${i}].source`, position.source, data.sources.length);
      if (position.shift !== undefined && first.has(position))
        report(
          'rounds',
          round,
          `positions[${i}].shift`,
          `"${position.shift}" marks the first stance of ${position.side} on "${position.issue}": no earlier round records one to compare ` +
            `it with; leave shift${position.how === undefined ? '' : ' and how'} out, or record that earlier stance at its round first`,
        );
      position.conflictsWith.forEach((collision, j) => {
        const field = `positions[${i}].conflictsWith[${j}]`;
        if (!issues.has(collision.issue)) checkId('rounds', round, `${field}.issue`, 'issue', collision.issue);
        else if (!stated.has(`${collision.side} ${collision.issue}`))
          report(
            'rounds',
            round,
            field,
            `${collision.side} has stated no position on "${collision.issue}" at any round: a red line collides with a demand the record holds`,
          );
      });
    });
    data.readouts.forEach((readout, i) => checkSource('rounds', round, `readouts[${i}].source`, readout.source, data.sources.length));
    data.uncertainAttendance.forEach((doubt, i) =>
      doubt.sources.forEach((source, j) =>
        checkSource('rounds', round, `uncertainAttendance[${i}].sources[${j}]`, source, data.sources.length),
      ),
    );
  }

  problems.push(...roundOrderProblems(record.rounds));

  if (roundNumbers.size > 0 && !record.notes.some((note) => note.id === NUMBERING_NOTE_ID)) {
    problems.push(
      `content/notes/${NUMBERING_NOTE_ID}.md: missing: every round number links to this note on how the rounds are numbered; write it`,
    );
  }

  for (const person of record.people) {
    person.data.nativeNames.forEach((native, i) =>
      checkSource('people', person, `nativeNames[${i}].source`, native.source, person.data.sources.length),
    );
  }

  for (const event of record.events) {
    checkDatedName('events', event, 'date', event.data.date, report);
    event.data.people.forEach((person, i) => checkId('events', event, `people[${i}]`, 'person', person));
    event.data.issues.forEach((issue, i) => checkId('events', event, `issues[${i}]`, 'issue', issue));
  }

  for (const collection of ['people', 'issues', 'notes'] as const) {
    for (const entry of record[collection]) {
      if (!ID.test(entry.id))
        report(
          collection,
          entry,
          'file name',
          `must be lower-case kebab-case (a–z, 0–9 and hyphens), e.g. ${PLAIN_NAME_EXAMPLES[collection]}.md: ` +
            'it is the address of the page and the id other files use',
        );
    }
  }
  return problems;
}

/**
 * Every numbered round whose number is lower than that of a round that met before it, at its file and field, naming
 * the earlier round's file: the press numbers rounds in the order they meet, so one is a typo.
 * @example roundOrderProblems([london (round 4, 2025-09-17), paris (round 3, 2026-01-05)])
 * // ["content/rounds/2026-01-05-paris.md: round: 3 is lower than round 4 (content/rounds/2025-09-17-london.md), which met earlier, on 2025-09-17: …"]
 */
export function roundOrderProblems(rounds: readonly Entry<Round>[]): string[] {
  const numbered = rounds
    .flatMap((entry) => (entry.data.round === undefined ? [] : [{ entry, number: entry.data.round }]))
    .toSorted((a, b) => (a.entry.data.start < b.entry.data.start ? -1 : a.entry.data.start > b.entry.data.start ? 1 : 0));
  const problems: string[] = [];
  let highest: (typeof numbered)[number] | undefined;
  for (const current of numbered) {
    if (highest !== undefined && current.number < highest.number && current.entry.data.start > highest.entry.data.start)
      problems.push(
        `${fileOf('rounds', current.entry)}: round: ${current.number} is lower than round ${highest.number} ` +
          `(${fileOf('rounds', highest.entry)}), which met earlier, on ${highest.entry.data.start}: rounds are numbered ` +
          'in the order they meet; check round: in both files',
      );
    if (highest === undefined || current.number > highest.number) highest = current;
  }
  return problems;
}

/**
 * A file copied from another with its name or its title left as it was: a round and an event with one file name (the
 * timeline knows each by it), or two pages of any kind but people with one title (readers tell pages apart by it; two
 * people may share a name). Each is reported at the later file, naming the first.
 * @example sharedNameProblems(record) // ["content/events/2025-09-17-london.md: file name: is the name of content/rounds/2025-09-17-london.md too: …"]
 */
export function sharedNameProblems(record: ContentRecord): string[] {
  const problems: string[] = [];
  const rounds = new Map(record.rounds.map((round) => [round.id, round]));
  for (const event of record.events) {
    const round = rounds.get(event.id);
    if (round)
      problems.push(
        `${fileOf('events', event)}: file name: is the name of ${fileOf('rounds', round)} too: the timeline knows each meeting ` +
          'and event by its file name; rename the event',
      );
  }
  const pages = (['rounds', 'events', 'issues', 'notes'] as const).flatMap((collection) =>
    record[collection].map((entry: Entry<{ title: string }>) => ({ file: fileOf(collection, entry), title: entry.data.title })),
  );
  for (const { index, first } of repeatsOf(pages, (page) => page.title.toLowerCase())) {
    const [page, earlier] = [pages[index], pages[first]];
    if (page && earlier)
      problems.push(`${page.file}: title: "${page.title}" is the title of ${earlier.file} too: give each page its own title`);
  }
  return problems;
}

const PLAIN_NAME_EXAMPLES = { people: 'ron-dermer', issues: 'buffer-zone', notes: NUMBERING_NOTE_ID } as const;

/** A dated file is named `<date>-<slug>.md`, and the date in its name is the date in its front matter. */
function checkDatedName(
  collection: CollectionName,
  entry: Entry<unknown>,
  field: string,
  date: string,
  report: (collection: CollectionName, entry: Entry<unknown>, field: string, message: string) => void,
) {
  const named = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/.exec(entry.id);
  if (!named)
    report(collection, entry, 'file name', `must be <${field}>-<place-or-slug>.md in lower-case kebab-case, e.g. ${date}-paris.md`);
  else if (named[1] !== date) report(collection, entry, field, `${date} does not match the date in the file name (${named[1]})`);
}

/**
 * The known ids nearest to a misspelt one, for the error message.
 * @example closestIds('hussein-salama', new Set(['hussein-al-salama', 'tom-barrack'])) // "hussein-al-salama, tom-barrack"
 */
export function closestIds(wanted: string, known: ReadonlySet<string>, shown = 5): string {
  if (known.size === 0) return 'none yet';
  const nearest = [...known]
    .map((id) => ({ id, distance: editDistance(wanted, id) }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, shown)
    .map(({ id }) => id);
  return known.size > shown ? `${nearest.join(', ')}, …` : nearest.join(', ');
}

/** Levenshtein distance: the fewest single-character edits that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
