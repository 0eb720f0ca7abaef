/**
 * One real build per kind of broken content file: each must fail, and its
 * message must name the file and the field so the editor can fix it.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCopyOf, buildSite, removeBuild, replaceIn, ROOT, type BuildResult } from './build-site';

const LONDON = 'rounds/2025-09-17-london.md';

interface Case {
  name: string;
  break: (dir: string) => void;
  /** The file the message must name, relative to the content folder. */
  file: string;
  /** What else the message must say: the field and what is wrong. */
  says: (string | RegExp)[];
}

const cases: Case[] = [
  {
    name: 'an unknown person in a delegation',
    break: (dir) => replaceIn(join(dir, LONDON), 'syria: [hussein-al-salama]', 'syria: [hussein-al-salama, hussein-salama]'),
    file: LONDON,
    says: ['delegations.syria[1]: no person "hussein-salama" (known: hussein-al-salama'],
  },
  {
    name: 'two rounds with the same number',
    break: (dir) => replaceIn(join(dir, 'rounds/2026-01-05-paris.md'), 'round: 5', 'round: 4'),
    file: 'rounds/2026-01-05-paris.md',
    says: ['round: 4 is already the number of', LONDON],
  },
  {
    name: 'an end before the start',
    break: (dir) => replaceIn(join(dir, 'rounds/2026-01-05-paris.md'), 'end: 2026-01-06', 'end: 2026-01-04'),
    file: 'rounds/2026-01-05-paris.md',
    says: ['end: 2026-01-04 is before start 2026-01-05'],
  },
  {
    name: 'an unknown side',
    break: (dir) => replaceIn(join(dir, LONDON), 'israel: [ron-dermer]', 'israil: [ron-dermer]'),
    file: LONDON,
    says: ['delegations: unknown side "israil"'],
  },
  {
    name: 'an empty source list',
    break: (dir) => replaceIn(join(dir, LONDON), /sources:\n {2}- \{[^\n]*\}/, 'sources: []'),
    file: LONDON,
    says: ['sources: must list at least one source'],
  },
  {
    name: 'a position citing a source that does not exist',
    break: (dir) => replaceIn(join(dir, LONDON), 'redLine: true, source: 1', 'redLine: true, source: 3'),
    file: LONDON,
    says: ['positions[0].source: 3 is out of range: sources has 1 entry'],
  },
  {
    name: 'an unknown issue',
    break: (dir) => replaceIn(join(dir, 'events/2025-11-11-fixture-resignation.md'), 'issues: [buffer-zone]', 'issues: [bufferzone]'),
    file: 'events/2025-11-11-fixture-resignation.md',
    says: ['issues[0]: no issue "bufferzone" (known: buffer-zone)'],
  },
  {
    name: 'broken YAML',
    break: (dir) => replaceIn(join(dir, LONDON), 'title: Fixture round four in London', 'title: [Fixture round four'),
    file: LONDON,
    says: [/:2:0/],
  },
  {
    name: 'a summary longer than 300 characters',
    break: (dir) =>
      replaceIn(join(dir, LONDON), 'summary: A fixture round used by the build tests.', `summary: ${'Too long. '.repeat(40)}`),
    file: LONDON,
    says: ['summary: must be at most 300 characters'],
  },
  {
    name: 'a file name whose date is not the start date',
    break: (dir) => replaceIn(join(dir, LONDON), 'start: 2025-09-17', 'start: 2025-09-18'),
    file: LONDON,
    says: ['start: 2025-09-18 does not match the date in the file name (2025-09-17)'],
  },
  {
    name: 'a body link to a page that does not exist',
    break: (dir) => replaceIn(join(dir, LONDON), '(/issues/buffer-zone/)', '(/issues/bufer-zone/)'),
    file: LONDON,
    says: ['The link to /issues/bufer-zone/ points to no page'],
  },
  {
    name: 'a body section heading that takes a section id of the page',
    break: (dir) => replaceIn(join(dir, LONDON), '## What comes next', '## Sources'),
    file: LONDON,
    says: ['would take the id #sources'],
  },
  {
    name: 'a date that names no real day',
    break: (dir) => replaceIn(join(dir, 'rounds/2026-01-05-paris.md'), 'end: 2026-01-06', 'end: 2026-02-30'),
    file: 'rounds/2026-01-05-paris.md:5',
    says: ['2026-02-30 is not a real calendar day'],
  },
  {
    name: 'a content file without the .md extension',
    break: (dir) => renameSync(join(dir, 'issues/buffer-zone.md'), join(dir, 'issues/buffer-zone.markdown')),
    file: 'issues/buffer-zone.markdown',
    says: ['is not a .md file, so it would not be published'],
  },
  {
    name: 'a source address that is not a web address',
    break: (dir) => replaceIn(join(dir, LONDON), "url: 'https://example.org/a'", "url: 'javascript:alert(1)'"),
    file: LONDON,
    says: ['must be a full web address starting with https:// or http://'],
  },
  {
    name: 'a body citation past the end of the source list',
    break: (dir) => replaceIn(join(dir, LONDON), 'Salameh met Dermer.', 'Salameh met Dermer [2].'),
    file: LONDON,
    says: ['The citation [2] points to no source: this file lists 1 source.'],
  },
  {
    name: 'a title that is not text',
    break: (dir) => replaceIn(join(dir, LONDON), 'title: Fixture round four in London', 'title: 42'),
    file: LONDON,
    says: ['title:'],
  },
  {
    name: 'a status that is not held, postponed or cancelled',
    break: (dir) => replaceIn(join(dir, LONDON), 'status: held', 'status: maybe'),
    file: LONDON,
    says: ['status: must be held, postponed or cancelled'],
  },
  {
    name: 'a misspelt field',
    break: (dir) => replaceIn(join(dir, LONDON), 'confirmedBy: []', 'confirmedBy: []\nconfirmed: yes'),
    file: LONDON,
    says: ['unknown field', 'confirmed'],
  },
  {
    name: 'a source date written the wrong way round',
    break: (dir) => replaceIn(join(dir, LONDON), 'date: 2025-09-18}', 'date: 18/09/2025}'),
    file: LONDON,
    says: ['sources.0.date: must be a date written as YYYY-MM-DD'],
  },
  {
    name: 'a person with no role',
    break: (dir) => replaceIn(join(dir, 'people/hussein-al-salama.md'), /roles:\n {2}- \{[^\n]*\}/, 'roles: []'),
    file: 'people/hussein-al-salama.md',
    says: ['roles: must list at least one role'],
  },
  {
    name: 'a position on an issue the round does not list',
    break: (dir) => replaceIn(join(dir, LONDON), 'issues: [buffer-zone]', 'issues: []'),
    file: LONDON,
    says: ['positions[0].issue'],
  },
  {
    name: 'an unknown person in an event',
    break: (dir) => replaceIn(join(dir, 'events/2025-11-11-fixture-resignation.md'), 'people: [ron-dermer]', 'people: [ron-dremer]'),
    file: 'events/2025-11-11-fixture-resignation.md',
    says: ['people[0]: no person "ron-dremer"'],
  },
  {
    name: 'a script element in a body',
    break: (dir) => replaceIn(join(dir, LONDON), '## What comes next', '<script>alert(1)</script>\n\n## What comes next'),
    file: LONDON,
    says: ['Raw HTML with a <script> element is not allowed'],
  },
  {
    name: 'an inline event handler in a body',
    break: (dir) =>
      replaceIn(
        join(dir, 'people/hussein-al-salama.md'),
        'is a fixture person.',
        'is a fixture person. <img src="x.png" onerror="alert(1)">',
      ),
    file: 'people/hussein-al-salama.md',
    says: ['inline event handler'],
  },
  {
    name: 'a javascript: link in a body',
    break: (dir) =>
      replaceIn(
        join(dir, 'events/2025-11-11-fixture-resignation.md'),
        'Dermer resigned in this fixture.',
        'Dermer [resigned](javascript:alert(1)) in this fixture.',
      ),
    file: 'events/2025-11-11-fixture-resignation.md',
    says: ['would run a script'],
  },
  {
    name: 'an empty body',
    break: (dir) => replaceIn(join(dir, 'issues/buffer-zone.md'), /---\n## Background[\s\S]*$/, '---\n'),
    file: 'issues/buffer-zone.md',
    says: ['body: is empty'],
  },
];

describe('a broken content file', () => {
  it.each(cases)('fails the build with file and field named: $name', async (testCase) => {
    const dir = brokenCopyOf('tests/fixtures/valid', testCase.name.replace(/\W+/g, '-'), testCase.break);
    let result: BuildResult | undefined;
    try {
      result = await buildSite(dir);
      expect(result.ok, result.output).toBe(false);
      expect(result.output).toContain(`${dir}/${testCase.file}`);
      for (const expected of testCase.says) {
        if (typeof expected === 'string') expect(result.output).toContain(expected);
        else expect(result.output).toMatch(expected);
      }
      expect(result.output).not.toMatch(/\d+ page\(s\) built/);
    } finally {
      rmSync(join(ROOT, dir), { recursive: true, force: true });
      removeBuild(result);
    }
  });
});
