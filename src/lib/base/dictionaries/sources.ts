/** The words of a page's source list: archived copies, the lookup of one, and an address that no longer serves its report. */
import type { InEveryEdition } from '@/lib/base/locales';

export interface SourceLinkStrings {
  /** A copy of the report recorded in a web archive, followed by the day it was captured. */
  archivedCopy: string;
  /** A link to the Wayback Machine's copy nearest the source's date, which nobody has checked. */
  lookup: string;
  /** The link to the address a report was published at, once it no longer serves it. */
  original: string;
  /** Between the archived copy and the original address that no longer serves the report. */
  then: string;
  /** What that address serves now, after the link: nothing, or unrelated content. */
  gone: { dead: string; replaced: string };
}

export const sourceLinks: InEveryEdition<SourceLinkStrings> = {
  en: {
    archivedCopy: 'archived copy',
    lookup: 'look for an archived copy',
    original: 'original address',
    then: '; ',
    gone: { dead: 'no longer works', replaced: 'now shows other content' },
  },
  ar: {
    archivedCopy: 'نسخة مؤرشفة',
    lookup: 'ابحث عن نسخة مؤرشفة',
    original: 'الرابط الأصلي',
    then: '؛ ',
    gone: { dead: 'لم يعد يعمل', replaced: 'يعرض الآن محتوى آخر' },
  },
  he: {
    archivedCopy: 'עותק בארכיון',
    lookup: 'חיפוש עותק בארכיון',
    original: 'הכתובת המקורית',
    then: '; ',
    gone: { dead: 'אינה פעילה עוד', replaced: 'מציגה כעת תוכן אחר' },
  },
};
