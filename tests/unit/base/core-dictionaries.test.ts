import { describe, expect, it } from 'vitest';
import { uiStrings } from '@/lib/base/ui';

const [en, ar, he] = (['en', 'ar', 'he'] as const).map(uiStrings) as [
  ReturnType<typeof uiStrings>,
  ReturnType<typeof uiStrings>,
  ReturnType<typeof uiStrings>,
];

describe("the core of each edition's interface", () => {
  it('lists names as each language joins them, the conjunction joined to the last in Arabic and Hebrew', () => {
    expect([en, ar, he].map((ui) => ui.list([]))).toEqual(['', '', '']);
    expect([en, ar, he].map((ui) => ui.list(['A']))).toEqual(['A', 'A', 'A']);
    expect(en.list(['Israel', 'Syria', 'the United States'])).toBe('Israel, Syria and the United States');
    expect(ar.list(['إسرائيل', 'سوريا', 'الولايات المتحدة'])).toBe('إسرائيل، سوريا والولايات المتحدة');
    expect(he.list(['ישראל', 'סוריה', 'ארצות הברית'])).toBe('ישראל, סוריה וארצות הברית');
  });

  it('names a meeting by its number, in a sentence by its ordinal up to the tenth, and in its city', () => {
    expect([en, ar, he].map((ui) => ui.roundLabel(5))).toEqual(['Round 5', 'الجولة 5', 'סבב 5']);
    expect([en, ar, he].map((ui) => ui.roundLabel(undefined))).toEqual(['Direct contact', 'اتصال مباشر', 'מגע ישיר']);
    expect([en, ar, he].map((ui) => ui.roundInSentence(5))).toEqual(['round five', 'الجولة الخامسة', 'הסבב החמישי']);
    expect([ar, he].map((ui) => ui.roundInSentence(12))).toEqual(['الجولة 12', 'סבב 12']);
    expect([en, ar, he].map((ui) => ui.inCity(ui.roundLabel(5), ui.cities['Paris'] ?? 'Paris'))).toEqual([
      'Round 5 in Paris',
      'الجولة 5 في باريس',
      'סבב 5 בפריז',
    ]);
  });

  it('dates a meeting by its report, and says what became of an announced one', () => {
    expect(ar.reportedOnDay('27 مايو 2025')).toBe('أُعلن عنه في 27 مايو 2025');
    expect(he.reportedOnDay('27 במאי 2025')).toBe('דווח ב-27 במאי 2025');
    expect(en.statuses.notYetHeld('5 June 2026')).toBe('Announced for 5 June 2026; not yet reported as held');
    expect(ar.statuses.notYetHeld('5 يونيو 2026')).toContain('5 يونيو 2026');
    expect(he.statuses.notYetHeld('5 ביוני 2026')).toContain('5 ביוני 2026');
  });

  it('says who confirmed a meeting, and names the delegations table for screen readers', () => {
    expect([en, ar, he].map((ui) => ui.confirmedBy('X'))).toEqual(['Confirmed by X', 'أكّدته X', 'אושר על ידי X']);
    for (const ui of [en, ar, he]) expect(ui.round.delegationsCaption(true)).not.toBe(ui.round.delegationsCaption(false));
    expect(ar.round.delegationsCaption(true)).toMatch(/^من حضر/);
    expect(he.round.delegationsCaption(false)).toMatch(/^מי נקבע להשתתף/);
  });

  it("tells a reader when a page's English has changed since its translation, with the day when there is one", () => {
    expect(ar.staleTranslation('5 يناير 2026')).toBe('حُدّث النص الإنجليزي لهذه الصفحة في 5 يناير 2026، ويجري تحديث هذه الترجمة.');
    expect(he.staleTranslation('5 בינואר 2026')).toBe('הטקסט האנגלי של עמוד זה עודכן ב-5 בינואר 2026; התרגום מתעדכן.');
    for (const ui of [en, ar, he]) {
      expect(ui.staleTranslation(undefined)).not.toMatch(/\d/);
      expect(ui.sectionLink('T')).toContain('T');
    }
  });
});
