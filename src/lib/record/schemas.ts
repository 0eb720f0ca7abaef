/**
 * Every content schema of the site, with messages written for the editor who
 * broke a file. Rules that need more than one file (does this person exist?)
 * live in `src/lib/content/references.ts`.
 */
import { z } from 'astro/zod';
import { archiveUrlProblem, readArchiveUrl } from '@/lib/base/archives';
import { daysBetween, firstDayOf, lastDayOf } from '@/lib/base/dates';
import { COUNTRY_CODE_FORM, frontMatterCountry, isCountryCode, placeCountryOf } from '@/lib/base/countries';
import { TRANSLATED_LOCALES } from '@/lib/base/locales';
import { SIDES } from '@/lib/base/sides';
import { COLLECTIONS } from '@/lib/base/urls';
import { NAME_LANGS, NAME_LANG_LABELS, nameLangOf, scriptProblem } from '@/lib/base/writing-systems';

/** Where a meeting stands: held, announced and still to come, or announced and then put off or called off. */
export const ROUND_STATUSES = ['held', 'scheduled', 'postponed', 'cancelled'] as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
/** An id, and so a file name: lower-case kebab-case, e.g. buffer-zone. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * YAML reads an unquoted 2026-01-05 as a Date at midnight UTC; turn it back into the day it names. A date with a time
 * (2026-01-05T23:30:00-05:00) is left as it is, to be refused: in UTC it can fall on another day than the one written.
 */
function dayOf(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime()) && value.toISOString().endsWith('T00:00:00.000Z'))
    return value.toISOString().slice(0, 10);
  return value;
}

function isRealDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** A calendar day written as YYYY-MM-DD, e.g. 2026-01-05. */
export const calendarDay = z.preprocess(
  dayOf,
  z
    .string({ error: 'must be a date written as YYYY-MM-DD, e.g. 2026-01-05' })
    .regex(ISO_DAY, { error: 'must be a date written as YYYY-MM-DD, e.g. 2026-01-05', abort: true })
    .refine(isRealDay, 'is not a real calendar day (check the month and the day)'),
);

/** A day (YYYY-MM-DD) or, when only the month is known, a month (YYYY-MM). */
const dayOrMonth = z.preprocess(
  dayOf,
  z
    .string({ error: 'must be a date written as YYYY-MM-DD, or YYYY-MM when only the month is known' })
    .refine(
      (value) => (ISO_DAY.test(value) && isRealDay(value)) || (ISO_MONTH.test(value) && isRealDay(`${value}-01`)),
      'must be a date written as YYYY-MM-DD, or YYYY-MM when only the month is known, e.g. 2026-01-06 or 2026-01',
    ),
);

const text = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, `must not be empty: write ${what}`);

/** The id of a person or an issue: the file name without `.md`, in lower-case kebab-case. */
const id = (kind: 'person' | 'issue') =>
  z
    .string({
      error: `must be ${kind === 'person' ? 'a person' : 'an issue'} id (the file name in content/${kind === 'person' ? 'people' : 'issues'}/ without .md)`,
    })
    .regex(
      ID,
      `must be ${kind === 'person' ? 'a person' : 'an issue'} id in lower-case kebab-case, e.g. ${kind === 'person' ? 'yechiel-leiter' : 'buffer-zone'}`,
    );

/**
 * An object with exactly these fields. A misspelt or unknown field is refused
 * with the list of fields the editor can use, so a typo never drops data.
 */
function fields<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      const { code, keys } = issue as { code: string; keys?: string[] };
      if (code !== 'unrecognized_keys' || !keys) return undefined;
      return `unknown ${keys.length === 1 ? 'field' : 'fields'} ${keys.map((key) => JSON.stringify(key)).join(', ')}; the fields are: ${allowed}`;
    },
  });
}

/** One of the known parties. */
export const side = z.enum(SIDES, {
  error: (issue) => `unknown side ${JSON.stringify(issue.input)}; use one of: ${SIDES.join(', ')}`,
});

/** What a source's address serves when last read: the report, nothing (gone), or unrelated content in its place. */
export const SOURCE_STATES = ['live', 'dead', 'replaced'] as const;

