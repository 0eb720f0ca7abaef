/**
 * The words of a comparison of two rounds. Plain text only, blanks as `{name}` (see fillIn) and counts as PluralForms:
 * the compare page hands one edition's words to the script that compares in the reader's browser.
 */
import type { PluralForms } from '@/lib/base/numbers';
import type { InEveryEdition } from '@/lib/base/locales';

type Change = 'new' | 'dropped' | 'changed' | 'same' | 'unjudged';
interface SectionWords {
  title: string;
  caption: string;
  subjectHeading: string;
  empty: string;
}

export interface CompareStrings {
  changes: Record<Change, string>;
  meanings: Record<Change, string>;
  place: SectionWords;
  delegations: SectionWords;
  positions: SectionWords;
  redLines: SectionWords;
  facts: { dates: string; city: string; country: string; venue: string };
  /** "7 days later". */
  later: PluralForms;
  sameDay: string;
  overlapping: string;
  /** "{name} ({doubt})": a delegate whose presence is in doubt. */
  withDoubt: string;
  joined: string;
  left: string;
  nowHeadedBy: string;
  /** Between names, and between the parts of a row's detail. */
  listSeparator: string;
  detailSeparator: string;
  nowRedLine: string;
  noLongerRedLine: string;
  /** "{n} {change}": a count of rows in the summary line. */
  summaryCount: string;
  summarySection: string;
  noChange: string;
  earlierRound: string;
  laterRound: string;
  noneRecorded: string;
  mediator: string;
  sourceOf: string;
  sameRound: string;
  loading: string;
  comparing: string;
  notFound: string;
}

