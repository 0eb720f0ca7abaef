/** The words of the corrections pages. */
import type { InEveryEdition } from '@/lib/base/locales';

export interface CorrectionsStrings {
  title: string;
  description: string;
  lede: string;
  follow: string;
  none: string;
  /** What the page leaves out: "12 earlier corrections: each is on …". */
  earlier: (count: string) => string;
  yearTitle: (year: number) => string;
  yearLede: (count: string, year: number) => string;
  byYear: string;
  /** What kind of page a correction changed, beside its title; a round is named by its label. */
  kinds: { event: string; person: string; issue: string; note: string };
}

export const corrections: InEveryEdition<CorrectionsStrings> = {
  en: {
    title: 'Corrections',
    description:
      'Every correction and addition made to a published page of the record of the Israel–Syria talks, newest first, each linked to the page it changed.',
    lede: 'Every correction and addition made to a page after it was published, newest first. Each is also noted at the end of the page it changed.',
    follow: 'Follow corrections',
    none: 'No published page has been corrected or added to yet.',
    earlier: (count) => `${count}: each is on the corrections page of its year.`,
    yearTitle: (year) => `Corrections in ${year}`,
    yearLede: (count, year) => `${count} made to published pages in ${year}, newest first, each linked to the page it changed.`,
    byYear: 'Corrections by year',
    kinds: { event: 'Event', person: 'Person', issue: 'Issue', note: 'Note' },
  },
  ar: {
    title: 'التصحيحات',
    description: 'كل تصحيح أو إضافة أُدخلا على صفحة منشورة من سجل المحادثات السورية الإسرائيلية، الأحدث أولًا، مع رابط إلى الصفحة المعنية.',
    lede: 'كل تصحيح أو إضافة أُدخلا على صفحة بعد نشرها، الأحدث أولًا. ويُشار إلى كلٍّ منها أيضًا في آخر الصفحة التي غيّرها.',
    follow: 'تابع التصحيحات',
    none: 'لم تُصحَّح أي صفحة منشورة ولم يُضف إليها شيء بعد.',
    earlier: (count) => `${count}: كلٌّ منها في صفحة تصحيحات عامه.`,
    yearTitle: (year) => `التصحيحات في عام ${year}`,
    yearLede: (count, year) => `${count} على صفحات منشورة في عام ${year}، الأحدث أولًا، مع رابط إلى الصفحة المعنية.`,
    byYear: 'التصحيحات حسب العام',
    kinds: { event: 'حدث', person: 'شخص', issue: 'قضية', note: 'ملاحظة' },
  },
  he: {
    title: 'תיקונים',
    description: 'כל תיקון ותוספת שנעשו בעמוד שפורסם בתיעוד השיחות בין ישראל לסוריה, מהחדש לישן, עם קישור לעמוד שהשתנה.',
    lede: 'כל תיקון ותוספת שנעשו בעמוד לאחר פרסומו, מהחדש לישן. כל אחד מהם מצוין גם בסוף העמוד שהשתנה.',
    follow: 'מעקב אחר התיקונים',
    none: 'טרם תוקן עמוד שפורסם או נוסף לו דבר.',
    earlier: (count) => `${count}: כל אחד מהם בעמוד התיקונים של שנתו.`,
    yearTitle: (year) => `תיקונים ב-${year}`,
    yearLede: (count, year) => `${count} בעמודים שפורסמו ב-${year}, מהחדש לישן, עם קישור לעמוד שהשתנה.`,
    byYear: 'תיקונים לפי שנים',
    kinds: { event: 'אירוע', person: 'אדם', issue: 'סוגיה', note: 'הערה' },
  },
};