/** One report that supports what the page says. */
export const sourceSchema = fields({
  /**
   * Who published it; for a repost, the outlet and the original agency: "Shafaq News (Reuters)". Spelt as every
   * other source on the site spells it (src/lib/content/publishers.ts).
   */
  publisher: text('the publisher'),
  /** The headline as published; in [square brackets] a description when the headline is not known. */
  title: text('the headline'),
  /** The address of the report, when known. */
  url: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be a full web address starting with https:// or http://' })
    .superRefine((url, ctx) => {
      // One way of writing each address, the one a browser copies: the "each report once" rule compares them as written.
      if (/^[\x21-\x7e]*$/.test(url) || !URL.canParse(url)) return;
      ctx.addIssue({ code: 'custom', message: `must be percent-encoded, as a browser copies it: ${new URL(url).href}` });
    })
    .optional(),
  /** The publication date: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: dayOrMonth,
  /** True when the page carries no date and `date` is inferred from what it reports. */
  dateInferred: z.boolean().default(false),
  /** A copy of the report in a web archive, which still opens when its address no longer does (see content/README.md). */
  archive: fields({
    /** The copy's address: https://web.archive.org/web/<YYYYMMDDhhmmss>/<url>, or archive.today's https://archive.ph/<id>. */
    url: z.url({ protocol: /^https$/, error: 'must be the full https:// address of the archived copy' }),
    /** The day the copy was captured; for an address with a timestamp, the timestamp's day. */
    captured: calendarDay,
  }).optional(),
  /** The day the report's address was last read, by an editor or by `npm run sources:check`. */
  checked: calendarDay.optional(),
  /** What the report's address served when last read: live, dead (gone), or replaced (unrelated content). */
  state: z
    .enum(SOURCE_STATES, { error: (issue) => `unknown state ${JSON.stringify(issue.input)}; use one of: ${SOURCE_STATES.join(', ')}` })
    .optional(),
}).superRefine((source, ctx) => {
  for (const field of ['checked', 'state'] as const) {
    if (source[field] !== undefined && source.url === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: "describes the source's address, and this source has no url: add its url, or remove this field",
      });
  }
  if (source.archive === undefined) return;
  const problem = archiveUrlProblem(source.archive.url, source.url);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['archive', 'url'], message: problem });
  const stamped = readArchiveUrl(source.archive.url)?.captured;
  if (stamped !== undefined && stamped !== source.archive.captured)
    ctx.addIssue({
      code: 'custom',
      path: ['archive', 'captured'],
      message: `is ${source.archive.captured}, but the copy's address says it was captured on ${stamped}: write ${stamped}`,
    });
  else if (source.checked !== undefined && source.archive.captured > source.checked)
    ctx.addIssue({
      code: 'custom',
      path: ['archive', 'captured'],
      message: `${source.archive.captured} is after checked (${source.checked}): the address is read when its copy is recorded; set checked to the day you read it`,
    });
});

/**
 * Each item that repeats an earlier one, as `key` sees them: its index and the index of the first. The rules "one
 * readout per side", "each delegate once" and "each report once" all read it.
 * @example repeatsOf(['a', 'b', 'a'], (x) => x) // [{ index: 2, first: 0 }]
 */
export function repeatsOf<T>(items: readonly T[], key: (item: T) => string | undefined): { index: number; first: number }[] {
  const firstByKey = new Map<string, number>();
  return items.flatMap((item, index) => {
    const value = key(item);
    if (value === undefined) return [];
    const first = firstByKey.get(value);
    if (first === undefined) {
      firstByKey.set(value, index);
      return [];
    }
    return [{ index, first }];
  });
}

/**
 * A list of names in which each is written once: a repeat would count an issue, a person or a side twice.
 * @example listedOnce(z.array(z.string()), 'issues', 'issue') // refuses ['buffer-zone', 'buffer-zone'] at issues[1]
 */
function listedOnce<T extends z.ZodType<string>>(list: z.ZodArray<T>, field: string, noun: string) {
  return list.superRefine((names, ctx) => {
    for (const { index, first } of repeatsOf(names, (name) => name)) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `"${names[index]}" is already listed at ${field}[${first}]: list each ${noun} once`,
      });
    }
  });
}