export const compare: InEveryEdition<CompareStrings> = {
  en: {
    changes: { same: 'unchanged', new: 'new', dropped: 'dropped', changed: 'changed', unjudged: 'not judged' },
    meanings: {
      new: 'recorded at the later round only',
      dropped: 'recorded at the earlier round only',
      changed: 'recorded at both, differently; a stance as the editors judged it from its sources, with how',
      same: 'recorded at both, the same; a stance as the editors judged it, restated',
      unjudged: 'a stance recorded at both that the editors have not yet judged restated or changed',
    },
    place: { title: 'Where and when', caption: 'Dates and place of each round', subjectHeading: 'Fact', empty: '' },
    delegations: {
      title: 'Delegations and mediators',
      caption: 'Who attended, by side; the head of each delegation is listed first',
      subjectHeading: 'Side',
      empty: 'Neither round records a delegation.',
    },
    positions: {
      title: 'Positions',
      caption: 'What each side stated, issue by issue',
      subjectHeading: 'Issue and side',
      empty: "Neither round records a side's position.",
    },
    redLines: {
      title: 'Red lines',
      caption: 'The red lines each side stated, issue by issue',
      subjectHeading: 'Issue and side',
      empty: 'Neither round records a red line.',
    },
    facts: { dates: 'Dates', city: 'City', country: 'Country', venue: 'Venue' },
    later: { one: '# day later', other: '# days later' },
    sameDay: 'the same day',
    overlapping: 'while the earlier round was still under way',
    withDoubt: '{name} ({doubt})',
    joined: 'joined: {names}',
    left: 'left: {names}',
    nowHeadedBy: 'now headed by {name}',
    listSeparator: ', ',
    detailSeparator: '; ',
    nowRedLine: 'now a red line',
    noLongerRedLine: 'no longer a red line',
    summaryCount: '{n} {change}',
    summarySection: '{section}: {counts}.',
    noChange: 'no change',
    earlierRound: 'Earlier round',
    laterRound: 'Later round',
    noneRecorded: 'none recorded',
    mediator: '(mediator)',
    sourceOf: 'Source {n} of {round}',
    sameRound: 'These are the same round: choose two different rounds.',
    loading: 'Loading the two rounds…',
    comparing: 'Comparing {earlier} with {later}.',
    notFound: 'No held round has this address: choose two rounds from the lists, or open a comparison below.',
  },
  ar: {
    changes: { same: 'بلا تغيير', new: 'جديد', dropped: 'سقط', changed: 'تغيّر', unjudged: 'لم يُحكم فيه' },
    meanings: {
      new: 'مسجَّل في الجولة اللاحقة فقط',
      dropped: 'مسجَّل في الجولة السابقة فقط',
      changed: 'مسجَّل في الجولتين بصورة مختلفة؛ موقف رأى المحررون، استنادًا إلى مصادره، أنه تغيّر، مع بيان كيفية التغيّر',
      same: 'مسجَّل في الجولتين بالصورة نفسها؛ موقف رأى المحررون أنه تكرار لما سبقه',
      unjudged: 'موقف مسجَّل في الجولتين لم يحكم المحررون بعد هل تكرّر أم تغيّر',
    },
    place: { title: 'أين ومتى', caption: 'مواعيد كل جولة ومكانها', subjectHeading: 'المعلومة', empty: '' },
    delegations: {
      title: 'الوفود والوسطاء',
      caption: 'من حضر، حسب الطرف؛ ويُذكر رئيس كل وفد أولًا',
      subjectHeading: 'الطرف',
      empty: 'لا تسجّل أيٌّ من الجولتين وفدًا.',
    },
    positions: {
      title: 'المواقف',
      caption: 'ما أعلنه كل طرف، قضيةً بعد قضية',
      subjectHeading: 'القضية والطرف',
      empty: 'لا تسجّل أيٌّ من الجولتين موقفًا لأي طرف.',
    },
    redLines: {
      title: 'الخطوط الحمراء',
      caption: 'الخطوط الحمراء التي أعلنها كل طرف، قضيةً بعد قضية',
      subjectHeading: 'القضية والطرف',
      empty: 'لا تسجّل أيٌّ من الجولتين خطًا أحمر.',
    },
    facts: { dates: 'المواعيد', city: 'المدينة', country: 'الدولة', venue: 'مكان الانعقاد' },
    later: { one: 'بعد يوم واحد', two: 'بعد يومين', few: 'بعد # أيام', many: 'بعد # يومًا', other: 'بعد # يوم' },
    sameDay: 'في اليوم نفسه',
    overlapping: 'فيما كانت الجولة السابقة لا تزال جارية',
    withDoubt: '{name} ({doubt})',
    joined: 'انضم: {names}',
    left: 'غادر: {names}',
    nowHeadedBy: 'يرأسه الآن {name}',
    listSeparator: '، ',
    detailSeparator: '؛ ',
    nowRedLine: 'صار خطًا أحمر',
    noLongerRedLine: 'لم يعد خطًا أحمر',
    summaryCount: '{change}: {n}',
    summarySection: '{section}: {counts}.',
    noChange: 'لا تغيير',
    earlierRound: 'الجولة السابقة',
    laterRound: 'الجولة اللاحقة',
    noneRecorded: 'لا شيء مسجَّل',
    mediator: '(وسيط)',
    sourceOf: 'المصدر {n} من مصادر {round}',
    sameRound: 'هذه هي الجولة نفسها: اختر جولتين مختلفتين.',
    loading: 'جارٍ تحميل الجولتين…',
    comparing: 'مقارنة {earlier} بـ{later}.',
    notFound: 'لا توجد جولة عُقدت بهذا العنوان: اختر جولتين من القائمتين، أو افتح إحدى المقارنات أدناه.',
  },
  he: {
    changes: { same: 'ללא שינוי', new: 'חדש', dropped: 'נשמט', changed: 'השתנה', unjudged: 'טרם נשפט' },
    meanings: {
      new: 'מתועד בסבב המאוחר בלבד',
      dropped: 'מתועד בסבב המוקדם בלבד',
      changed: 'מתועד בשניהם, באופן שונה; עמדה שהעורכים קבעו, על סמך מקורותיה, שהשתנתה, עם פירוט האופן',
      same: 'מתועד בשניהם, באותו אופן; עמדה שהעורכים קבעו שהיא חזרה על הקודמת',
      unjudged: 'עמדה המתועדת בשניהם שהעורכים טרם קבעו אם חזרה או השתנתה',
    },
    place: { title: 'היכן ומתי', caption: 'התאריכים והמקום של כל סבב', subjectHeading: 'פרט', empty: '' },
    delegations: {
      title: 'משלחות ומתווכים',
      caption: 'מי השתתף, לפי צד; ראש כל משלחת מופיע ראשון',
      subjectHeading: 'צד',
      empty: 'באף אחד מהסבבים לא תועדה משלחת.',
    },
    positions: {
      title: 'עמדות',
      caption: 'מה הצהיר כל צד, סוגיה אחר סוגיה',
      subjectHeading: 'סוגיה וצד',
      empty: 'באף אחד מהסבבים לא תועדה עמדה של צד כלשהו.',
    },
    redLines: {
      title: 'קווים אדומים',
      caption: 'הקווים האדומים שהציב כל צד, סוגיה אחר סוגיה',
      subjectHeading: 'סוגיה וצד',
      empty: 'באף אחד מהסבבים לא תועד קו אדום.',
    },
    facts: { dates: 'תאריכים', city: 'עיר', country: 'מדינה', venue: 'מקום' },
    later: { one: 'יום אחד אחר כך', two: 'יומיים אחר כך', other: '# ימים אחר כך' },
    sameDay: 'באותו יום',
    overlapping: 'בעוד הסבב המוקדם עדיין נמשך',
    withDoubt: '{name} ({doubt})',
    joined: 'הצטרפו: {names}',
    left: 'עזבו: {names}',
    nowHeadedBy: 'כעת בראשות {name}',
    listSeparator: ', ',
    detailSeparator: '; ',
    nowRedLine: 'כעת קו אדום',
    noLongerRedLine: 'כבר אינו קו אדום',
    summaryCount: '{change}: {n}',
    summarySection: '{section}: {counts}.',
    noChange: 'אין שינוי',
    earlierRound: 'הסבב המוקדם',
    laterRound: 'הסבב המאוחר',
    noneRecorded: 'לא תועד דבר',
    mediator: '(מתווך)',
    sourceOf: 'מקור {n} של {round}',
    sameRound: 'זהו אותו סבב: יש לבחור שני סבבים שונים.',
    loading: 'טוען את שני הסבבים…',
    comparing: 'השוואה בין {earlier} לבין {later}.',
    notFound: 'אין סבב שהתקיים בכתובת זו: יש לבחור שני סבבים מהרשימות, או לפתוח אחת ההשוואות שלהלן.',
  },
};
