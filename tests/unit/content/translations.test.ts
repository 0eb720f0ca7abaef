import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFile, type ContentFile, type TranslationFile } from '@/lib/content/content-files';
import {
  bodySections,
  checkTranslations,
  englishVersion,
  glossaryProblems,
  isShown,
  missingTranslations,
  readGlossaries,
  sectionProblems,
} from '@/lib/content/translations';
import { validateRecord } from '@/lib/content/validate-record';
import type { CollectionName } from '@/lib/base/urls';

const ROUND = `---
title: Round in London
round: 4
start: 2025-09-17
place: {city: London, country: GB}
summary: A round.
delegations:
  israel: [ron-dermer]
issues: [buffer-zone]
positions:
  - {side: israel, issue: buffer-zone, stance: Israel holds the zone., redLine: true, source: 1}
  - {side: israel, issue: buffer-zone, stance: Israel holds it still., shift: changed, how: now says for ever, source: 2}
sources:
  - {publisher: Wire, title: One, url: 'https://example.org/a', date: 2025-09-18}
  - {publisher: Wire, title: Two, url: 'https://example.org/b', date: 2025-09-19}
confirmedBy: []
status: held
updates:
  - {date: 2025-09-20, note: Added the second report.}
---
The lead [1].

## What happened

They met about the buffer zone [1][2].
`;

const PERSON = `---
name: Ron Dermer
nativeNames:
  - {name: رون ديرمر, lang: ar, source: 1}
side: israel
roles:
  - {title: Minister, from: 2023-01}
sources:
  - {publisher: Wire, title: Profile, date: 2025-01-01}
---
A person.
`;

const ISSUE = `---
title: The buffer zone
summary: An issue.
sources:
  - {publisher: Wire, title: Issue, date: 2025-01-01}
---
An issue.
`;

const file = (collection: CollectionName, id: string, source: string): ContentFile => {
  const read = readContentFile(collection, id, `content/${collection}/${id}.md`, source);
  if (typeof read === 'string') throw new Error(read);
  return read;
};

const ENGLISH = [file('rounds', '2025-09-17-london', ROUND), file('people', 'ron-dermer', PERSON), file('issues', 'buffer-zone', ISSUE)];
// The record's cross-file rules (a numbering note, an earlier stance) are not the translations' concern: only the files' schemas are.
const { record } = validateRecord(ENGLISH);
const [LONDON, DERMER] = ENGLISH as [ContentFile, ContentFile, ContentFile];

const translation = (of: ContentFile, locale: 'ar' | 'he', source: string): TranslationFile => {
  const read = readContentFile(of.collection, of.id, `content/${of.collection}/${of.id}.${locale}.md`, source);
  if (typeof read === 'string') throw new Error(read);
  return { ...read, locale };
};

const arabicRound = (version = englishVersion(LONDON), changes: (text: string) => string = (text) => text) =>
  translation(
    LONDON,
    'ar',
    changes(`---
translates: ${version}
title: جولة في لندن
summary: جولة.
positions:
  - {side: israel, issue: buffer-zone, stance: تتمسك إسرائيل بالمنطقة.}
  - {side: israel, issue: buffer-zone, stance: ما زالت تتمسك بها., how: تقول الآن إلى الأبد}
updates:
  - {date: 2025-09-20, note: أُضيف التقرير الثاني.}
---
المقدمة [1].

## ما الذي جرى {#what-happened}

التقيا بشأن المنطقة العازلة [1][2].
`),
  );

const GLOSSARIES = { ar: [{ en: ['buffer zone'], forms: ['المنطقة العازلة'] }], he: [] };
const check = (...translations: TranslationFile[]) => checkTranslations(translations, ENGLISH, record, GLOSSARIES);

describe('the English version a translation translates', () => {
  it('is the same for the same prose, and changes with the prose but not with the facts', () => {
    expect(record.rounds.map((round) => round.id)).toEqual(['2025-09-17-london']);
    const version = englishVersion(LONDON);
    expect(version).toMatch(/^v[0-9a-f]{12}$/);
    expect(englishVersion(file('rounds', LONDON.id, ROUND))).toBe(version);
    expect(englishVersion(file('rounds', LONDON.id, ROUND.replace('date: 2025-09-19', 'date: 2025-09-21')))).toBe(version);
    expect(englishVersion(file('rounds', LONDON.id, ROUND.replace('They met', 'They talked')))).not.toBe(version);
    expect(englishVersion(file('rounds', LONDON.id, ROUND.replace('Israel holds it still.', 'Israel holds it.')))).not.toBe(version);
  });
});

