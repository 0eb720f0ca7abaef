import { describe, expect, it } from 'vitest';
import type { ContentFile } from '@/lib/content/content-files';
import { validateRecord, wrongTypeMessage } from '@/lib/content/validate-record';

/** A content file as read from disk, with the given front matter. */
function file(collection: ContentFile['collection'], id: string, frontmatter: Record<string, unknown>): ContentFile {
  return { collection, id, path: `content/${collection}/${id}.md`, source: '', frontmatter, body: 'Text.' };
}

const validPerson = {
  name: 'Ron Dermer',
  side: 'israel',
  roles: [{ title: 'Minister' }],
  sources: [{ publisher: 'Wire', title: 'T', date: '2025-01-01' }],
};

describe('validateRecord', () => {
  it('returns valid files as entries with their defaults applied', () => {
    const { record, problems } = validateRecord([file('people', 'ron-dermer', validPerson)]);
    expect(problems).toEqual([]);
    expect(record.people).toEqual([
      {
        id: 'ron-dermer',
        filePath: 'content/people/ron-dermer.md',
        data: { ...validPerson, aliases: [], nativeNames: [], sources: [{ ...validPerson.sources[0], dateInferred: false }], updates: [] },
      },
    ]);
  });

  it('lists every schema problem of every file, each with its file and field', () => {
    const { problems } = validateRecord([
      file('people', 'a', { ...validPerson, roles: [] }),
      file('people', 'b', { ...validPerson, sources: [{ publisher: 'Wire', title: 'T', date: '18/09/2025' }] }),
    ]);
    expect(problems).toEqual([
      'content/people/a.md: roles: must list at least one role',
      'content/people/b.md: sources[0].date: must be a date written as YYYY-MM-DD, or YYYY-MM when only the month is known, e.g. 2026-01-06 or 2026-01',
    ]);
  });

  it('checks references once every file passes its schema', () => {
    const { problems } = validateRecord([
      file('events', '2025-11-11-x', {
        title: 'X',
        date: '2025-11-11',
        summary: 'S.',
        people: ['ron-dremer'],
        sources: validPerson.sources,
      }),
    ]);
    expect(problems).toEqual(['content/events/2025-11-11-x.md: people[0]: no person "ron-dremer" (known: none yet)']);
  });
});

describe('wrongTypeMessage', () => {
  it('asks for square brackets around one item written where a list belongs', () => {
    expect(wrongTypeMessage({ code: 'invalid_type', expected: 'array', input: 'buffer-zone' })).toBe(
      'must be a list in square brackets: write [buffer-zone] for one item',
    );
  });

  it('asks for a list where a group of fields was written', () => {
    expect(wrongTypeMessage({ code: 'invalid_type', expected: 'array', input: { title: 'Minister' } })).toBe(
      'must be a list: put each item on its own line after "- ", or the items in square brackets',
    );
  });

  it('says a field is missing, or empty, and what to write', () => {
    expect(wrongTypeMessage({ code: 'invalid_type', expected: 'object', input: undefined })).toBe('is missing: add this field');
    expect(wrongTypeMessage({ code: 'invalid_type', expected: 'array', input: null })).toBe(
      'is empty: write [] for none, or the items in square brackets',
    );
    expect(wrongTypeMessage({ code: 'invalid_type', expected: 'object', input: null })).toBe('is empty: write its value after the colon');
  });

  it('names the form a group of fields, a yes-or-no and a number take', () => {
    expect(wrongTypeMessage({ code: 'invalid_type', expected: 'object', input: 'London' })).toBe(
      'must be a group of fields: write them in braces, {field: value, …}, or indented on the lines below',
    );
    expect(wrongTypeMessage({ code: 'invalid_type', expected: 'boolean', input: 'yes' })).toBe('must be true or false');
    expect(wrongTypeMessage({ code: 'invalid_type', expected: 'number', input: '5' })).toBe('must be a number, written without quotes');
  });

  it("leaves every other problem to its schema's message", () => {
    expect(wrongTypeMessage({ code: 'invalid_type', expected: 'string', input: 5 })).toBeUndefined();
    expect(wrongTypeMessage({ code: 'too_small', input: [] })).toBeUndefined();
  });
});
