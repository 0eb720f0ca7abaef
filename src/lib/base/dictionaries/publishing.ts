/**
 * The words of what the site publishes for reuse, in every edition: its feeds, its calendar, its link previews and
 * structured data, and the box that cites a round. Read as `ui.publishing`. Typed by locale rather than as
 * `InEveryEdition` (the same shape), which src/lib/base/ui.ts declares and would make an import cycle.
 */
import type { Locale } from '@/lib/base/locales';

/** Every word the feeds, the calendar, the previews, the structured data and the cite box write. */
export interface PublishingStrings {
  /** What the line of a feed's links starts with: "Follow: RSS · JSON Feed". */
  follow: string;
  /** A feed about one thing, as a reader lists it: "Ron Dermer · Israel–Syria Talks Record". */
  feedTitle: (name: string, site: string) => string;
  personFeedDescription: (name: string) => string;
  issueFeedDescription: (title: string) => string;
  corrections: string;
  correctionsFeedDescription: string;
  /** The terms of a feed item's key facts that the round page's own do not cover. */
  facts: { meeting: string; people: string; date: string };
  /** A side's delegation among a feed item's facts. */
  delegationOf: (side: string) => string;
  /** Between the delegates of a side, each of whom may have a role after a comma: "A (head), minister; B". */
  delegateSeparator: string;
  /** The newest correction, first in a feed item. */
  updatedOn: (day: string) => string;
  /** The calendar's name in a calendar app. */
  calendarName: (site: string) => string;
  /** What the picture of every link preview shows. */
  siteCardAlt: (site: string) => string;
  /** The home page as the first step of a breadcrumb trail. */
  home: string;
  cite: {
    heading: string;
    shortLink: string;
    reference: string;
    bibtex: string;
    copyReference: string;
    copyBibtex: string;
    note: string;
    /** The copy button's word. */
    copy: string;
    copied: string;
    copyUnavailable: string;
    lastUpdated: (day: string) => string;
    /**
     * A title in a reference, in the language's quotation marks and ending the sentence, followed in a translated
     * edition by the page's English title when it has one of its own.
     */
    citedTitle: (title: string, englishTitle: string | undefined) => string;
    /** The page's English title, as a translated edition's BibTeX entry gives it. */
    englishTitle: (title: string) => string;
    /** BibTeX's `language` field of a translated edition's entry; the English's has none. */
    bibtexLanguage: string | undefined;
  };
}