const sources = z
  .array(sourceSchema, { error: 'must be a list of sources' })
  .min(1, 'must list at least one source: every fact on the site is sourced')
  .superRefine((list, ctx) => {
    // A report listed twice has two numbers, so the page cites it under either and readers count two reports.
    for (const { index, first } of repeatsOf(list, (source) => source.url)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'url'],
        message: `is the address of sources[${first}] too: list each report once, and cite it as [${first + 1}]`,
      });
    }
  });

/** A correction or addition made after publication, shown on the page. */
const updateSchema = fields({
  date: calendarDay,
  note: text('what changed and why'),
});

/** The 1-based number of an entry in the same file's `sources`. */
const sourceNumber = z
  .number({ error: 'must be the number of an entry in sources (1 for the first)' })
  .int('must be a whole number')
  .positive('must be 1 or more: sources are numbered from 1');

/** The other side's demand a red line collides with: what that side has stated on an issue (see references.ts). */
const collisionSchema = fields({
  side,
  issue: id('issue'),
});

/** How a stance stands to the side's earlier stance on the same issue, as the editor judges it from the sources. */
export const STANCE_SHIFTS = ['restated', 'changed'] as const;

/** How long the words saying how a stance changed may be: a few words, shown beside the stance. */
const SHIFT_HOW_LENGTH = 100;

/** What one side stated at or around a round, in one sentence. */
export const positionSchema = fields({
  side,
  /** The issue id the stance is about; must be in the round's `issues`. */
  issue: id('issue'),
  /** One sentence in our own words, attributed where the source names the speaker. */
  stance: text('the stance in one sentence'),
  /** True for a stated red line. */
  redLine: z.boolean({ error: 'must be true or false' }).default(false),
  /**
   * For a red line: the other side's demands it collides with, as a source shows them colliding. An explicit link,
   * never inferred from shared issues.
   */
  conflictsWith: z.array(collisionSchema, { error: 'must be a list of { side, issue }' }).default([]),
  /**
   * Judged from the sources against the side's earlier stance on the issue: `restated` when it says the same again,
   * `changed` when the position moved (then `how` says how). Left out on the side's first stance on the issue.
   */
  shift: z
    .enum(STANCE_SHIFTS, {
      error: `must be one of: ${STANCE_SHIFTS.join(', ')}; or left out on the side's first stance on the issue`,
    })
    .optional(),
  /** For `shift: changed` only: how the stance moved, in a few words, e.g. "now accepts a phased withdrawal". */
  how: text('how the stance changed, in a few words')
    .max(SHIFT_HOW_LENGTH, `must be at most ${SHIFT_HOW_LENGTH} characters: say in a few words how the stance changed`)
    .optional(),
  /** The 1-based number of the supporting entry in this file's `sources`. */
  source: sourceNumber,
}).superRefine((position, ctx) => {
  if (position.shift === 'changed' && position.how === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['how'],
      message: 'is missing: a changed stance says how it changed, in a few words, e.g. how: now accepts a phased withdrawal',
    });
  }
  if (position.how !== undefined && position.shift !== 'changed') {
    ctx.addIssue({
      code: 'custom',
      path: ['how'],
      message:
        position.shift === 'restated'
          ? 'is only for a changed stance, and this one is restated: set shift: changed, or leave how out'
          : 'is only for a changed stance: add shift: changed, or leave how out',
    });
  }
  if (position.conflictsWith.length > 0 && !position.redLine) {
    ctx.addIssue({
      code: 'custom',
      path: ['conflictsWith'],
      message: 'is only for a red line: set redLine: true, or leave conflictsWith out',
    });
  }
  position.conflictsWith.forEach((collision, i) => {
    if (collision.side === position.side) {
      ctx.addIssue({
        code: 'custom',
        path: ['conflictsWith', i, 'side'],
        message: `is the position's own side (${position.side}): a red line collides with another side's demand`,
      });
    }
  });
});

/** How one side described a round: its own account, beside the others' on the round's page. */
const readoutSchema = fields({
  side,
  /** One or two sentences in our own words: what this side said the meeting was about. */
  summary: text("the side's account in one or two sentences").max(400, 'must be at most 400 characters: one or two sentences'),
  /** The 1-based number of the report of this side's account in this file's `sources`. */
  source: sourceNumber,
});

/** Why the sources do not settle that a listed delegate was there: one report alone places them there, or reports differ. */
export const ATTENDANCE_DOUBTS = ['one-source', 'reports-differ'] as const;

