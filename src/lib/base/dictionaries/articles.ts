/** The words of the event and note pages, and of the pages that forward a moved address or a short link. */
import type { InEveryEdition } from '@/lib/base/locales';

export interface ArticlesStrings {
  /** What a numbered citation says to a screen reader: "Source 2". */
  source: (n: number) => string;
  event: { kicker: string; date: string; people: string; issues: string };
  note: { kicker: string };
  redirect: { title: (to: string) => string; from: string; to: string };
}

export const articles: InEveryEdition<ArticlesStrings> = {
  en: {
    source: (n) => `Source ${n}`,
    event: { kicker: 'Context event', date: 'Date', people: 'People', issues: 'Issues' },
    note: { kicker: 'About this record' },
    redirect: { title: (to) => `Redirecting to: ${to}`, from: 'Redirecting from', to: 'to' },
  },
  ar: {
    source: (n) => `المصدر ${n}`,
    event: { kicker: 'حدث ذو صلة', date: 'التاريخ', people: 'الأشخاص', issues: 'القضايا' },
    note: { kicker: 'عن هذا السجل' },
    redirect: { title: (to) => `جارٍ التحويل إلى: ${to}`, from: 'جارٍ التحويل من', to: 'إلى' },
  },
  he: {
    source: (n) => `מקור ${n}`,
    event: { kicker: 'אירוע רקע', date: 'תאריך', people: 'אנשים', issues: 'סוגיות' },
    note: { kicker: 'על התיעוד' },
    redirect: { title: (to) => `מעביר אל: ${to}`, from: 'מעביר מ-', to: 'אל' },
  },
};