describe('bodySections', () => {
  it('splits a body at its H2s, by their ids, each with the sources it cites', () => {
    expect(
      bodySections('Lead [1].\n\n## What happened {#what-happened}\n\nText [3][2] and `[9]`.').map(({ id, citations }) => ({
        id,
        citations,
      })),
    ).toEqual([
      { id: '', citations: [1] },
      { id: 'what-happened', citations: [2, 3] },
    ]);
  });
});

describe('sectionProblems', () => {
  const english = 'Lead [1].\n\n## One\n\nA [1].\n\n## Two\n\nB [2].';
  it('finds nothing in a translation of the same shape', () => {
    expect(
      sectionProblems(bodySections(english), bodySections('مقدمة [1].\n\n## واحد {#one}\n\nأ [1].\n\n## اثنان {#two}\n\nب [2].')),
    ).toEqual([]);
  });

  it('names a missing section, one the English lacks, other citations, and another order', () => {
    expect(
      sectionProblems(bodySections(english), bodySections('مقدمة [1].\n\n## واحد {#one}\n\nأ [1][2].\n\n## ثلاثة {#three}\n\nت.')),
    ).toEqual([
      'body: the section #one cites [1][2] where the English cites [1]: cite the same sources',
      'body: lacks the section #two of the English: translate its heading and end it with {#two}',
      "body: has a section #three the English does not: each heading ends with the English section's {#id}",
    ]);
    expect(
      sectionProblems(bodySections(english), bodySections('مقدمة [1].\n\n## اثنان {#two}\n\nب [2].\n\n## واحد {#one}\n\nأ [1].')),
    ).toEqual(["body: has the English's sections in another order (, two, one): keep the English's order"]);
  });
});

describe('glossaryProblems', () => {
  const glossary = [
    { en: ['red line'], forms: ['خط أحمر', 'خطوط حمراء'] },
    { en: ['Golan'], forms: ['الجولان'] },
  ];
  it('asks for one of the glossary forms where the English uses a term, plural included', () => {
    expect(glossaryProblems(glossary, [{ field: 'summary', english: 'Two red lines.', translated: 'خطان أحمران.' }])).toEqual([
      'summary: the English says "red line"; write it as the glossary does: خط أحمر or خطوط حمراء',
    ]);
    expect(glossaryProblems(glossary, [{ field: 'summary', english: 'A red line.', translated: 'وخط أحمر.' }])).toEqual([]);
  });

  it('reads a term as a word, not inside another', () => {
    expect(glossaryProblems(glossary, [{ field: 'title', english: 'Abu Mohammad al-Golani', translated: 'أبو محمد الجولاني' }])).toEqual(
      [],
    );
  });
});

describe('checkTranslations', () => {
  it('shows a current translation that matches its English', () => {
    const { translations, problems: found, warnings } = check(arabicRound());
    expect(found).toEqual([]);
    expect(warnings).toEqual([]);
    expect(translations.map((t) => [t.id, t.locale, t.state, isShown(t)])).toEqual([['2025-09-17-london', 'ar', 'current', true]]);
  });

  it('refuses a current translation that names another position, lacks a how, or leaves the glossary, at file and field', () => {
    const broken = arabicRound(undefined, (text) =>
      text
        .replace('{side: israel, issue: buffer-zone, stance: تتمسك', '{side: syria, issue: buffer-zone, stance: تتمسك')
        .replace(', how: تقول الآن إلى الأبد', '')
        .replace('المنطقة العازلة', 'منطقة الفصل'),
    );
    expect(check(broken).problems).toEqual([
      "content/rounds/2025-09-17-london.ar.md: positions[0]: names syria on buffer-zone, which is not the English's position at this place (israel on buffer-zone): translate the English's, in its order",
      'content/rounds/2025-09-17-london.ar.md: positions[1].how: is missing: the English says how the stance changed; translate it',
      'content/rounds/2025-09-17-london.ar.md: body: #what-happened: the English says "buffer zone"; write it as the glossary does: المنطقة العازلة',
    ]);
  });

  it('shows a stale translation still in shape under a warning that gives the version to set', () => {
    const { translations, problems: found, warnings } = check(arabicRound('v0123456789ab'));
    expect(found).toEqual([]);
    expect(translations[0]?.state).toBe('stale');
    expect(translations.filter(isShown)).toHaveLength(1);
    expect(warnings).toEqual([
      `content/rounds/2025-09-17-london.ar.md: translates an earlier version of the English (v0123456789ab; it is now ${englishVersion(LONDON)}); bring it up to date, then set translates: ${englishVersion(LONDON)}`,
    ]);
  });

  it('stops showing a stale translation that no longer has its English shape, and says why', () => {
    const {
      translations,
      problems: found,
      warnings,
    } = check(arabicRound('v0123456789ab', (text) => text.replace('## ما الذي جرى {#what-happened}', '## ما الذي جرى {#what-was-said}')));
    expect(found).toEqual([]);
    expect(translations.filter(isShown)).toEqual([]);
    expect(warnings[0]).toContain('and no longer matches it, so its page shows the English: body: lacks the section #what-happened');
  });

  it("holds a person's name to their names in that language", () => {
    const arabicDermer = translation(
      DERMER,
      'ar',
      `---\ntranslates: ${englishVersion(DERMER)}\nname: رون درمر\nroles:\n  - {title: وزير}\n---\nشخص.\n`,
    );
    expect(check(arabicDermer).problems).toEqual([
      'content/people/ron-dermer.ar.md: name: "رون درمر" is not one of the person\'s names in this language: write "رون ديرمر"',
    ]);
  });

  it('lists every English page an edition has not translated yet', () => {
    const { translations } = check(arabicRound());
    expect(missingTranslations(ENGLISH, translations)).toEqual([
      'content/rounds/2025-09-17-london.md: not yet translated into he',
      'content/people/ron-dermer.md: not yet translated into ar, he',
      'content/issues/buffer-zone.md: not yet translated into ar, he',
    ]);
  });
});

