/** The words of the issue pages and their index, and of the positions of one issue round by round. */
import type { InEveryEdition } from '@/lib/base/locales';

export interface IssuesStrings {
  index: { title: string; description: string; lede: string };
  kicker: string;
  alsoCalled: string;
  searchEvery: string;
  follow: string;
  meetings: string;
  about: string;
  positions: {
    heading: string;
    /** How the marks read, before the links to the matrix and the board. */
    marks: string;
    matrixBefore: string;
    matrixLink: string;
    boardBefore: string;
    boardLink: string;
    caption: string;
  };
}

export const issues: InEveryEdition<IssuesStrings> = {
  en: {
    index: {
      title: 'Issues',
      description: "Every recurring issue in the Israel–Syria security talks, with each side's stated positions round by round.",
      lede: 'The questions the talks keep returning to. Each page shows what each side has said about the issue, round by round, with red lines marked.',
    },
    kicker: 'Issue',
    alsoCalled: 'Also called:',
    searchEvery: 'Search every page on this issue',
    follow: 'Follow this issue',
    meetings: 'Rounds and events where it came up',
    about: 'Background and positions over time',
    positions: {
      heading: 'Positions round by round',
      marks:
        '“Changed”, with how, marks a stance the editors judged, from its sources, to move from what the same side last said on this issue (at any earlier meeting, even one that did not take place); “Restated” marks one that says it again.',
      matrixBefore: 'Every issue side by side: the ',
      matrixLink: 'positions matrix',
      boardBefore: "; every side's red lines: the ",
      boardLink: 'red-lines board',
      caption: 'Each side’s stances at the latest meetings where one was stated, oldest first',
    },
  },
  ar: {
    index: {
      title: 'القضايا',
      description: 'كل القضايا المتكررة في المحادثات الأمنية السورية الإسرائيلية، مع المواقف المعلنة لكل طرف جولةً بعد جولة.',
      lede: 'المسائل التي تعود إليها المحادثات مرة بعد مرة. وتعرض صفحة كل قضية ما قاله كل طرف بشأنها، جولةً بعد جولة، مع تمييز الخطوط الحمراء.',
    },
    kicker: 'قضية',
    alsoCalled: 'تُسمّى أيضًا:',
    searchEvery: 'ابحث في كل الصفحات عن هذه القضية',
    follow: 'تابع هذه القضية',
    meetings: 'الجولات والأحداث التي طُرحت فيها',
    about: 'الخلفية وتطور المواقف',
    positions: {
      heading: 'المواقف جولةً بعد جولة',
      marks:
        'تدل علامة «تغيّر»، مع بيان كيفية التغيّر، على موقف رأى المحررون، استنادًا إلى مصادره، أنه ابتعد عمّا قاله الطرف نفسه آخر مرة بشأن هذه القضية (في أي اجتماع سابق، ولو لم يُعقد)؛ وتدل علامة «تكرار للموقف» على موقف يعيد قوله.',
      matrixBefore: 'كل القضايا جنبًا إلى جنب: ',
      matrixLink: 'مصفوفة المواقف',
      boardBefore: '؛ والخطوط الحمراء لكل طرف: ',
      boardLink: 'لوحة الخطوط الحمراء',
      caption: 'مواقف كل طرف في أحدث الاجتماعات التي أُعلن فيها موقف، الأقدم أولًا',
    },
  },
  he: {
    index: {
      title: 'סוגיות',
      description: 'כל הסוגיות החוזרות בשיחות הביטחון בין ישראל לסוריה, עם העמדות המוצהרות של כל צד, סבב אחר סבב.',
      lede: 'השאלות שהשיחות שבות אליהן שוב ושוב. בעמוד של כל סוגיה מוצג מה אמר עליה כל צד, סבב אחר סבב, והקווים האדומים מסומנים.',
    },
    kicker: 'סוגיה',
    alsoCalled: 'נקראת גם:',
    searchEvery: 'חיפוש בכל העמודים על סוגיה זו',
    follow: 'מעקב אחר סוגיה זו',
    meetings: 'סבבים ואירועים שבהם עלתה',
    about: 'רקע ועמדות לאורך זמן',
    positions: {
      heading: 'עמדות, סבב אחר סבב',
      marks:
        '"שינוי", עם פירוט האופן, מסמן עמדה שהעורכים קבעו, על סמך מקורותיה, שהיא זזה ממה שאמר אותו צד בפעם האחרונה על סוגיה זו (בכל פגישה קודמת, גם כזו שלא התקיימה); "חזרה על עמדה" מסמנת עמדה שחוזרת על הדברים.',
      matrixBefore: 'כל הסוגיות זו לצד זו: ',
      matrixLink: 'מטריצת העמדות',
      boardBefore: '; הקווים האדומים של כל צד: ',
      boardLink: 'לוח הקווים האדומים',
      caption: 'העמדות של כל צד בפגישות האחרונות שבהן הוצהרה עמדה, מהישנה לחדשה',
    },
  },
};
