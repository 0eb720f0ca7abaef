import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@/lib/base/urls';
import { contentIndexOf, readContentFile, readContentFolder } from '@/lib/content/content-files';
import { person, round as fixtureRound } from '@tests/helpers/fixtures';

const EMPTY_RECORD = { rounds: [], events: [], people: [], issues: [], notes: [] };

let dir: string | undefined;

/** A content folder with every collection folder and the given files (path → text). */
function contentFolder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'content-'));
  for (const collection of COLLECTIONS) mkdirSync(join(dir, collection));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

// Not every test makes a folder: only remove the one this test made.
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('readContentFolder', () => {
  it('reads each Markdown file with its front matter, and keeps the body on the lines of the file', () => {
    const folder = contentFolder({ 'people/ron-dermer.md': '---\nname: Ron Dermer\n---\nHe led.\n' });
    const { files, problems } = readContentFolder(folder);
    expect(problems).toEqual([]);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      collection: 'people',
      id: 'ron-dermer',
      path: join(folder, 'people/ron-dermer.md'),
      frontmatter: { name: 'Ron Dermer' },
    });
    expect(files[0]?.body.split('\n').indexOf('He led.')).toBe(3);
  });

  it('refuses a file that is not .md, which would not be published', () => {
    const folder = contentFolder({ 'issues/buffer-zone.markdown': '---\ntitle: x\n---\nText.\n', 'issues/.DS_Store': '' });
    expect(readContentFolder(folder).problems).toEqual([
      `${join(folder, 'issues/buffer-zone.markdown')}: is not a .md file, so it would not be published; rename it to .md or move it out of ${join(folder, 'issues')}/`,
    ]);
  });

  it('reports front matter that is not YAML at its line in the file', () => {
    const folder = contentFolder({ 'rounds/2025-09-17-london.md': '---\ntitle: [Fixture round four\nstart: 2025-09-17\n---\nText.\n' });
    const { files, problems } = readContentFolder(folder);
    expect(files).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${join(folder, 'rounds/2025-09-17-london.md')}:\\d+:\\d+: the front matter is not valid YAML: `),
    );
  });

  it('reports a date that names no real day at its line, and an empty body', () => {
    const folder = contentFolder({ 'rounds/2026-01-05-paris.md': '---\nstart: 2026-01-05\nend: 2026-02-30\n---\n\n' });
    const path = join(folder, 'rounds/2026-01-05-paris.md');
    expect(readContentFolder(folder).problems).toEqual([
      `${path}:3: 2026-02-30 is not a real calendar day (check the month and the day)`,
      `${path}: body: is empty; write the page's text after the front matter`,
    ]);
  });

  it('reports a missing collection folder', () => {
    const folder = contentFolder({});
    rmSync(join(folder, 'notes'), { recursive: true });
    expect(readContentFolder(folder).problems).toEqual([`${join(folder, 'notes')}/: the notes folder is missing`]);
  });
});

describe('contentIndexOf', () => {
  it('knows every page the site will publish, the sections of each, and every name of every person', () => {
    const people = readContentFile(
      'people',
      'hussein-al-salama',
      'content/people/hussein-al-salama.md',
      '---\nname: Hussein al-Salama\naliases: [Salameh, 7]\n---\nText.\n',
    );
    const round = readContentFile(
      'rounds',
      '2026-01-05-paris',
      'content/rounds/2026-01-05-paris.md',
      '---\ntitle: Paris\n---\n## What happened\n\nText.\n',
    );
    if (typeof people === 'string' || typeof round === 'string') throw new Error('fixture files must parse');
    const record = { ...EMPTY_RECORD, rounds: [fixtureRound('paris', { round: 5 })], people: [person('hussein-al-salama')] };
    const index = contentIndexOf([people, round], record);
    expect(index.people).toEqual([
      { id: 'hussein-al-salama', names: ['Hussein al-Salama', 'Salameh'], file: 'content/people/hussein-al-salama.md' },
    ]);
    expect(index.pages).toContain('/rounds/2026-01-05-paris/');
    expect(index.pages).toContain('/years/2026/');
    expect(index.pages).toContain('/people/hussein-al-salama/');
    expect(index.pages).toContain('/');
    expect(index.pages).toContain('/r/5/');
    expect(index.anchors.get('/rounds/2026-01-05-paris/')).toContain('what-happened');
    expect(index.anchors.get('/rounds/2026-01-05-paris/')).toContain('delegations');
    expect(index.anchors.get('/people/hussein-al-salama/')).toContain('source-1');
  });
});
