/** The words of "Where things stand", the state of the talks at the top of the home page. */
import type { InEveryEdition } from '@/lib/base/locales';

export interface PlayStrings {
  heading: string;
  /** Before the latest meeting held, named and linked. */
  latest: string;
  noMeeting: string;
  /** After the latest meeting, around the count of days since it ended: "335 days". */
  daysSince: (days: string) => string;
  /** Before the next meeting announced, named and linked. */
  next: string;
  noNext: string;
  /** Above each side's latest stance on the issues most recently discussed. */
  stances: string;
  /** Before the other sides' demands a red line collides with. */
  collidesWith: string;
  /** The calendar of the rounds, among the feeds to follow at the foot of every page. */
  calendar: string;
}

export const play: InEveryEdition<PlayStrings> = {
  en: {
    heading: 'Where things stand',
    latest: 'Latest meeting:',
    noMeeting: 'No meeting of the talks is recorded yet.',
    daysSince: (days) => `${days} since it ended.`,
    next: 'Next announced meeting:',
    noNext: 'No further meeting has been announced.',
    stances: 'Each side’s latest stance on the issues most recently discussed:',
    collidesWith: 'collides with',
    calendar: 'Calendar',
  },
  ar: {
    heading: 'أين تقف المحادثات',
    latest: 'آخر اجتماع:',
    noMeeting: 'لم يُسجَّل أي اجتماع للمحادثات بعد.',
    daysSince: (days) => `مضى ${days} على انتهائه.`,
    next: 'الاجتماع المقبل المعلن:',
    noNext: 'لم يُعلَن عن أي اجتماع آخر.',
    stances: 'آخر موقف لكل طرف من أحدث القضايا المطروحة:',
    collidesWith: 'يتعارض مع',
    calendar: 'التقويم',
  },
  he: {
    heading: 'היכן הדברים עומדים',
    latest: 'הפגישה האחרונה:',
    noMeeting: 'עדיין לא תועדה אף פגישה במסגרת השיחות.',
    daysSince: (days) => `${days} מאז סיומה.`,
    next: 'הפגישה הבאה שהוכרזה:',
    noNext: 'לא הוכרזה פגישה נוספת.',
    stances: 'העמדה האחרונה של כל צד בנושאים שנדונו לאחרונה:',
    collidesWith: 'מתנגש עם',
    calendar: 'לוח שנה',
  },
};
