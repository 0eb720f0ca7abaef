/**
 * A synthetic record of any size, the same for the same seed: rounds with
 * delegations, positions, sources and a few hundred words each, plus the
 * people, issues, events and numbering note they refer to. For measuring
 * search and build at a size the real record will take years to reach.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDaysTo } from '@/lib/base/dates';

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
