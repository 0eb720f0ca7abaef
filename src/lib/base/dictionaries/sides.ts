/**
 * The sides' names in every edition: as a label ("United States") and inside a sentence ("the United States"). The
 * browser's comparison names sides too, so these are kept apart from the rest of the interface's words. Every edition
 * names every side: src/lib/base/sides.ts holds them to SIDES.
 */
export const SIDE_NAMES = {
  en: {
    israel: { label: 'Israel', inSentence: 'Israel' },
    syria: { label: 'Syria', inSentence: 'Syria' },
    'united-states': { label: 'United States', inSentence: 'the United States' },
    france: { label: 'France', inSentence: 'France' },
    turkey: { label: 'Türkiye', inSentence: 'Türkiye' },
    jordan: { label: 'Jordan', inSentence: 'Jordan' },
    azerbaijan: { label: 'Azerbaijan', inSentence: 'Azerbaijan' },
    'united-arab-emirates': { label: 'United Arab Emirates', inSentence: 'the United Arab Emirates' },
    'united-kingdom': { label: 'United Kingdom', inSentence: 'the United Kingdom' },
    qatar: { label: 'Qatar', inSentence: 'Qatar' },
    'saudi-arabia': { label: 'Saudi Arabia', inSentence: 'Saudi Arabia' },
    'united-nations': { label: 'United Nations', inSentence: 'the United Nations' },
  },
  ar: {
    israel: { label: 'إسرائيل', inSentence: 'إسرائيل' },
    syria: { label: 'سوريا', inSentence: 'سوريا' },
    'united-states': { label: 'الولايات المتحدة', inSentence: 'الولايات المتحدة' },
    france: { label: 'فرنسا', inSentence: 'فرنسا' },
    turkey: { label: 'تركيا', inSentence: 'تركيا' },
    jordan: { label: 'الأردن', inSentence: 'الأردن' },
    azerbaijan: { label: 'أذربيجان', inSentence: 'أذربيجان' },
    'united-arab-emirates': { label: 'الإمارات العربية المتحدة', inSentence: 'الإمارات العربية المتحدة' },
    'united-kingdom': { label: 'المملكة المتحدة', inSentence: 'المملكة المتحدة' },
    qatar: { label: 'قطر', inSentence: 'قطر' },
    'saudi-arabia': { label: 'السعودية', inSentence: 'السعودية' },
    'united-nations': { label: 'الأمم المتحدة', inSentence: 'الأمم المتحدة' },
  },
  he: {
    israel: { label: 'ישראל', inSentence: 'ישראל' },
    syria: { label: 'סוריה', inSentence: 'סוריה' },
    'united-states': { label: 'ארצות הברית', inSentence: 'ארצות הברית' },
    france: { label: 'צרפת', inSentence: 'צרפת' },
    turkey: { label: 'טורקיה', inSentence: 'טורקיה' },
    jordan: { label: 'ירדן', inSentence: 'ירדן' },
    azerbaijan: { label: "אזרבייג'ן", inSentence: "אזרבייג'ן" },
    'united-arab-emirates': { label: 'איחוד האמירויות', inSentence: 'איחוד האמירויות' },
    'united-kingdom': { label: 'בריטניה', inSentence: 'בריטניה' },
    qatar: { label: 'קטאר', inSentence: 'קטאר' },
    'saudi-arabia': { label: 'ערב הסעודית', inSentence: 'ערב הסעודית' },
    'united-nations': { label: 'האו"ם', inSentence: 'האו"ם' },
  },
};
