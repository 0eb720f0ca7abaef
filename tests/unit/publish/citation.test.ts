import { describe, expect, it } from 'vitest';
import { bibtexKey, escapeBibtex, roundBibtex, roundCitation } from '@/lib/publish/citation';
import { SITE_TITLE } from '@/site';
import { roundData } from '@tests/helpers/fixtures';

const URL = 'https://example.org/rounds/2026-01-05-paris/';

/** Whether every brace of a BibTeX value closes, as BibTeX's own brace matching requires. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const character of text) {
    depth += character === '{' ? 1 : character === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('roundCitation', () => {
  it('names the site, the quoted title, the meeting, the day of the last update and the page address', () => {
    const round = roundData({
      title: 'Paris talks resume',
      round: 5,
      start: '2026-01-05',
      end: '2026-01-06',
      updates: [{ date: '2026-01-09', note: 'Added the statement.' }],
    });
    expect(roundCitation(round, URL)).toBe(
      `${SITE_TITLE}. "Paris talks resume." Round 5, Paris, 5–6 January 2026. Last updated 9 January 2026. ${URL}`,
    );
  });

  it('dates a page with no update by its own day, and labels an unnumbered meeting as a direct contact', () => {
    const round = roundData({ title: 'Baku contact', start: '2025-07-12', place: { city: 'Baku', country: 'AZ' } });
    expect(roundCitation(round, URL)).toBe(
      `${SITE_TITLE}. "Baku contact." Direct contact, Baku, 12 July 2025. Last updated 12 July 2025. ${URL}`,
    );
  });

  it('turns double quotes inside the title into single ones and adds no second stop after a question mark', () => {
    const citation = roundCitation(roundData({ title: 'A "deal" within reach?' }), URL);
    expect(citation).toContain(`"A 'deal' within reach?" `);
  });
});

describe('escapeBibtex', () => {
  it("escapes each of LaTeX's special characters", () => {
    expect(escapeBibtex('A & B 100% #1 under_score $5')).toBe('A \\& B 100\\% \\#1 under\\_score \\$5');
    expect(escapeBibtex('~^\\')).toBe('\\textasciitilde{}\\textasciicircum{}\\textbackslash{}');
  });

  it('writes braces by name, so an unmatched brace in the text cannot unbalance the field', () => {
    const escaped = escapeBibtex('a { b');
    expect(escaped).toBe('a \\textbraceleft{} b');
    expect(bracesBalance(escaped)).toBe(true);
    expect(escapeBibtex('}')).toBe('\\textbraceright{}');
  });

  it('writes en and em dashes as TeX ligatures and leaves other text alone', () => {
    expect(escapeBibtex('Israel–Syria — Türkiye')).toBe('Israel--Syria --- Türkiye');
  });
});

describe('roundBibtex', () => {
  const round = roundData({
    title: 'Talks on the {buffer} zone & 100% of #5_a',
    round: 5,
    start: '2026-01-05',
    end: '2026-01-06',
    updates: [{ date: '2026-03-02', note: 'Corrected.' }],
  });
  const entry = roundBibtex('2026-01-05-paris', round, URL);

  it('is a @misc entry keyed by the round id', () => {
    expect(bibtexKey('2026-01-05-paris')).toBe('round:2026-01-05-paris');
    expect(entry.startsWith('@misc{round:2026-01-05-paris,\n')).toBe(true);
    expect(entry.endsWith('\n}')).toBe(true);
  });

  it('has the site as one corporate author, the braced and escaped title, the URL as is, and the year and month of the last update', () => {
    const fields = Object.fromEntries([...entry.matchAll(/^ {2}(\w+)\s*= (.*),$/gm)].map(([, name = '', value = '']) => [name, value]));
    expect(fields).toEqual({
      author: '{{Israel--Syria Talks Record}}',
      title: '{{Talks on the \\textbraceleft{}buffer\\textbraceright{} zone \\& 100\\% of \\#5\\_a}}',
      url: `{${URL}}`,
      year: '{2026}',
      month: 'mar',
      note: '{Round 5, Paris, 5--6 January 2026. Last updated 2 March 2026}',
    });
    expect(bracesBalance(entry)).toBe(true);
  });
});

describe('citing a round in Arabic and Hebrew', () => {
  const arabicUrl = 'https://example.org/ar/rounds/2026-01-05-paris/';
  const round = roundData({
    title: 'استئناف محادثات باريس',
    round: 5,
    start: '2026-01-05',
    end: '2026-01-06',
    updates: [{ date: '2026-01-09', note: 'أُضيف البيان.' }],
  });
  const fieldsOf = (entry: string) =>
    Object.fromEntries([...entry.matchAll(/^ {2}(\w+)\s*= (.*),$/gm)].map(([, name = '', value = '']) => [name, value]));

  it("writes the reference in the reader's language, with the page's English title beside its own", () => {
    expect(roundCitation(round, arabicUrl, 'ar', 'Paris talks resume')).toBe(
      `سجل المحادثات السورية الإسرائيلية. «استئناف محادثات باريس» [بالإنجليزية: “Paris talks resume”]. الجولة 5، باريس، 5–6 يناير 2026. آخر تحديث 9 يناير 2026. ${arabicUrl}`,
    );
    const hebrew = roundData({ ...round, title: 'השיחות בפריז מתחדשות' });
    expect(roundCitation(hebrew, 'https://example.org/he/rounds/2026-01-05-paris/', 'he', 'Paris talks resume')).toBe(
      'תיעוד השיחות בין ישראל לסוריה. "השיחות בפריז מתחדשות" [באנגלית: "Paris talks resume"]. סבב 5, פריז, 5–6 בינואר 2026. עודכן לאחרונה ב-9 בינואר 2026. https://example.org/he/rounds/2026-01-05-paris/',
    );
  });

  it('gives no English title beside a title still in English, and none in the English edition', () => {
    const untranslated = roundData({ ...round, title: 'Paris talks resume' });
    expect(roundCitation(untranslated, arabicUrl, 'ar', 'Paris talks resume')).toContain('«Paris talks resume». الجولة 5');
    expect(roundCitation(roundData({ ...round, title: 'Paris talks resume' }), URL, 'en', 'Paris talks resume')).not.toContain('English');
  });

  it("writes the BibTeX entry in the reader's language, naming its language and giving the English title in its note", () => {
    const hebrewUrl = 'https://example.org/he/rounds/2026-01-05-paris/';
    const fields = fieldsOf(
      roundBibtex('2026-01-05-paris', roundData({ ...round, title: 'השיחות בפריז מתחדשות' }), hebrewUrl, 'he', 'Paris talks resume'),
    );
    expect(fields).toEqual({
      author: '{{תיעוד השיחות בין ישראל לסוריה}}',
      title: '{{השיחות בפריז מתחדשות}}',
      url: `{${hebrewUrl}}`,
      year: '{2026}',
      month: 'jan',
      note: '{סבב 5, פריז, 5--6 בינואר 2026. באנגלית: "Paris talks resume". עודכן לאחרונה ב-9 בינואר 2026}',
      language: '{hebrew}',
    });
    expect(fieldsOf(roundBibtex('2026-01-05-paris', round, arabicUrl, 'ar', 'Paris talks resume'))).toMatchObject({
      author: '{{سجل المحادثات السورية الإسرائيلية}}',
      note: '{الجولة 5، باريس، 5--6 يناير 2026. بالإنجليزية: “Paris talks resume”. آخر تحديث 9 يناير 2026}',
      language: '{arabic}',
    });
  });
});