/** A delegate whose presence the sources do not settle; shown as such wherever attendance is shown or counted. */
const uncertainAttendanceSchema = fields({
  /** A person id from this round's `delegations`. */
  person: id('person'),
  doubt: z.enum(ATTENDANCE_DOUBTS, { error: `must be one of: ${ATTENDANCE_DOUBTS.join(', ')}` }),
  /** One sentence in our own words: who places them there, and who does not. */
  note: text('why the sources do not settle it, in one sentence'),
  /** The 1-based numbers, in this file's `sources`, of every report the note names. */
  sources: z.array(sourceNumber, { error: 'must be a list of source numbers, e.g. [4, 5]' }).min(1, 'must cite at least one source'),
});

/** What the editor wrote for a country, when it is no code: the code to write instead, when there is one to suggest. */
function countryProblem(written: unknown): string {
  const suggestion = typeof written === 'string' ? placeCountryOf(written) : undefined;
  if (suggestion === undefined)
    return `unknown country code ${JSON.stringify(written)}: write the country's ISO 3166-1 alpha-2 code, e.g. FR for France`;
  return `${JSON.stringify(written)} is not an ISO 3166 country code: write ${frontMatterCountry(suggestion)}`;
}

/** An ISO 3166-1 alpha-2 code the runtime knows, e.g. FR. */
const countryCode = z
  .string()
  .regex(COUNTRY_CODE_FORM, { error: (issue) => countryProblem(issue.input) })
  // Only two capital letters are looked up, so a name is refused once, not for its form and again for being unknown.
  .refine(isCountryCode, { error: (issue) => countryProblem(issue.input), when: (payload) => payload.issues.length === 0 });

/** The two countries of a border, e.g. [IL, SY]; the same country twice is one country. */
const borderCountries = z.tuple([countryCode, countryCode]).superRefine(([first, second], ctx) => {
  if (first === second) ctx.addIssue({ code: 'custom', path: [1], message: `is ${first} again: a border is between two countries` });
});

/**
 * One country's code (FR), or for a meeting on the border between two countries their two codes, in the order the
 * border is named ([IL, SY]: "Israel–Syria"). A country name is refused with the code to write instead. Zod reports the
 * problems of the one form the value has (text or a list); only a value of neither form gets the message here.
 */
const placeCountry = z.union([countryCode, borderCountries], {
  error: 'must be a country code, e.g. FR, or the two codes of a border, e.g. [IL, SY]',
});

const placeSchema = fields({
  city: text('the city'),
  /** The country's ISO 3166-1 alpha-2 code, FR; on a border, the two codes, [IL, SY]. Pages name it in their language. */
  country: placeCountry,
  venue: text('the venue').optional(),
});

/** The most days a meeting's end may fall after its start: talks last days, and a longer span is a mistyped end. */
const LONGEST_MEETING_DAYS = 14;

