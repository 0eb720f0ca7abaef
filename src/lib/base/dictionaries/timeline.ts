/** The words of the timeline: the home page, the year pages, their cards, and the rhythm of the talks. */
import type { InEveryEdition } from '@/lib/base/locales';

/** Hebrew's "and", joined to the word it comes before, and by a hyphen to a number: "ו-3 אירועים", "ואירוע אחד". */
const andHe = (text: string): string => (/^\d/.test(text) ? `ו-${text}` : `ו${text}`);

export interface TimelineStrings {
  title: string;
  heading: string;
  /** The home page's opening line, around the count of numbered rounds. */
  lede: (numberedRounds: string) => string;
  newest: (count: number) => string;
  yearTitle: (year: number) => string;
  /** A year's opening line, around its counts. */
  yearLede: (meetings: string, events: string, year: number) => string;
  emptyYear: (year: number) => string;
  byYear: string;
  /** "(3 meetings, 2 events)" beside a year. */
  yearCounts: (meetings: string, events: string) => string;
  context: string;
  /** "59 days after round four". */
  gap: (days: string, after: string) => string;
  ledBy: string;
  mediatedBy: string;
  /** Between a lead's name lines: "Led by …; mediated by …". */
  leadSeparator: string;
  /** What a bounded list leaves out: "3 earlier rounds and events from 2025:". */
  earlier: (count: string, span: string) => string;
  findAll: string;
  orRead: string;
  yearsBefore: string;
  /** The years a span of entries covers. */
  yearSpan: (first: number, last: number) => string;
  rhythm: {
    title: string;
    stripLabel: string;
    asOf: string;
    held: string;
    upcoming: string;
    event: string;
    brackets: string;
    empty: string;
    /** The months the record spans. */
    span: (from: string, to: string) => string;
    longestPause: (days: string, after: string) => string;
    summary: (meetings: string, events: string, span: string, pause: string) => string;
  };
}