describe('checkTranslations, for every list a translation follows', () => {
  it('names a readout or a doubt the English lacks at that place, an entry too many, and roles not all translated', () => {
    const withReadout = arabicRound(undefined, (text) =>
      text.replace(
        'updates:',
        'readouts:\n  - {side: syria, summary: رواية سوريا.}\nuncertainAttendance:\n  - {person: ron-dermer, note: ملاحظة.}\nupdates:',
      ),
    );
    expect(check(withReadout).problems).toEqual([
      'content/rounds/2025-09-17-london.ar.md: readouts[0]: the English has no readout at this place (it has 0): translate each once, in its order',
      'content/rounds/2025-09-17-london.ar.md: uncertainAttendance[0]: the English has no doubt over attendance at this place (it has 0): translate each once, in its order',
    ]);
    const dermer = translation(DERMER, 'ar', `---\ntranslates: ${englishVersion(DERMER)}\nname: رون ديرمر\nroles: []\n---\nشخص.\n`);
    expect(check(dermer).problems).toEqual([
      "content/people/ron-dermer.ar.md: roles: translates 0 of the English's 1 roles: translate each, in its order",
    ]);
  });

  it('holds an issue to its schema and sections only, and refuses a translation whose English is missing or whose fields are wrong', () => {
    const [, , BUFFER_ZONE] = ENGLISH as [ContentFile, ContentFile, ContentFile];
    const hebrewIssue = translation(
      BUFFER_ZONE,
      'he',
      `---\ntranslates: ${englishVersion(BUFFER_ZONE)}\ntitle: אזור החיץ\nsummary: סוגיה.\naliases: [אזור חיץ]\n---\nסוגיה.\n`,
    );
    expect(check(hebrewIssue).problems).toEqual([]);
    const orphan = { ...hebrewIssue, id: 'golan-heights', path: 'content/issues/golan-heights.he.md' };
    expect(check(orphan).problems).toEqual([
      'content/issues/golan-heights.he.md: translates content/issues/golan-heights.md, which does not exist: rename it after its English file',
    ]);
    const untitled = translation(
      BUFFER_ZONE,
      'he',
      `---\ntranslates: ${englishVersion(BUFFER_ZONE)}\ntitle: 7\nsummary: סוגיה.\n---\nסוגיה.\n`,
    );
    expect(check(untitled).problems).toEqual(['content/issues/buffer-zone.he.md: title: must be the title, translated']);
  });
});

describe('readGlossaries', () => {
  it("reads each edition's glossary, none where a folder has none, and refuses a malformed one at file and field", () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    try {
      expect(readGlossaries(dir)).toEqual({ glossaries: { ar: [], he: [] }, problems: [] });
      mkdirSync(join(dir, 'glossary'));
      writeFileSync(join(dir, 'glossary', 'ar.yml'), '- en: [buffer zone]\n  forms: [المنطقة العازلة]\n');
      writeFileSync(join(dir, 'glossary', 'he.yml'), '- en: [buffer zone]\n  forms: []\n');
      const { glossaries, problems: found } = readGlossaries(dir);
      expect(glossaries.ar).toEqual([{ en: ['buffer zone'], forms: ['المنطقة العازلة'] }]);
      expect(found).toEqual([`${join(dir, 'glossary', 'he.yml')}: [0].forms: must list at least one form a translation uses`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