/** A talks round or a direct contact: `content/rounds/<start>-<city>.md`. */
export const roundSchema = fields({
  title: text('a title'),
  /** The press's round number; only for numbered rounds, omitted for other contacts. */
  round: z
    .number({ error: 'must be a whole number, or left out for an unnumbered contact' })
    .int('must be a whole number')
    .positive('must be 1 or more')
    .optional(),
  start: calendarDay,
  /** The last day, for a meeting over several days. */
  end: calendarDay.optional(),
  place: placeSchema,
  /** One or two sentences for the timeline card and the meta description. */
  summary: text('a one- or two-sentence summary').max(
    300,
    'must be at most 300 characters: it is the timeline card and the meta description',
  ),
  /** Side → person ids, head of delegation first. */
  delegations: z.partialRecord(side, z.array(id('person')).min(1, 'must name at least one person, or leave the side out'), {
    // Zod reports extra keys of a partial record as `unrecognized_keys`, a code its types leave out here.
    error: (issue) => {
      const { code, keys } = issue as { code: string; keys?: string[] };
      return code === 'unrecognized_keys' && keys
        ? `unknown side ${keys.map((key) => JSON.stringify(key)).join(', ')}; use one of: ${SIDES.join(', ')}`
        : undefined;
    },
  }),
  issues: listedOnce(z.array(id('issue')), 'issues', 'issue').default([]),
  positions: z.array(positionSchema).default([]),
  /** Each side's own account of the meeting, where the sources record them separately; one per side. */
  readouts: z.array(readoutSchema).default([]),
  /** Delegates whose presence rests on one report, or on reports that disagree. */
  uncertainAttendance: z.array(uncertainAttendanceSchema).default([]),
  sources,
  /** The sides whose officials or state media confirmed the meeting; empty when only the press reported it. */
  confirmedBy: listedOnce(
    z.array(side, { error: 'must be a list of sides, [] when only the press reported the meeting' }),
    'confirmedBy',
    'side',
  ),
  /** `scheduled` for a meeting a source reports as planned; when it happens it becomes `held`, with an `updates` entry. */
  status: z.enum(ROUND_STATUSES, { error: `must be one of: ${ROUND_STATUSES.join(', ')}` }),
  /**
   * True when the sources never gave the meeting's days: `start` is then the day a source first reported it, and the
   * site says "reported on" that day rather than dating the meeting by it.
   */
  datedByReport: z.boolean({ error: 'must be true or false' }).default(false),
  updates: z.array(updateSchema).default([]),
}).superRefine((round, ctx) => {
  for (const { index } of repeatsOf(round.readouts, (readout) => readout.side)) {
    const readout = round.readouts[index];
    ctx.addIssue({ code: 'custom', path: ['readouts', index, 'side'], message: `${readout?.side} has a readout already: one per side` });
  }
  for (const [side, people = []] of Object.entries(round.delegations)) {
    for (const { index, first } of repeatsOf(people, (person) => person)) {
      ctx.addIssue({
        code: 'custom',
        path: ['delegations', side, index],
        message: `"${people[index]}" is already listed at delegations.${side}[${first}]: name each person once`,
      });
    }
  }
  const delegates = new Set(Object.values(round.delegations).flat());
  round.uncertainAttendance.forEach((doubt, i) => {
    if (!delegates.has(doubt.person)) {
      ctx.addIssue({
        code: 'custom',
        path: ['uncertainAttendance', i, 'person'],
        message: `"${doubt.person}" is in no delegation of this round: list them in delegations first`,
      });
    }
  });
  for (const { index, first } of repeatsOf(round.uncertainAttendance, (doubt) => doubt.person)) {
    ctx.addIssue({
      code: 'custom',
      path: ['uncertainAttendance', index, 'person'],
      message: `"${round.uncertainAttendance[index]?.person}" is listed already, at uncertainAttendance[${first}]: one entry per person`,
    });
  }
  if (round.end !== undefined && ISO_DAY.test(round.start) && ISO_DAY.test(round.end) && round.end < round.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `${round.end} is before start ${round.start}: end must be on or after start` });
  } else if (round.end !== undefined && daysBetween(round.start, round.end) > LONGEST_MEETING_DAYS) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `${round.end} is more than ${LONGEST_MEETING_DAYS} days after start ${round.start}: no meeting of the talks lasts so long; check the year and the month`,
    });
  }
  if (round.datedByReport) datedByReportProblems(round).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
});

/** What contradicts `datedByReport`: a meeting whose days were never reported has no last day, took place, and is dated by a report. */
function datedByReportProblems(round: { start: string; end?: string | undefined; status: string; sources: readonly { date: string }[] }) {
  const problems: { path: string[]; message: string }[] = [];
  if (round.end !== undefined) {
    problems.push({
      path: ['end'],
      message:
        'is a day of the meeting, but datedByReport says its days were never reported: remove end, or datedByReport if a source gives the days',
    });
  }
  if (round.status !== 'held') {
    problems.push({
      path: ['datedByReport'],
      message: `is only for a held meeting whose days were never reported; a ${round.status} meeting is dated by the day announced for it: remove datedByReport`,
    });
  }
  if (!round.sources.some((source) => source.date === round.start)) {
    problems.push({
      path: ['start'],
      message: `${round.start} is the date of none of the sources, but datedByReport says start is the day the meeting was first reported: give that report's date`,
    });
  }
  return problems;
}