export const timeline: InEveryEdition<TimelineStrings> = {
  en: {
    title: 'Timeline',
    heading: 'The Israel–Syria security talks, round by round',
    lede: (numbered) =>
      `A sourced record of the talks the United States has mediated between Israel and Syria since the fall of Assad: ${numbered}, the other contacts, and the events around them. Meetings are set in full; context events are set lighter.`,
    newest: (count) => `The newest ${count} rounds and events, newest first; every year has its own page, in date order.`,
    yearTitle: (year) => `The talks in ${year}`,
    yearLede: (meetings, events, year) => `${meetings} and ${events} in ${year}, in date order.`,
    emptyYear: (year) => `No meeting or context event of the talks is recorded in ${year}.`,
    byYear: 'The timeline by year',
    yearCounts: (meetings, events) => `(${meetings}, ${events})`,
    context: 'Context',
    gap: (days, after) => `${days} after ${after}`,
    ledBy: 'Led by',
    mediatedBy: 'mediated by',
    leadSeparator: '; ',
    earlier: (count, span) => `${count} ${span}:`,
    findAll: 'find them all',
    orRead: ', or read the timeline of',
    yearsBefore: 'and the years before.',
    yearSpan: (first, last) => (first === last ? `from ${first}` : `from ${first} to ${last}`),
    rhythm: {
      title: 'The rhythm of the talks',
      stripLabel: 'The strip of meetings and events',
      asOf: 'As of',
      held: 'above the line: a meeting that took place',
      upcoming: 'dashed: a meeting announced and still to come',
      event: 'below the line: a context event',
      brackets: 'Brackets: the longest pauses between meetings, in days. Each mark links to its page.',
      empty: 'No meeting or context event is recorded yet.',
      span: (from, to) => (from === to ? `in ${from}` : `from ${from} to ${to}`),
      longestPause: (days, after) => `; the longest pause between meetings, ${days}, came after ${after}`,
      summary: (meetings, events, span, pause) => `${meetings} and ${events} ${span}${pause}.`,
    },
  },
  ar: {
    title: 'التسلسل الزمني',
    heading: 'المحادثات الأمنية السورية الإسرائيلية، جولةً بعد جولة',
    lede: (numbered) =>
      `سجل موثّق بالمصادر للمحادثات التي تتوسط فيها الولايات المتحدة بين إسرائيل وسوريا منذ سقوط الأسد: ${numbered}، والاتصالات الأخرى، والأحداث المحيطة بها. تظهر الاجتماعات بخط كامل، والأحداث ذات الصلة بخط أخف.`,
    newest: (count) => `أحدث ${count} من الجولات والأحداث، الأحدث أولًا؛ ولكل عام صفحته الخاصة مرتّبة حسب التاريخ.`,
    yearTitle: (year) => `المحادثات في عام ${year}`,
    yearLede: (meetings, events, year) => `${meetings} و${events} في عام ${year}، مرتّبة حسب التاريخ.`,
    emptyYear: (year) => `لا يسجّل السجل أي اجتماع أو حدث ذي صلة بالمحادثات في عام ${year}.`,
    byYear: 'التسلسل الزمني حسب العام',
    yearCounts: (meetings, events) => `(${meetings}، ${events})`,
    context: 'حدث ذو صلة',
    gap: (days, after) => `بعد ${days} من ${after}`,
    ledBy: 'برئاسة',
    mediatedBy: 'وبوساطة',
    leadSeparator: '؛ ',
    earlier: (count, span) => `${count} ${span}:`,
    findAll: 'اعثر عليها جميعًا',
    orRead: '، أو اقرأ التسلسل الزمني لعام',
    yearsBefore: 'والأعوام التي سبقته.',
    yearSpan: (first, last) => (first === last ? `من عام ${first}` : `من ${first} إلى ${last}`),
    rhythm: {
      title: 'إيقاع المحادثات',
      stripLabel: 'شريط الاجتماعات والأحداث',
      asOf: 'حتى',
      held: 'فوق الخط: اجتماع عُقد',
      upcoming: 'بخط متقطع: اجتماع أُعلن عنه ولم يُعقد بعد',
      event: 'تحت الخط: حدث ذو صلة',
      brackets: 'الأقواس: أطول فترات التوقف بين الاجتماعات، بالأيام. وكل علامة رابط إلى صفحتها.',
      empty: 'لم يُسجَّل أي اجتماع أو حدث ذي صلة بعد.',
      span: (from, to) => (from === to ? `في ${from}` : `من ${from} إلى ${to}`),
      longestPause: (days, after) => `؛ وجاءت أطول فترة توقف بين الاجتماعات، ${days}، بعد ${after}`,
      summary: (meetings, events, span, pause) => `${meetings} و${events} ${span}${pause}.`,
    },
  },
  he: {
    title: 'ציר הזמן',
    heading: 'שיחות הביטחון בין ישראל לסוריה, סבב אחר סבב',
    lede: (numbered) =>
      `תיעוד מבוסס מקורות של השיחות שארצות הברית מתווכת בין ישראל לסוריה מאז נפילת אסד: ${numbered}, שאר המגעים והאירועים שסביבם. הפגישות מוצגות במלואן, ואירועי הרקע בגופן בהיר יותר.`,
    newest: (count) => `${count} הסבבים והאירועים האחרונים, מהחדש לישן; לכל שנה עמוד משלה, לפי סדר התאריכים.`,
    yearTitle: (year) => `השיחות ב-${year}`,
    yearLede: (meetings, events, year) => `${meetings} ${andHe(events)} ב-${year}, לפי סדר התאריכים.`,
    emptyYear: (year) => `לא תועדו ב-${year} פגישה או אירוע רקע של השיחות.`,
    byYear: 'ציר הזמן לפי שנים',
    yearCounts: (meetings, events) => `(${meetings}, ${events})`,
    context: 'אירוע רקע',
    gap: (days, after) => `${days} אחרי ${after}`,
    ledBy: 'בראשות',
    mediatedBy: 'בתיווך',
    leadSeparator: '; ',
    earlier: (count, span) => `${count} ${span}:`,
    findAll: 'לחיפוש כולם',
    orRead: ', או לציר הזמן של',
    yearsBefore: 'והשנים שקדמו לה.',
    yearSpan: (first, last) => (first === last ? `מ-${first}` : `מ-${first} עד ${last}`),
    rhythm: {
      title: 'קצב השיחות',
      stripLabel: 'רצועת הפגישות והאירועים',
      asOf: 'נכון ליום',
      held: 'מעל הקו: פגישה שהתקיימה',
      upcoming: 'בקו מקווקו: פגישה שהוכרזה וטרם התקיימה',
      event: 'מתחת לקו: אירוע רקע',
      brackets: 'סוגריים: ההפסקות הארוכות ביותר בין הפגישות, בימים. כל סימון מקשר לעמוד שלו.',
      empty: 'טרם תועדו פגישה או אירוע רקע.',
      span: (from, to) => (from === to ? `ב${from}` : `מ${from} עד ${to}`),
      longestPause: (days, after) => `; ההפסקה הארוכה ביותר בין הפגישות, ${days}, באה אחרי ${after}`,
      summary: (meetings, events, span, pause) => `${meetings} ${andHe(events)} ${span}${pause}.`,
    },
  },
};
