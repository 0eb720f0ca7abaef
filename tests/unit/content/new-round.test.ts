import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { hasEmptyBody } from '@/lib/content/front-matter';
import { readContentFile } from '@/lib/content/content-files';
import {
  newRoundFile,
  newRoundPath,
  newRoundProblems,
  newRoundTranslationFile,
  newRoundTranslationPath,
  placeSlug,
} from '@/lib/content/new-round';
import { englishVersion } from '@/lib/content/translations';
import { roundSchema } from '@/lib/record/schemas';

const GENEVA = { date: '2026-12-10', city: 'Geneva', country: 'CH', title: 'Sixth round: Geneva' };

const frontMatterOf = (text: string) => parseFrontmatter(text).frontmatter;

describe('placeSlug', () => {
  it('writes a city in lower-case kebab-case with plain letters', () => {
    expect(placeSlug('Tel Aviv')).toBe('tel-aviv');
    expect(placeSlug('Zürich')).toBe('zurich');
    expect(placeSlug(' Al-Arish ')).toBe('al-arish');
    expect(placeSlug('دمشق')).toBe('');
  });
});

describe('newRoundPath', () => {
  it('names the file after the first day and the city', () => {
    expect(newRoundPath(GENEVA)).toBe('rounds/2026-12-10-geneva.md');
  });
});

describe('newRoundProblems', () => {
  it('accepts the four fields', () => {
    expect(newRoundProblems(GENEVA)).toEqual([]);
  });

  it('names every missing field and a date that is not a real day', () => {
    expect(newRoundProblems({ date: '2026-02-30', city: ' ' })).toEqual([
      '--city is missing',
      '--country is missing',
      '--title is missing',
      '--date is not a real calendar day (check the month and the day)',
    ]);
    expect(newRoundProblems({ ...GENEVA, date: '10 December' })).toEqual(['--date must be a date written as YYYY-MM-DD, e.g. 2026-01-05']);
  });

  it('refuses a city that gives no file name', () => {
    expect(newRoundProblems({ ...GENEVA, city: 'دمشق' })).toEqual(['--city must contain letters or digits for the file name']);
  });

  it('accepts a country by its code or its English name, and refuses one that names no country', () => {
    expect(newRoundProblems({ ...GENEVA, country: 'Switzerland' })).toEqual([]);
    expect(newRoundProblems({ ...GENEVA, country: 'Israel–Syria' })).toEqual([]);
    expect(newRoundProblems({ ...GENEVA, country: 'Helvetia' })).toEqual([
      '--country "Helvetia" is no country: give its ISO 3166-1 alpha-2 code or its English name, e.g. FR or France',
    ]);
    expect(newRoundProblems({ ...GENEVA, country: 'XX' })).toEqual([
      '--country "XX" is no country: give its ISO 3166-1 alpha-2 code or its English name, e.g. FR or France',
    ]);
  });
});

describe('newRoundFile', () => {
  it('holds every front-matter field of a round, as YAML, with a title that keeps its colon', () => {
    const data = frontMatterOf(newRoundFile(GENEVA, '2026-12-01'));
    const optional = ['round', 'end'];
    expect(Object.keys(data).sort()).toEqual(
      Object.keys(roundSchema.shape)
        .filter((field) => !optional.includes(field))
        .sort(),
    );
    expect(data).toMatchObject({ title: 'Sixth round: Geneva', place: { city: 'Geneva', country: 'CH' } });
    expect(roundSchema.shape.start.parse(data['start'])).toBe('2026-12-10');
  });

  it("writes a country given by its English name as its code, and a border's two names as its two codes", () => {
    expect(frontMatterOf(newRoundFile({ ...GENEVA, country: 'Switzerland' }, '2026-12-01'))['place']).toEqual({
      city: 'Geneva',
      country: 'CH',
    });
    const border = newRoundFile({ ...GENEVA, city: 'Border region', country: 'Israel–Syria' }, '2026-12-01');
    expect(frontMatterOf(border)['place']).toEqual({ city: 'Border region', country: ['IL', 'SY'] });
    expect(() => newRoundFile({ ...GENEVA, country: 'Helvetia' }, '2026-12-01')).toThrow('--country "Helvetia" is no country');
  });

  it('enters a meeting after today as scheduled with the sections of an announcement, and one on or before today as held', () => {
    const announced = newRoundFile(GENEVA, '2026-12-01');
    expect(frontMatterOf(announced)['status']).toBe('scheduled');
    expect(announced).toMatch(/## What was announced\n\n## What comes next\n$/);
    const held = newRoundFile(GENEVA, '2026-12-10');
    expect(frontMatterOf(held)['status']).toBe('held');
    expect(held).toMatch(/## What happened\n\n## What each side said\n\n## What comes next\n$/);
    expect(hasEmptyBody(held)).toBe(false);
  });

  it('leaves only what the editor must supply for the schema to refuse: the summary and the sources', () => {
    const parsed = roundSchema.safeParse(frontMatterOf(newRoundFile(GENEVA, '2026-12-01')));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['summary', 'sources']);
    const filled = { ...frontMatterOf(newRoundFile(GENEVA, '2026-12-01')), summary: 'Planned.' };
    const sources = [{ publisher: 'Wire', title: 'Talks planned', date: '2026-11-30' }];
    expect(roundSchema.safeParse({ ...filled, sources }).success).toBe(true);
  });
});

describe('a new round’s translations', () => {
  it('are written beside it, start from its English version, and keep each section’s id under its English heading', () => {
    expect(newRoundTranslationPath(GENEVA, 'ar')).toBe('rounds/2026-12-10-geneva.ar.md');
    const english = readContentFile(
      'rounds',
      '2026-12-10-geneva',
      'content/rounds/2026-12-10-geneva.md',
      newRoundFile(GENEVA, '2026-12-01'),
    );
    if (typeof english === 'string') throw new Error(english);
    const hebrew = newRoundTranslationFile(english, 'he');
    expect(frontMatterOf(hebrew)).toMatchObject({
      translates: englishVersion(english),
      title: '',
      summary: '',
      positions: [],
      readouts: [],
    });
    expect(hebrew).toContain('## What was announced {#what-was-announced}\n\n## What comes next {#what-comes-next}\n');
    expect(hebrew).toContain("title: '' # the title in Hebrew");
  });
});