/** Context readers need between rounds: `content/events/<date>-<slug>.md`. */
export const eventSchema = fields({
  title: text('a title'),
  date: calendarDay,
  summary: text('a one- or two-sentence summary').max(
    300,
    'must be at most 300 characters: it is the timeline card and the meta description',
  ),
  people: listedOnce(z.array(id('person')), 'people', 'person').default([]),
  issues: listedOnce(z.array(id('issue')), 'issues', 'issue').default([]),
  sources,
  updates: z.array(updateSchema).default([]),
});

const roleSchema = fields({
  title: text('the role'),
  from: dayOrMonth.optional(),
  to: dayOrMonth.optional(),
}).superRefine((role, ctx) => {
  if (role.from !== undefined && role.to !== undefined && lastDayOf(role.to) < firstDayOf(role.from)) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `${role.to} is before from ${role.from}` });
  }
});

/** A person's name in Arabic or Hebrew script, as the source it cites writes it. */
const nativeNameSchema = fields({
  name: text('the name in Arabic or Hebrew script'),
  lang: z.enum(NAME_LANGS, { error: `must be the language of the name: ${NAME_LANGS.join(' or ')}` }),
  /** The source that writes the name this way. */
  source: sourceNumber,
}).superRefine((native, ctx) => {
  const problem = scriptProblem(native.name, native.lang);
  if (problem) ctx.addIssue({ code: 'custom', path: ['name'], message: `"${native.name}" ${problem}` });
});

/** An alias in Latin script; a form in another script belongs in `nativeNames`, where its language and source are recorded. */
const latinAlias = text('an alias').refine((alias) => nameLangOf(alias) === undefined, {
  error: (issue) => {
    const lang = nameLangOf(String(issue.input));
    return `"${String(issue.input)}" is in ${lang ? NAME_LANG_LABELS[lang] : 'another'} script: list it under nativeNames with its lang and source`;
  },
});

/** A person: `content/people/<id>.md`. */
export const personSchema = fields({
  /** The canonical spelling: the most common in English-language wire reporting. */
  name: text('the name'),
  /** Every other Latin-script spelling and transliteration seen in the sources. */
  aliases: listedOnce(z.array(latinAlias), 'aliases', 'spelling').default([]),
  /** The name in Arabic and Hebrew script, each form with its language and the source that writes it so. */
  nativeNames: z.array(nativeNameSchema).default([]),
  side,
  roles: z.array(roleSchema).min(1, 'must list at least one role'),
  sources,
  updates: z.array(updateSchema).default([]),
});

/** A recurring topic of the talks: `content/issues/<id>.md`. */
export const issueSchema = fields({
  title: text('a title'),
  summary: text('a one- or two-sentence summary').max(300, 'must be at most 300 characters'),
  /** Other names readers use: "DMZ", "hotline". */
  aliases: listedOnce(z.array(text('an alias')), 'aliases', 'alias').default([]),
  sources,
  updates: z.array(updateSchema).default([]),
});

/** A page of explanation, such as how the rounds are numbered: `content/notes/<slug>.md`. */
export const noteSchema = fields({
  title: text('a title'),
  summary: text('a one- or two-sentence summary').max(300, 'must be at most 300 characters'),
  sources,
  updates: z.array(updateSchema).default([]),
});

export type Round = z.infer<typeof roundSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Person = z.infer<typeof personSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Position = z.infer<typeof positionSchema>;
export type NativeName = z.infer<typeof nativeNameSchema>;
export type Readout = z.infer<typeof readoutSchema>;
export type Collision = z.infer<typeof collisionSchema>;
export type UncertainAttendance = z.infer<typeof uncertainAttendanceSchema>;
export type AttendanceDoubt = (typeof ATTENDANCE_DOUBTS)[number];

/** The schema of each collection: the one map the loader validates with and content.config.ts declares. */
export const SCHEMAS = {
  rounds: roundSchema,
  events: eventSchema,
  people: personSchema,
  issues: issueSchema,
  notes: noteSchema,
} as const;

/**
 * The version of the English a translation translates: a digest of the English file's prose, which
 * `npm run check:content` prints. When the English's prose changes, its version does, and the translation is stale.
 * It starts with a letter, so YAML never reads it as a number.
 */
export const ENGLISH_VERSION = /^v[0-9a-f]{12}$/;

const translates = z
  .string({ error: 'must be the version of the English this file translates, as npm run check:content prints it' })
  .regex(
    ENGLISH_VERSION,
    'must be the version of the English this file translates (v and 12 letters and digits), as npm run check:content prints it',
  );

