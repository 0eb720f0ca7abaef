import { describe, expect, it } from 'vitest';
import { addedBareForms, bareForms, bareSearchTerms, MIN_BARE_LETTERS, withBareForms } from '@/lib/search/hebrew-prefixes';

describe('bareForms', () => {
  it('takes off one prefix letter and runs of them, longest form first', () => {
    expect(bareForms('בגולן')).toEqual(['גולן']);
    expect(bareForms('והגולן')).toEqual(['הגולן', 'גולן']);
    expect(bareForms('שבדמשק')).toEqual(['בדמשק', 'דמשק']);
    expect(bareForms('מהצבא')).toEqual(['הצבא', 'צבא']);
    expect(bareForms('כשהסבב')).toEqual(['שהסבב', 'הסבב', 'סבב']);
    expect(bareForms('וכשהסבב')).toEqual(['כשהסבב', 'שהסבב', 'הסבב', 'סבב']);
  });

  it(`never leaves fewer than ${MIN_BARE_LETTERS} letters, so a short word keeps its own first letter`, () => {
    expect(bareForms('משה')).toEqual([]);
    expect(bareForms('הר')).toEqual([]);
    expect(bareForms('בצבא')).toEqual(['צבא']);
    expect(bareForms('ממשלה')).toEqual(['משלה', 'שלה']);
  });

  it('leaves a word with no prefix letter, and any word not in Hebrew, without forms', () => {
    expect(bareForms('גולן')).toEqual([]);
    expect(bareForms('רמת')).toEqual([]);
    expect(bareForms('Golan')).toEqual([]);
    expect(bareForms('الجولان')).toEqual([]);
  });
});

describe('bareSearchTerms', () => {
  it('searches every Hebrew word by its barest form, so each spelling of a word meets the others', () => {
    expect(['גולן', 'בגולן', 'והגולן'].map(bareSearchTerms)).toEqual(['גולן', 'גולן', 'גולן']);
    expect(bareSearchTerms('רמת הגולן')).toBe('רמת גולן');
  });

  it('leaves words in other scripts as typed', () => {
    expect(bareSearchTerms('Leiter בגולן')).toBe('Leiter גולן');
    expect(bareSearchTerms('buffer zone')).toBe('buffer zone');
    expect(bareSearchTerms('المنطقة العازلة')).toBe('المنطقة العازلة');
  });

  it('gives the form the index holds for a page that writes the word with any prefixes', () => {
    for (const [typed, written] of [
      ['גולן', 'והגולן'],
      ['בגולן', 'גולן'],
      ['והגולן', 'בגולן'],
      ['ממשלה', 'בממשלה'],
    ] as const) {
      expect([written, ...bareForms(written)]).toContain(bareSearchTerms(typed));
    }
  });
});

describe('addedBareForms', () => {
  it('lists each bare form once, leaving out the forms the text already holds as words', () => {
    expect(addedBareForms('הגולן ובגולן')).toEqual(['גולן', 'בגולן']);
    expect(addedBareForms('רמת הגולן, וגולן וגם גולן')).toEqual([]);
  });
});

describe('withBareForms', () => {
  const page = (body: string) =>
    `<html lang="he"><body><nav>ניווט</nav><article data-pagefind-body><h1>רמת הגולן</h1>${body}</article></body></html>`;

  it('adds the body’s bare forms, hidden and lightly weighted, before the first heading of the indexed body', () => {
    const indexed = withBareForms(page('<p>הצבא נכנס לחרמון.</p>'));
    expect(indexed).toContain('<article data-pagefind-body><p hidden data-pagefind-weight="0.2">גולן · צבא · חרמון</p><h1>');
  });

  it('leaves a page without Hebrew prefixes, or without an indexed body, as it is', () => {
    const english = '<html lang="en-GB"><body><article data-pagefind-body><h1>Golan</h1></article></body></html>';
    expect(withBareForms(english)).toBe(english);
    const notIndexed = '<html lang="he"><body><h1>בגולן</h1></body></html>';
    expect(withBareForms(notIndexed)).toBe(notIndexed);
  });
});