export const publishing: Record<Locale, PublishingStrings> = {
  en: {
    follow: 'Follow',
    feedTitle: (name, site) => `${name} · ${site}`,
    personFeedDescription: (name) => `Every round and event of the Israel–Syria talks that ${name} took part in or is named in.`,
    issueFeedDescription: (title) => `Every round and event of the Israel–Syria talks at which ${title} came up.`,
    corrections: 'Corrections',
    correctionsFeedDescription:
      'Every correction and addition made to a published page of the record of the Israel–Syria talks, newest first.',
    facts: { meeting: 'Meeting', people: 'People', date: 'Date' },
    delegationOf: (side) => `Delegation of ${side}`,
    delegateSeparator: '; ',
    updatedOn: (day) => `Updated ${day}`,
    calendarName: (site) => `${site}: rounds`,
    siteCardAlt: (site) => `${site}: the sourced public record of the US-mediated Israel–Syria security talks, round by round`,
    home: 'Home',
    cite: {
      heading: 'Cite this round',
      shortLink: 'Short link',
      reference: 'Reference',
      bibtex: 'BibTeX',
      copyReference: 'Copy the reference',
      copyBibtex: 'Copy the BibTeX entry',
      note: 'Both cite the page as it was last updated. Add the day you read it if your style asks for one.',
      copy: 'Copy',
      copied: 'Copied',
      copyUnavailable: 'Copying is not available here: the text is selected, copy it with your keyboard or menu',
      lastUpdated: (day) => `Last updated ${day}`,
      // The full stop goes inside the quotation marks, as English references write it.
      citedTitle: (title) => `"${/[.?!]$/.test(title) ? title : `${title}.`}"`,
      englishTitle: (title) => `English: “${title}”`,
      bibtexLanguage: undefined,
    },
  },
  ar: {
    follow: 'للمتابعة',
    feedTitle: (name, site) => `${name} · ${site}`,
    personFeedDescription: (name) => `كل جولة أو حدث في المحادثات بين إسرائيل وسوريا شهد مشاركةً أو ذِكرًا لـ${name}.`,
    issueFeedDescription: (title) => `كل جولة أو حدث في المحادثات بين إسرائيل وسوريا طُرحت فيه قضية «${title}».`,
    corrections: 'التصحيحات',
    correctionsFeedDescription: 'كل تصحيح أو إضافة أُدخلا على صفحة منشورة من سجل المحادثات بين إسرائيل وسوريا، الأحدث أولًا.',
    facts: { meeting: 'الاجتماع', people: 'الأشخاص', date: 'التاريخ' },
    delegationOf: (side) => `وفد ${side}`,
    delegateSeparator: '؛ ',
    updatedOn: (day) => `حُدّث في ${day}`,
    calendarName: (site) => `${site}: الجولات`,
    siteCardAlt: (site) => `${site}: السجل العام الموثّق للمحادثات الأمنية بين إسرائيل وسوريا بوساطة أمريكية، جولةً بعد جولة`,
    home: 'الرئيسية',
    cite: {
      heading: 'الإحالة إلى هذه الجولة',
      shortLink: 'رابط مختصر',
      reference: 'المرجع',
      bibtex: 'BibTeX',
      copyReference: 'انسخ المرجع',
      copyBibtex: 'انسخ مدخل BibTeX',
      note: 'يحيل كلاهما إلى الصفحة كما كانت عند آخر تحديث لها. أضف تاريخ اطلاعك عليها إن تطلّب ذلك أسلوب التوثيق الذي تتبعه.',
      copy: 'نسخ',
      copied: 'تم النسخ',
      copyUnavailable: 'النسخ غير متاح هنا: النص محدَّد، انسخه بلوحة المفاتيح أو من القائمة',
      lastUpdated: (day) => `آخر تحديث ${day}`,
      citedTitle: (title, english) => `«${title}»${english === undefined ? '' : ` [بالإنجليزية: “${english}”]`}.`,
      englishTitle: (title) => `بالإنجليزية: “${title}”`,
      bibtexLanguage: 'arabic',
    },
  },
  he: {
    follow: 'למעקב',
    feedTitle: (name, site) => `${name} · ${site}`,
    personFeedDescription: (name) => `כל הסבבים והאירועים בשיחות בין ישראל לסוריה עם השתתפות או אזכור של ${name}.`,
    issueFeedDescription: (title) => `כל הסבבים והאירועים בשיחות בין ישראל לסוריה שבהם עלתה הסוגיה "${title}".`,
    corrections: 'תיקונים',
    correctionsFeedDescription: 'כל תיקון ותוספת שנעשו בעמוד שפורסם בתיעוד השיחות בין ישראל לסוריה, מהחדש לישן.',
    facts: { meeting: 'פגישה', people: 'אנשים', date: 'תאריך' },
    delegationOf: (side) => `משלחת ${side}`,
    delegateSeparator: '; ',
    updatedOn: (day) => `עודכן ב-${day}`,
    calendarName: (site) => `${site}: סבבים`,
    siteCardAlt: (site) => `${site}: התיעוד הציבורי, המבוסס על מקורות, של שיחות הביטחון בין ישראל לסוריה בתיווך אמריקאי, סבב אחר סבב`,
    home: 'דף הבית',
    cite: {
      heading: 'איך לצטט את הסבב',
      shortLink: 'קישור מקוצר',
      reference: 'מראה מקום',
      bibtex: 'BibTeX',
      copyReference: 'העתקת מראה המקום',
      copyBibtex: 'העתקת רשומת BibTeX',
      note: 'שניהם מפנים לעמוד כפי שהיה בעדכונו האחרון. הוסיפו את תאריך הקריאה אם שיטת הציטוט שלכם דורשת זאת.',
      copy: 'העתקה',
      copied: 'הועתק',
      copyUnavailable: 'ההעתקה אינה זמינה כאן: הטקסט מסומן, העתיקו אותו במקלדת או מהתפריט',
      lastUpdated: (day) => `עודכן לאחרונה ב-${day}`,
      citedTitle: (title, english) => `"${title}"${english === undefined ? '' : ` [באנגלית: "${english}"]`}.`,
      englishTitle: (title) => `באנגלית: "${title}"`,
      bibtexLanguage: 'hebrew',
    },
  },
};
