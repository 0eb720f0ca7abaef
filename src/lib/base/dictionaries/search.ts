/**
 * Search's words in every edition: the search page and the header's field, as the build writes them, and the words the
 * browser writes as a reader searches. Those are plain strings with `{placeholders}` (src/lib/base/browser-words.ts),
 * so an edition's own words travel to the browser as data: the search page's in the page, the header panel's with the
 * edition's cards.
 */
import type { PageWords, PanelWords } from '@/lib/base/browser-words';
import type { Locale } from '@/lib/base/locales';

export interface SearchWords {
  title: string;
  description: string;
  heading: string;
  /** The header field's label, read by screen readers. */
  fieldLabel: string;
  placeholder: string;
  button: string;
  cardsLabel: string;
  /** The header panel's link to the search page, before a search has counted its results. */
  allResultsLink: string;
  wordsToFind: string;
  /** Before examples of names in three scripts. */
  hint: string;
  order: string;
  sorts: { relevance: string; newest: string; oldest: string };
  showMore: string;
  /** Before links to the timeline, the people and the issues. */
  noScript: string;
  /** Around `npm run build` and `npm run preview`, under the development server. */
  needsBuild: readonly [string, string, string];
  /** Each kind of page, as results and the filter name it. */
  kinds: { round: string; event: string; person: string; issue: string; note: string };
  panel: PanelWords;
  page: PageWords;
}