/** A correction's note, translated; its date says which of the English's `updates` it translates. */
const translatedUpdate = fields({ date: calendarDay, note: text('what changed and why') });

/** A stance in the translation's language; `side` and `issue` say which of the English round's positions it translates. */
const translatedPosition = fields({
  side,
  issue: id('issue'),
  stance: text('the stance in one sentence'),
  how: text('how the stance changed, in a few words')
    .max(SHIFT_HOW_LENGTH, `must be at most ${SHIFT_HOW_LENGTH} characters: say in a few words how the stance changed`)
    .optional(),
});

/** What every translation holds: the English version it translates and its corrections' notes. */
const translationBase = {
  translates,
  updates: z.array(translatedUpdate).default([]),
};

const translatedTitle = text('the title, translated');
const translatedSummary = text('the summary, translated').max(300, 'must be at most 300 characters, as the English summary');

/**
 * The prose of a page in another language, beside its English file: `content/<folder>/<id>.<locale>.md`. Only the
 * words: every fact (dates, places, delegations, sources, flags) is the English file's. A list translates the
 * English's list entry by entry, in its order (see `src/lib/content/translations.ts`).
 */
export const TRANSLATION_SCHEMAS = {
  rounds: fields({
    ...translationBase,
    title: translatedTitle,
    summary: translatedSummary,
    positions: z.array(translatedPosition).default([]),
    readouts: z
      .array(fields({ side, summary: text("the side's account, translated").max(400, 'must be at most 400 characters') }))
      .default([]),
    uncertainAttendance: z.array(fields({ person: id('person'), note: text('the note, translated') })).default([]),
  }),
  events: fields({ ...translationBase, title: translatedTitle, summary: translatedSummary }),
  people: fields({
    ...translationBase,
    /** The name as this edition writes it: one of the person's `nativeNames` in this language, when there are any. */
    name: text('the name as this edition writes it'),
    roles: z.array(fields({ title: text('the role, translated') })).default([]),
  }),
  issues: fields({
    ...translationBase,
    title: translatedTitle,
    summary: translatedSummary,
    /** The names readers of this language use for the issue. */
    aliases: listedOnce(z.array(text('an alias')), 'aliases', 'alias').default([]),
  }),
  notes: fields({ ...translationBase, title: translatedTitle, summary: translatedSummary }),
} as const;

export type RoundTranslation = z.infer<(typeof TRANSLATION_SCHEMAS)['rounds']>;
export type EventTranslation = z.infer<(typeof TRANSLATION_SCHEMAS)['events']>;
export type PersonTranslation = z.infer<(typeof TRANSLATION_SCHEMAS)['people']>;
export type IssueTranslation = z.infer<(typeof TRANSLATION_SCHEMAS)['issues']>;
export type NoteTranslation = z.infer<(typeof TRANSLATION_SCHEMAS)['notes']>;

/** A translation's prose, by the collection of the English file it translates. */
export interface TranslationProse {
  rounds: RoundTranslation;
  events: EventTranslation;
  people: PersonTranslation;
  issues: IssueTranslation;
  notes: NoteTranslation;
}

/**
 * One edition's key terms, `content/glossary/<locale>.yml`: for each English term (`en`, any of its forms), the words
 * a translation uses for it (`forms`, any of them), so that one thing has one name across the edition.
 */
export const glossarySchema = z.array(
  fields({
    en: z.array(text('an English form of the term')).min(1, 'must list at least one English form of the term'),
    forms: z.array(text('a form of the term in this language')).min(1, 'must list at least one form a translation uses'),
  }),
  { error: 'must be a list of terms, each { en: [...], forms: [...] }' },
);

export type Glossary = z.infer<typeof glossarySchema>;

/**
 * A translation as the content store keeps it (src/content.config.ts): which English entry it translates, into which
 * edition, how fresh it is, and its prose, already checked against its collection's translation schema.
 */
export const storedTranslationSchema = z.object({
  locale: z.enum(TRANSLATED_LOCALES),
  collection: z.enum(COLLECTIONS),
  of: z.string(),
  state: z.enum(['current', 'stale']),
  prose: z.record(z.string(), z.unknown()).optional(),
});
