/** The words of the embeddable cards and of the "Embed this" box that offers them, in every edition. Read as `ui.embed`. */
import type { InEveryEdition } from '@/lib/base/locales';

export interface EmbedStrings {
  /** The box on a round or issue page. */
  box: {
    heading: string;
    /** What the card does, and the parameter that forces its colours. */
    note: string;
    copy: string;
  };
  timelineTitle: string;
  /** A round card's facts. */
  when: string;
  place: string;
  status: string;
  ledBy: string;
  readRound: string;
  /** An issue card. */
  latestStances: string;
  noStances: string;
  readIssue: string;
  /** The mini timeline. */
  latestMeetings: string;
  readTimeline: string;
  /** The data page's line on the cards' oEmbed files, before the link to their JSON Schema. */
  oembedData: string;
  oembedSchema: string;
}

export const embed: InEveryEdition<EmbedStrings> = {
  en: {
    box: {
      heading: 'Embed this',
      note: 'The card sizes itself and follows the reader’s light or dark setting; add ?theme=light or ?theme=dark to its address to force one.',
      copy: 'Copy the embed code',
    },
    timelineTitle: 'The latest meetings of the Israel–Syria talks',
    when: 'When',
    place: 'Where',
    status: 'Status',
    ledBy: 'Led by',
    readRound: 'The full record of this round',
    latestStances: 'Each side’s latest stance',
    noStances: 'No side has stated a position on this issue at a meeting yet.',
    readIssue: 'Every stance on this issue, round by round',
    latestMeetings: 'The latest meetings',
    readTimeline: 'The whole timeline',
    oembedData:
      'Each round, each issue and the timeline can also be embedded in another site as a card, from its page’s Embed this box or its oEmbed file, which the page announces and which is described by',
    oembedSchema: 'its JSON Schema',
  },
  ar: {
    box: {
      heading: 'تضمين',
      note: 'تضبط البطاقة ارتفاعها بنفسها وتتبع إعداد القارئ الفاتح أو الداكن، ولفرض أحدهما أضف ‎?theme=light‎ أو ‎?theme=dark‎ إلى عنوانها.',
      copy: 'انسخ شيفرة التضمين',
    },
    timelineTitle: 'أحدث اجتماعات المحادثات السورية الإسرائيلية',
    when: 'الموعد',
    place: 'المكان',
    status: 'الحالة',
    ledBy: 'ترأّس الوفد',
    readRound: 'السجل الكامل لهذه الجولة',
    latestStances: 'أحدث موقف لكل طرف',
    noStances: 'لم يعلن أي طرف بعد موقفاً من هذه القضية في اجتماع.',
    readIssue: 'كل المواقف من هذه القضية جولة بجولة',
    latestMeetings: 'أحدث الاجتماعات',
    readTimeline: 'التسلسل الزمني كاملاً',
    oembedData:
      'ويمكن أيضاً تضمين كل جولة وكل قضية والتسلسل الزمني في موقع آخر على شكل بطاقة، من خانة «تضمين» في صفحتها أو من ملف oEmbed الذي تعلن عنه الصفحة، ويصفه',
    oembedSchema: 'مخطط JSON الخاص به',
  },
  he: {
    box: {
      heading: 'הטמעה',
      note: 'הכרטיס מתאים את גובהו בעצמו ואת צבעיו להגדרת הבהיר או הכהה של הקורא; כדי לכפות אחת מהן, הוסיפו ‎?theme=light‎ או ‎?theme=dark‎ לכתובתו.',
      copy: 'העתקת קוד ההטמעה',
    },
    timelineTitle: 'הפגישות האחרונות בשיחות בין ישראל לסוריה',
    when: 'מתי',
    place: 'היכן',
    status: 'מצב',
    ledBy: 'בראש המשלחת',
    readRound: 'התיעוד המלא של הסבב',
    latestStances: 'העמדה האחרונה של כל צד',
    noStances: 'אף צד עדיין לא הציג עמדה בסוגיה זו בפגישה.',
    readIssue: 'כל העמדות בסוגיה, סבב אחר סבב',
    latestMeetings: 'הפגישות האחרונות',
    readTimeline: 'ציר הזמן המלא',
    oembedData:
      'אפשר גם להטמיע כל סבב, כל סוגיה ואת ציר הזמן באתר אחר ככרטיס, מתיבת „הטמעה” בדף שלהם או מקובץ ה־oEmbed שהדף מכריז עליו, ואותו מתאר',
    oembedSchema: 'סכמת ה־JSON שלו',
  },
};