const en: SearchWords = {
  title: 'Search',
  description: 'Search every round, event, person and issue of the record, and filter by person, issue, side, year and kind of page.',
  heading: 'Search the record',
  fieldLabel: 'Search the record',
  placeholder: 'Search: press /',
  button: 'Search',
  cardsLabel: 'People and issues',
  allResultsLink: 'All results, with filters',
  wordsToFind: 'Words to find',
  hint: 'Names work in any spelling the sources use, in Latin, Arabic or Hebrew script:',
  order: 'Order',
  sorts: { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' },
  showMore: 'Show more results',
  noScript: 'Search needs JavaScript, which is off in this browser. Everything it finds can also be reached from these pages:',
  needsBuild: ['Search reads the index a build makes, which the development server does not. Run ', ', then ', ', to search.'],
  kinds: { round: 'Round', event: 'Event', person: 'Person', issue: 'Issue', note: 'Note' },
  panel: {
    results: { none: 'No results', one: '1 result', other: '{count} results' },
    resultsFor: '{results} for “{query}”',
    allResults: 'All {count} results, with filters',
    filterThese: 'Filter these results',
    notLoaded: 'Search could not be loaded. Try again, or use the People and Issues pages.',
    foundBySpelling: 'Found by the spelling {spellings}.',
    quoted: '“{text}”',
    listSeparator: ', ',
    card: {
      person: 'Person',
      issue: 'Issue',
      notInDelegation: 'Not in any round’s delegation yet',
      attended: { one: 'Attended 1 round', other: 'Attended {count} rounds' },
      uncertain: ' (at {count} of them, attendance not settled by the sources)',
      latest: '; latest ',
      notTakenUp: 'Not taken up in any round yet',
      cameUpIn: { one: 'Came up in 1 round', other: 'Came up in {count} rounds' },
      theLatest: ', the latest:',
      them: ':',
    },
  },
  page: {
    askForCriteria: 'Type words to find, or choose a person, an issue, a side, a year or a kind of page.',
    notLoaded: 'Search could not be loaded. Reload the page to try again, or browse the timeline, the people and the issues.',
    filters: 'Filters',
    filtersChosen: 'Filters ({count} chosen)',
    ofBeforeFilters: ' (of {count} before filters)',
    legends: { person: 'People', issue: 'Issues', side: 'Sides', year: 'Year', kind: 'Kind of page' },
  },
};

const ar: SearchWords = {
  title: 'بحث',
  description: 'ابحث في كل جولة وحدث وشخصية وقضية في السجل، وصفِّ النتائج حسب الشخص والقضية والطرف والسنة ونوع الصفحة.',
  heading: 'البحث في السجل',
  fieldLabel: 'البحث في السجل',
  placeholder: 'بحث: اضغط /',
  button: 'بحث',
  cardsLabel: 'أشخاص وقضايا',
  allResultsLink: 'كل النتائج، مع التصفية',
  wordsToFind: 'كلمات البحث',
  hint: 'يمكن البحث عن الأسماء بأي صيغة تكتبها المصادر، بالحروف اللاتينية أو العربية أو العبرية:',
  order: 'الترتيب',
  sorts: { relevance: 'الأكثر صلة', newest: 'الأحدث أولًا', oldest: 'الأقدم أولًا' },
  showMore: 'عرض مزيد من النتائج',
  noScript: 'يحتاج البحث إلى جافاسكريبت، وهي معطّلة في هذا المتصفح. ويمكن الوصول إلى كل ما يجده البحث من هذه الصفحات:',
  needsBuild: ['يقرأ البحث الفهرس الذي يُنشئه البناء، وخادم التطوير لا يُنشئه. شغّل ', ' ثم ', ' للبحث.'],
  kinds: { round: 'جولة', event: 'حدث', person: 'شخصية', issue: 'قضية', note: 'ملاحظة' },
  panel: {
    results: {
      none: 'لا نتائج',
      one: 'نتيجة واحدة',
      two: 'نتيجتان',
      few: '{count} نتائج',
      many: '{count} نتيجة',
      other: '{count} نتيجة',
    },
    resultsFor: '{results} للبحث عن «{query}»',
    allResults: 'كل النتائج ({count})، مع التصفية',
    filterThese: 'تصفية هذه النتائج',
    notLoaded: 'تعذّر تحميل البحث. حاول مجددًا، أو استخدم صفحتي الأشخاص والقضايا.',
    foundBySpelling: 'عُثر عليها بصيغة {spellings}.',
    quoted: '«{text}»',
    listSeparator: '، ',
    card: {
      person: 'شخصية',
      issue: 'قضية',
      notInDelegation: 'لم يشارك في وفد أي جولة بعد',
      attended: {
        one: 'حضر جولة واحدة',
        two: 'حضر جولتين',
        few: 'حضر {count} جولات',
        many: 'حضر {count} جولة',
        other: 'حضر {count} جولة',
      },
      uncertain: ' (لا تحسم المصادر حضوره في {count} منها)',
      latest: '؛ آخرها ',
      notTakenUp: 'لم تُطرح في أي جولة بعد',
      cameUpIn: {
        one: 'طُرحت في جولة واحدة',
        two: 'طُرحت في جولتين',
        few: 'طُرحت في {count} جولات',
        many: 'طُرحت في {count} جولة',
        other: 'طُرحت في {count} جولة',
      },
      theLatest: '، آخرها:',
      them: ':',
    },
  },
  page: {
    askForCriteria: 'اكتب كلمات للبحث، أو اختر شخصًا أو قضية أو طرفًا أو سنة أو نوع صفحة.',
    notLoaded: 'تعذّر تحميل البحث. أعد تحميل الصفحة للمحاولة مجددًا، أو تصفّح التسلسل الزمني والأشخاص والقضايا.',
    filters: 'التصفية',
    filtersChosen: 'التصفية ({count} مختارة)',
    ofBeforeFilters: ' (من أصل {count} قبل التصفية)',
    legends: { person: 'الأشخاص', issue: 'القضايا', side: 'الأطراف', year: 'السنة', kind: 'نوع الصفحة' },
  },
};

const he: SearchWords = {
  title: 'חיפוש',
  description: 'חיפוש בכל סבב, אירוע, אישיות וסוגיה בתיעוד, עם סינון לפי אדם, סוגיה, צד, שנה וסוג עמוד.',
  heading: 'חיפוש בתיעוד',
  fieldLabel: 'חיפוש בתיעוד',
  placeholder: 'חיפוש: הקישו /',
  button: 'חיפוש',
  cardsLabel: 'אנשים וסוגיות',
  allResultsLink: 'כל התוצאות, עם סינון',
  wordsToFind: 'מילות חיפוש',
  hint: 'אפשר לחפש שמות בכל כתיב שבו המקורות כותבים אותם, באותיות לטיניות, ערביות או עבריות:',
  order: 'סדר',
  sorts: { relevance: 'הרלוונטיים ביותר', newest: 'החדשים תחילה', oldest: 'הישנים תחילה' },
  showMore: 'הצגת תוצאות נוספות',
  noScript: 'החיפוש דורש JavaScript, שכבוי בדפדפן זה. אל כל מה שהחיפוש מוצא אפשר להגיע גם מהעמודים האלה:',
  needsBuild: ['החיפוש קורא את האינדקס שנוצר בבנייה, ושרת הפיתוח אינו יוצר אותו. הריצו ', ' ואחר כך ', ' כדי לחפש.'],
  kinds: { round: 'סבב', event: 'אירוע', person: 'אישיות', issue: 'סוגיה', note: 'הערה' },
  panel: {
    results: { none: 'אין תוצאות', one: 'תוצאה אחת', two: 'שתי תוצאות', other: '{count} תוצאות' },
    resultsFor: '{results} לחיפוש "{query}"',
    allResults: 'כל {count} התוצאות, עם סינון',
    filterThese: 'סינון התוצאות',
    notLoaded: 'לא ניתן היה לטעון את החיפוש. נסו שוב, או היעזרו בעמודי האנשים והסוגיות.',
    foundBySpelling: 'נמצא לפי הכתיב {spellings}.',
    quoted: '"{text}"',
    listSeparator: ', ',
    card: {
      person: 'אישיות',
      issue: 'סוגיה',
      notInDelegation: 'עדיין לא השתתף במשלחת של אף סבב',
      attended: { one: 'השתתף בסבב אחד', two: 'השתתף בשני סבבים', other: 'השתתף ב-{count} סבבים' },
      uncertain: ' (ב-{count} מהם המקורות אינם מכריעים אם השתתף)',
      latest: '; האחרון שבהם: ',
      notTakenUp: 'טרם עלתה באף סבב',
      cameUpIn: { one: 'עלתה בסבב אחד', two: 'עלתה בשני סבבים', other: 'עלתה ב-{count} סבבים' },
      theLatest: ', האחרונים שבהם:',
      them: ':',
    },
  },
  page: {
    askForCriteria: 'הקלידו מילים לחיפוש, או בחרו אדם, סוגיה, צד, שנה או סוג עמוד.',
    notLoaded: 'לא ניתן היה לטעון את החיפוש. טענו את העמוד מחדש כדי לנסות שוב, או עיינו בציר הזמן, באנשים ובסוגיות.',
    filters: 'סינון',
    filtersChosen: 'סינון ({count} נבחרו)',
    ofBeforeFilters: ' (מתוך {count} לפני הסינון)',
    legends: { person: 'אנשים', issue: 'סוגיות', side: 'צדדים', year: 'שנה', kind: 'סוג עמוד' },
  },
};

export const search: Record<Locale, SearchWords> = { en, ar, he };
