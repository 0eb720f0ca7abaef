/** The Hebrew edition's interface, in modern Hebrew: the keys of `en.ts`, each in the words of the Hebrew press. */
import type { CoreStrings } from '@/lib/base/dictionaries/en';

/** The ordinals of a round in a sentence, with the article: "הסבב החמישי". */
const HEBREW_ORDINALS = ['הראשון', 'השני', 'השלישי', 'הרביעי', 'החמישי', 'השישי', 'השביעי', 'השמיני', 'התשיעי', 'העשירי'];

export const he: CoreStrings = {
  siteTitle: 'תיעוד השיחות בין ישראל לסוריה',
  siteDescription:
    'התיעוד הציבורי, המבוסס על מקורות, של שיחות הביטחון בין ישראל לסוריה בתיווך אמריקאי: כל סבב, מי השתתף, מה אמר כל צד והיכן דווח.',
  skipToContent: 'דלג לתוכן',
  mainNavigation: 'ניווט ראשי',
  nav: { timeline: 'ציר הזמן', people: 'אנשים', issues: 'סוגיות', positions: 'עמדות', redLines: 'קווים אדומים' },
  footerNote: 'כל עובדה באתר מבוססת על מקור, וכל עמוד מפרט את מקורותיו. תיקונים מצוינים בעמוד שהם משנים.',
  aboutNavigation: 'על התיעוד',
  about: {
    methods: 'כיצד נבנה התיעוד',
    numbering: 'כיצד ממוספרים הסבבים',
    data: 'נתונים פתוחים והרישיון שלהם',
    corrections: 'כל התיקונים',
  },
  editions: 'עמוד זה בשפות נוספות',
  sectionLink: (title) => `קישור לסעיף "${title}"`,
  untranslated: 'עמוד זה טרם תורגם. העובדות שבו מוצגות בעברית, והטקסט שלו באנגלית.',
  staleTranslation: (day) =>
    day === undefined
      ? 'הטקסט האנגלי של עמוד זה השתנה מאז שתורגם; התרגום מתעדכן.'
      : `הטקסט האנגלי של עמוד זה עודכן ב-${day}; התרגום מתעדכן.`,
  readTheEnglish: 'לטקסט באנגלית',
  // The conjunction ו is written joined to the word it comes before: "סוריה וארצות הברית".
  list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ו${items.at(-1) ?? ''}`),
  confirmedBy: (names) => `אושר על ידי ${names}`,
  pressOnly: 'דווח בעיתונות בלבד',
  reportedOn: 'מועד הדיווח:',
  roundLabel: (n) => (n === undefined ? 'מגע ישיר' : `סבב ${n}`),
  roundInSentence: (n) => (HEBREW_ORDINALS[n - 1] === undefined ? `סבב ${n}` : `הסבב ${HEBREW_ORDINALS[n - 1]}`),
  reportedOnDay: (day) => `דווח ב-${day}`,
  // The preposition ב is written joined to the city: "סבב 5 בפריז".
  inCity: (label, city) => `${label} ב${city}`,
  comma: ', ',
  statuses: {
    held: 'התקיים',
    postponed: 'הוכרז ונדחה',
    cancelled: 'הוכרז ובוטל',
    upcoming: 'צפוי',
    notYetHeld: (day) => `הוכרז ל-${day}; טרם דווח שהתקיים`,
  },
  cities: { Paris: 'פריז', Baku: 'באקו', London: 'לונדון', Amman: 'עמאן', Damascus: 'דמשק', 'Border region': 'אזור הגבול' },
  round: {
    when: 'מתי',
    place: 'מקום',
    status: 'סטטוס',
    confirmation: 'אישור',
    issues: 'סוגיות',
    delegationsCaption: (held) => `${held ? 'מי השתתף' : 'מי נקבע להשתתף'}, לפי צד; ראש כל משלחת, או המתווך הראשי, מופיע ראשון`,
    delegations: 'משלחות',
    positions: 'עמדות וקווים אדומים',
    noPositions: 'המקורות אינם מדווחים על עמדת צד כלשהו בפגישה זו.',
    side: 'צד',
    people: 'אנשים (ראש המשלחת או המתווך הראשי תחילה)',
    previous: '→ הקודם',
    next: 'הבא ←',
    pager: 'הפגישה הקודמת והבאה',
    numberingLink: 'כיצד ממוספרים הסבבים',
  },
  dateInferred: 'עמוד ללא תאריך; התאריך הוסק מתוכנו',
  noAddress: 'כתובת אינטרנט אינה ידועה',
  notFound: {
    title: 'העמוד לא נמצא',
    description: 'עמוד זה אינו קיים. ציר הזמן והמפתחות של האנשים והסוגיות מפרטים את כל מה שהאתר מפרסם.',
    lede: 'אין עמוד בכתובת זו. עמודים שפורסמו שומרים על כתובתם, ולכן ייתכן שהקישור הוקלד בטעות.',
    timeline: 'ציר הזמן',
    timelineWhat: ': הסבבים והאירועים האחרונים, עם עמוד לכל שנה',
    people: 'אנשים',
    peopleWhat: ': כל מי שנזכר בשיחות, לפי צד',
    issues: 'סוגיות',
    issuesWhat: ': עמדות כל צד, סבב אחר סבב',
  },
  sources: 'מקורות',
  updates: 'עדכונים ותיקונים',
};
