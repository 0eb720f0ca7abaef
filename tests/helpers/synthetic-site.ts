/**
 * A synthetic record of any size, the same for the same seed: rounds with
 * delegations, positions, sources and a few hundred words each, plus the
 * people, issues, events and numbering note they refer to, and on request their
 * Arabic and Hebrew translations. For measuring search and build at a size the
 * real record will take years to reach.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDaysTo } from '@/lib/base/dates';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '@/lib/base/locales';
import type { CollectionName } from '@/lib/base/urls';
import { readContentFile, type ContentFile } from '@/lib/content/content-files';
import { englishVersion } from '@/lib/content/translations';
import { headingIdsOf } from '@/lib/model/page-anchors';

/** mulberry32: a small, fast PRNG whose sequence is fixed by its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIDES = ['israel', 'syria', 'united-states'] as const;
const CITIES = [
  ['Paris', 'FR'],
  ['Baku', 'AZ'],
  ['London', 'GB'],
  ['Amman', 'JO'],
  ['Ankara', 'TR'],
  ['Doha', 'QA'],
] as const;
const WORDS =
  'delegation envoy ceasefire corridor withdrawal mechanism hotline border summit airspace patrol observers guarantee sovereignty draft proposal security zone heights plateau crossing checkpoint monitoring sequencing timetable framework verification incident statement ministry mediator reconstruction sanctions villages frontier deployment airstrike brigade militia negotiator communique agenda'.split(
    ' ',
  );

export interface SyntheticSite {
  /** Path relative to the content folder → file text. */
  files: Map<string, string>;
  rounds: number;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function sentence(random: () => number, names: readonly string[]): string {
  const words = Array.from({ length: 10 + Math.floor(random() * 10) }, () => pick(random, WORDS));
  if (random() < 0.5) words.splice(Math.floor(random() * words.length), 0, pick(random, names));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function syntheticSite(roundCount: number, seed = 20260105): SyntheticSite {
  const random = seededRandom(seed);
  const files = new Map<string, string>();
  const people = Array.from({ length: 60 }, (_, i) => ({
    id: `person-${i + 1}`,
    name: `Person Number${i + 1}`,
    side: SIDES[i % SIDES.length] as string,
  }));
  const issues = Array.from({ length: 20 }, (_, i) => ({ id: `issue-${i + 1}`, title: `Issue number ${i + 1}` }));
  const source = (day: string): string =>
    `  - {publisher: Synthetic Wire, title: "Report of ${day}", url: "https://example.org/${day}", date: ${day}}`;

  for (const person of people) {
    files.set(
      `people/${person.id}.md`,
      `---\nname: ${person.name}\naliases: ["Alias${person.id.slice(7)}", "Spelling${person.id.slice(7)}"]\nside: ${person.side}\nroles:\n  - {title: Official}\nsources:\n${source('2020-01-01')}\n---\n${sentence(random, [])}\n`,
    );
  }
  for (const issue of issues) {
    files.set(
      `issues/${issue.id}.md`,
      `---\ntitle: ${issue.title}\nsummary: A synthetic issue.\naliases: ["Other${issue.id.slice(6)}"]\nsources:\n${source('2020-01-01')}\n---\n## Background\n\n${sentence(random, [])}\n`,
    );
  }

  const numbered: string[] = [];
  // Each side's later stances on an issue carry a shift, as the record's do; its first on an issue may not.
  const stated = new Set<string>();
  const shiftOf = (side: string, issueId: string, i: number): string => {
    const key = `${side} ${issueId}`;
    if (!stated.has(key)) {
      stated.add(key);
      return '';
    }
    return i % 3 === 0 ? `, shift: changed, how: "now asks for more in round ${i + 1}"` : ', shift: restated';
  };
  for (let i = 0; i < roundCount; i += 1) {
    const day = addDaysTo('2000-01-03', i * 7);
    const [city, country] = pick(random, CITIES);
    const id = `${day}-${city.toLowerCase()}`;
    const delegates = SIDES.map((side) =>
      pick(
        random,
        people.filter((person) => person.side === side),
      ),
    );
    const roundIssues = [...new Set([pick(random, issues), pick(random, issues)])];
    const names = delegates.map((person) => person.name);
    const body = ['What happened', 'What each side said', 'What comes next']
      .map((heading) => `## ${heading}\n\n${Array.from({ length: 6 }, () => sentence(random, names)).join(' ')}`)
      .join('\n\n');
    numbered.push(id);
    files.set(
      `rounds/${id}.md`,
      [
        '---',
        `title: Synthetic round ${i + 1} in ${city}`,
        `round: ${i + 1}`,
        `start: ${day}`,
        `place: {city: ${city}, country: ${country}}`,
        `summary: Synthetic round ${i + 1}, held in ${city}.`,
        'delegations:',
        ...delegates.map((person) => `  ${person.side}: [${person.id}]`),
        `issues: [${roundIssues.map((issue) => issue.id).join(', ')}]`,
        'positions:',
        ...roundIssues.map((issue, n) => {
          const side = SIDES[n % 2] ?? 'israel';
          return `  - {side: ${side}, issue: ${issue.id}, stance: "${sentence(random, [])}", redLine: ${random() < 0.2}${shiftOf(side, issue.id, i)}, source: 1}`;
        }),
        'sources:',
        source(day),
        'confirmedBy: []',
        'status: held',
        '---',
        body,
        '',
      ].join('\n'),
    );
  }

  files.set(
    'events/2000-01-01-synthetic-start.md',
    `---\ntitle: The synthetic record begins\ndate: 2000-01-01\nsummary: A synthetic event.\npeople: [${people[0]?.id}]\nsources:\n${source('2000-01-01')}\n---\n${sentence(random, [])}\n`,
  );
  files.set(
    'notes/round-numbering.md',
    `---\ntitle: How the synthetic rounds are numbered\nsummary: Each synthetic round has the next number.\nsources:\n${source('2000-01-01')}\n---\n## Which meetings count\n\nEvery one of the ${numbered.length} rounds.\n`,
  );
  return { files, rounds: roundCount };
}

/** Writes a synthetic record into `dir`, replacing what was there. */
export function writeSyntheticSite(site: SyntheticSite, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of site.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Words the synthetic translations are written in, one list per edition. */
const TRANSLATED_WORDS: Record<TranslatedLocale, readonly string[]> = {
  ar: 'وفد مبعوث وقف إطلاق النار ممر انسحاب آلية خط ساخن حدود قمة مجال جوي دورية مراقبون ضمان سيادة مسودة اقتراح منطقة أمنية هضبة معبر حاجز'.split(
    ' ',
  ),
  he: 'משלחת שליח הפסקת אש מסדרון נסיגה מנגנון קו חם גבול פסגה מרחב אווירי סיור משקיפים ערובה ריבונות טיוטה הצעה אזור ביטחוני רמה מעבר מחסום'.split(
    ' ',
  ),
};

/** A sentence in an edition's words, the same for the same seed. */
function translatedSentence(random: () => number, locale: TranslatedLocale): string {
  return `${Array.from({ length: 10 + Math.floor(random() * 10) }, () => pick(random, TRANSLATED_WORDS[locale])).join(' ')}.`;
}

/** The prose fields of a synthetic translation of one file, as its translation schema asks for them. */
function translatedFields(file: ContentFile, locale: TranslatedLocale, random: () => number): string[] {
  const say = () => JSON.stringify(translatedSentence(random, locale));
  const list = (key: string) => (Array.isArray(file.frontmatter[key]) ? (file.frontmatter[key] as Record<string, unknown>[]) : []);
  switch (file.collection) {
    case 'people':
      return [`name: ${say()}`, 'roles:', ...list('roles').map(() => `  - {title: ${say()}}`)];
    case 'rounds':
      return [
        `title: ${say()}`,
        `summary: ${say()}`,
        'positions:',
        ...list('positions').map(
          (position) =>
            `  - {side: ${String(position['side'])}, issue: ${String(position['issue'])}, stance: ${say()}${position['how'] === undefined ? '' : `, how: ${JSON.stringify(translatedSentence(random, locale).slice(0, 60))}`}}`,
        ),
      ];
    case 'issues':
      return [`title: ${say()}`, `summary: ${say()}`, `aliases: [${say()}]`];
    default:
      return [`title: ${say()}`, `summary: ${say()}`];
  }
}

/**
 * The same synthetic record with every file translated into Arabic and Hebrew, beside it: prose in each edition's
 * words, the English's sections under their ids, each translation current. For measuring the editions' build.
 */
export function withTranslations(site: SyntheticSite, seed = 20260105): SyntheticSite {
  const random = seededRandom(seed);
  const files = new Map(site.files);
  for (const [path, text] of site.files) {
    const [collection = '', name = ''] = path.split('/');
    const file = readContentFile(collection as CollectionName, name.slice(0, -'.md'.length), path, text);
    if (typeof file === 'string') throw new Error(file);
    const headings = file.body.split('\n').filter((line) => line.startsWith('## '));
    const ids = headingIdsOf(headings.join('\n\n'));
    for (const locale of TRANSLATED_LOCALES) {
      const body =
        headings.length === 0
          ? translatedSentence(random, locale)
          : ids
              .map((id) => `## ${translatedSentence(random, locale).slice(0, 30)} {#${id}}\n\n${translatedSentence(random, locale)}`)
              .join('\n\n');
      files.set(
        path.replace(/\.md$/, `.${locale}.md`),
        ['---', `translates: ${englishVersion(file)}`, ...translatedFields(file, locale, random), '---', body, ''].join('\n'),
      );
    }
  }
  return { ...site, files };
}

/**
 * The environment that builds a synthetic record as on today or, when its last round is later, the day after it: its
 * rounds run a week apart from 2000, so 5,000 of them reach far past today, and a held meeting may not be dated after
 * the day of the build.
 */
export function asAfterLastRound(site: SyntheticSite): { SOURCE_DATE_EPOCH: string } {
  const days = [...site.files.keys()].flatMap((path) => /^rounds\/(\d{4}-\d{2}-\d{2})-[^.]+\.md$/.exec(path)?.slice(1, 2) ?? []);
  const last = days.sort().at(-1) ?? '2000-01-01';
  const afterLast = Date.parse(`${addDaysTo(last, 1)}T00:00:00Z`);
  return { SOURCE_DATE_EPOCH: String(Math.floor(Math.max(afterLast, Date.now()) / 1000)) };
}
