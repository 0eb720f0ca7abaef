/** The words of the open-data page: what each file holds, its fields and columns, the calendar and the license. */
import type { InEveryEdition } from '@/lib/base/locales';
import { DATA_LICENSE } from '@/site';

/** The files the data page lists, by the name the page reads their words under. */
export type DataFileKey = 'rounds' | 'events' | 'people' | 'issues' | 'positions' | 'timelinejs' | 'calendar';
type Column =
  | 'date'
  | 'dated_by_report'
  | 'round_id'
  | 'round_number'
  | 'round_url'
  | 'side'
  | 'issue'
  | 'stance'
  | 'red_line'
  | 'shift'
  | 'shift_how'
  | 'source_publisher'
  | 'source_title'
  | 'source_date'
  | 'source_date_precision'
  | 'source_date_inferred'
  | 'source_url'
  | 'source_archive_url'
  | 'source_captured'
  | 'source_checked'
  | 'source_state';

export interface DataStrings {
  title: string;
  description: string;
  lede: string;
  filesHeading: string;
  files: Record<DataFileKey, { title: string; holds: string }>;
  schema: string;
  /** The names of what describes a file's fields. */
  schemaLabels: { jsonSchema: string; timelinejs: string };
  formatHeading: string;
  jsonIntro: string;
  /** The four fields of every JSON file. */
  jsonFields: { schema: string; updated: string; license: string; items: string };
  /** The paragraph on an entry, with its four field names as blanks: `{id}`, `{url}`, `{source}`, `{sources}`. */
  entry: string;
  csvIntro: string;
  /** What each column of positions.csv holds. */
  columns: Record<Column, string>;
  calendarHeading: string;
  calendarBefore: string;
  calendarAfter: string;
  licenseHeading: string;
  licenseBefore: string;
  /** The words around the license's name in its link: "… license", "ترخيص …". */
  licenseLink: { before: string; after: string };
  /** How to credit the record, around the name to credit it by, and whose the sources remain. */
  credit: { before: string; after: string };
  sourcesRemain: string;
}

export const data: InEveryEdition<DataStrings> = {
  en: {
    title: 'Open data',
    description:
      'The record of the Israel–Syria security talks as open data: JSON with JSON Schemas, a CSV of every position, a TimelineJS timeline and a calendar of the rounds.',
    lede: "The whole record, as files to reuse: every round, context event, person and issue with its sources, each side's positions, and a calendar of the rounds. They are made from the same files as the pages, on every build.",
    filesHeading: 'Files',
    files: {
      rounds: {
        title: 'Rounds',
        holds:
          'Every round and direct contact, held or not: dates, place, summary, delegations, issues, what each side said with its red lines, sources, who confirmed it, status and corrections.',
      },
      events: {
        title: 'Context events',
        holds: 'Every context event between the rounds: date, summary, people, issues, sources and corrections.',
      },
      people: {
        title: 'People',
        holds:
          'Everyone in the record: name, every other spelling, the name in Arabic and Hebrew script, side, roles with their dates, sources.',
      },
      issues: { title: 'Issues', holds: 'Every recurring issue of the talks: title, summary, other names, sources.' },
      positions: {
        title: 'Positions',
        holds:
          'One row per position a side stated at a round, with the round, the issue, whether it is a red line, whether it restates or changes the side’s earlier stance, and its source: for spreadsheets.',
      },
      timelinejs: {
        title: 'Timeline for TimelineJS',
        holds: 'Every round and context event as a slide of a Knight Lab TimelineJS timeline, each headline a link to its page.',
      },
      calendar: {
        title: 'Calendar of the rounds',
        holds:
          'Every held or scheduled round whose days are known, as an all-day event with its place, summary and page: subscribe to it in a calendar app.',
      },
    },
    schema: 'Schema:',
    schemaLabels: { jsonSchema: 'JSON Schema', timelinejs: 'TimelineJS JSON format' },
    formatHeading: 'What the files hold',
    jsonIntro: 'Each JSON file is one object:',
    jsonFields: {
      schema: "the address of the file's JSON Schema;",
      updated: 'the day the record last changed: its newest source or correction (YYYY-MM-DD);',
      license: 'the license, and how to credit the record;',
      items: 'one object per entry, by',
    },
    entry:
      "An entry holds its {id} (the last part of its page's address), its page's {url}, and every field of the entry as checked: dates as YYYY-MM-DD (a source's date may be YYYY-MM), and every list present, empty when there is nothing. A position's {source} is the number of an entry in the same item's {sources}, counted from 1. The text of each entry is on its page.",
    csvIntro:
      'The CSV file is UTF-8, with a header row, commas between fields, and quotes around a field that needs them. Its columns, in order:',
    columns: {
      date: "the round's first day (YYYY-MM-DD), or the day it was reported when its days never were",
      dated_by_report: "true when the meeting's days were never reported and date is the day of the report, false otherwise",
      round_id: "the round's id, the last part of its page's address",
      round_number: "the press's round number; empty for an unnumbered contact",
      round_url: "the round's page",
      side: 'the side that stated the position',
      issue: 'the id of the issue it is about',
      stance: 'the position, in one sentence',
      red_line: 'true for a red line, false otherwise',
      shift:
        "restated or changed: the editors' judgement, from the sources, of the stance against the side's earlier one on the issue; empty for a side's first stance on it",
      shift_how: 'for a changed stance, how it changed, in a few words; empty otherwise',
      source_publisher: 'who published the source the position is cited to',
      source_title: 'its headline, or in [square brackets] a description when the headline is not known',
      source_date: 'its date, as precise as the record knows it: YYYY-MM-DD, or YYYY-MM when only the month is known',
      source_date_precision: 'day or month: how precise source_date is',
      source_date_inferred: "true when the source's page carries no date and source_date is inferred from what it reports",
      source_url: 'its address; empty only when the record has none for it',
      source_archive_url: 'the address of a copy of it in a web archive; empty when none is recorded',
      source_captured: 'the day that copy was captured, YYYY-MM-DD; empty when none is recorded',
      source_checked: 'the day its address was last read, YYYY-MM-DD; empty when not recorded',
      source_state: 'what its address served when last read: live, dead (gone) or replaced (unrelated content); empty when not recorded',
    },
    calendarHeading: 'Calendar',
    calendarBefore: 'To see every round in your calendar, subscribe to ',
    calendarAfter:
      '(in most apps: add a calendar from a URL). It holds the rounds that took place, confirmed once a side confirmed them and tentative when only the press reported them, and those announced, tentative; a meeting whose days were never reported is left out. It follows the record as it changes.',
    licenseHeading: 'License',
    licenseBefore: "The record's own text and data are published under the ",
    licenseLink: { before: '', after: ' license' },
    credit: { before: 'Reuse them freely, crediting “', after: '” and this site’s address.' },
    sourcesRemain: DATA_LICENSE.sources,
  },
  ar: {
    title: 'البيانات المفتوحة',
    description:
      'سجل المحادثات الأمنية السورية الإسرائيلية في صورة بيانات مفتوحة: ملفات JSON مع مخططاتها، وملف CSV بكل المواقف، وخط زمني لأداة TimelineJS، وتقويم للجولات.',
    lede: 'السجل كاملًا في ملفات قابلة لإعادة الاستخدام: كل جولة وحدث ذي صلة وشخص وقضية مع مصادره، ومواقف كل طرف، وتقويم للجولات. وتُنشأ هذه الملفات من الملفات نفسها التي تُبنى منها الصفحات، مع كل تحديث للموقع.',
    filesHeading: 'الملفات',
    files: {
      rounds: {
        title: 'الجولات',
        holds:
          'كل جولة واتصال مباشر، عُقدا أم لا: المواعيد والمكان والملخص والوفود والقضايا، وما قاله كل طرف مع خطوطه الحمراء، والمصادر، ومن أكّدها، والحالة والتصحيحات.',
      },
      events: { title: 'الأحداث ذات الصلة', holds: 'كل حدث ذي صلة بين الجولات: التاريخ والملخص والأشخاص والقضايا والمصادر والتصحيحات.' },
      people: {
        title: 'الأشخاص',
        holds: 'كل من في السجل: الاسم وكل صيغ كتابته الأخرى، والاسم بالحرف العربي والعبري، والطرف، والمناصب مع تواريخها، والمصادر.',
      },
      issues: { title: 'القضايا', holds: 'كل قضية متكررة في المحادثات: العنوان والملخص والأسماء الأخرى والمصادر.' },
      positions: {
        title: 'المواقف',
        holds:
          'صف لكل موقف أعلنه طرف في جولة، مع الجولة والقضية، وهل هو خط أحمر، وهل يكرر موقف الطرف السابق أو يغيّره، ومصدره: لجداول البيانات.',
      },
      timelinejs: {
        title: 'خط زمني لأداة TimelineJS',
        holds: 'كل جولة وحدث ذي صلة في صورة شريحة من خط زمني لأداة TimelineJS ، وكل عنوان رابط إلى صفحته.',
      },
      calendar: {
        title: 'تقويم الجولات',
        holds:
          'كل جولة عُقدت أو حُدد موعدها وأيامها معروفة، في صورة حدث يستغرق اليوم كله مع مكانه وملخصه وصفحته: اشترك فيه في تطبيق للتقويم.',
      },
    },
    schema: 'المخطط:',
    schemaLabels: { jsonSchema: 'مخطط JSON', timelinejs: 'صيغة JSON لأداة TimelineJS' },
    formatHeading: 'ما تحتويه الملفات',
    jsonIntro: 'كل ملف JSON كائن واحد:',
    jsonFields: {
      schema: 'عنوان مخطط JSON الخاص بالملف؛',
      updated: 'آخر يوم تغيّر فيه السجل: أحدث مصدر أو تصحيح فيه (YYYY-MM-DD)؛',
      license: 'الترخيص، وكيفية نسبة السجل إلى أصحابه؛',
      items: 'كائن لكل مدخل، حسب',
    },
    entry:
      'يحتوي كل مدخل على {id} (الجزء الأخير من عنوان صفحته)، و{url} صفحته، وكل حقل من حقول المدخل كما جرى التحقق منه: التواريخ بصيغة YYYY-MM-DD (وقد يكون تاريخ المصدر بصيغة YYYY-MM)، وكل قائمة موجودة، فارغةً إن لم يكن فيها شيء. وحقل {source} في الموقف هو رقم مدخل في {sources} للعنصر نفسه، بدءًا من 1. أما نص كل مدخل ففي صفحته.',
    csvIntro: 'ملف CSV بترميز UTF-8، مع صف للعناوين، وفواصل بين الحقول، وعلامات تنصيص حول الحقل الذي يحتاج إليها. أعمدته بالترتيب:',
    columns: {
      date: 'أول أيام الجولة (YYYY-MM-DD)، أو يوم الإعلان عنها إن لم تُعلن أيامها قط',
      dated_by_report: 'true إن لم تُعلن أيام الاجتماع قط وكان date يوم الإعلان عنه، وfalse في غير ذلك',
      round_id: 'معرّف الجولة، وهو الجزء الأخير من عنوان صفحتها',
      round_number: 'رقم الجولة لدى الصحافة؛ فارغ للاتصال غير المرقّم',
      round_url: 'صفحة الجولة',
      side: 'الطرف الذي أعلن الموقف',
      issue: 'معرّف القضية التي يتناولها',
      stance: 'الموقف، في جملة واحدة',
      red_line: 'true للخط الأحمر، وfalse في غير ذلك',
      shift:
        'restated أو changed: حكم المحررين، استنادًا إلى المصادر، على الموقف قياسًا بموقف الطرف السابق بشأن القضية؛ فارغ لأول موقف للطرف بشأنها',
      shift_how: 'للموقف المتغيّر، كيف تغيّر، في كلمات قليلة؛ فارغ في غير ذلك',
      source_publisher: 'ناشر المصدر الذي يُستشهد به على الموقف',
      source_title: 'عنوانه، أو بين [قوسين معقوفين] وصف له إن لم يكن العنوان معروفًا',
      source_date: 'تاريخه، بالدقة التي يعرفها السجل: YYYY-MM-DD، أو YYYY-MM إن لم يُعرف إلا الشهر',
      source_date_precision: 'day أو month: مدى دقة source_date',
      source_date_inferred: 'true إن لم تحمل صفحة المصدر تاريخًا وكان source_date مستنتجًا مما تنقله، وfalse في غير ذلك',
      source_url: 'عنوانه على الإنترنت؛ فارغ فقط إن لم يكن لدى السجل عنوان له',
      source_archive_url: 'عنوان نسخة منه في أرشيف للإنترنت؛ فارغ إن لم تُسجَّل نسخة',
      source_captured: 'يوم التقاط تلك النسخة، YYYY-MM-DD؛ فارغ إن لم تُسجَّل نسخة',
      source_checked: 'آخر يوم فُتح فيه عنوانه، YYYY-MM-DD؛ فارغ إن لم يُسجَّل',
      source_state: 'ما كان يعرضه عنوانه حين فُتح آخر مرة: live (متاح) أو dead (محذوف) أو replaced (محتوى آخر)؛ فارغ إن لم يُسجَّل',
    },
    calendarHeading: 'التقويم',
    calendarBefore: 'لرؤية كل جولة في تقويمك، اشترك في ',
    calendarAfter:
      '(في معظم التطبيقات: أضف تقويمًا من عنوان URL). ويضم الجولات التي عُقدت، مؤكَّدةً متى أكّدها أحد الأطراف ومبدئيةً حين لم تنقلها إلا الصحافة، والجولات المعلن عنها، مبدئيةً؛ ولا يضم الاجتماع الذي لم تُعلن أيامه قط. ويتبع التقويم السجل كلما تغيّر.',
    licenseHeading: 'الترخيص',
    licenseBefore: 'نصوص السجل وبياناته منشورة بموجب ',
    licenseLink: { before: 'ترخيص ', after: '' },
    credit: { before: 'أعد استخدامها بحرية، مع نسبتها إلى «', after: '» وذكر عنوان هذا الموقع.' },
    sourcesRemain: 'تبقى التقارير المستشهد بها مصادرَ، وعناوينها، ملكًا لناشريها: اتبع رابط كل مصدر وشروطه.',
  },
  he: {
    title: 'נתונים פתוחים',
    description:
      'תיעוד שיחות הביטחון בין ישראל לסוריה כנתונים פתוחים: קובצי JSON עם סכמות, קובץ CSV של כל העמדות, ציר זמן ל-TimelineJS ולוח שנה של הסבבים.',
    lede: 'כל התיעוד, בקבצים לשימוש חוזר: כל סבב, אירוע רקע, אדם וסוגיה עם מקורותיהם, העמדות של כל צד ולוח שנה של הסבבים. הם נוצרים מאותם קבצים שמהם נבנים העמודים, בכל בנייה של האתר.',
    filesHeading: 'קבצים',
    files: {
      rounds: {
        title: 'סבבים',
        holds:
          'כל סבב ומגע ישיר, בין שהתקיים ובין שלא: תאריכים, מקום, תקציר, משלחות, סוגיות, מה אמר כל צד וקוויו האדומים, מקורות, מי אישר, סטטוס ותיקונים.',
      },
      events: { title: 'אירועי רקע', holds: 'כל אירוע רקע בין הסבבים: תאריך, תקציר, אנשים, סוגיות, מקורות ותיקונים.' },
      people: {
        title: 'אנשים',
        holds: 'כל מי שבתיעוד: שם, כל צורות הכתיב האחרות, השם בכתב ערבי ועברי, צד, תפקידים ותאריכיהם, מקורות.',
      },
      issues: { title: 'סוגיות', holds: 'כל סוגיה חוזרת בשיחות: כותרת, תקציר, שמות אחרים, מקורות.' },
      positions: {
        title: 'עמדות',
        holds:
          'שורה לכל עמדה שהצהיר צד בסבב, עם הסבב, הסוגיה, האם זהו קו אדום, האם העמדה חוזרת על עמדתו הקודמת של הצד או משנה אותה, ומקורה: לגיליונות אלקטרוניים.',
      },
      timelinejs: {
        title: 'ציר זמן ל-TimelineJS',
        holds: 'כל סבב ואירוע רקע כשקופית בציר זמן של TimelineJS , וכל כותרת מקשרת לעמוד שלה.',
      },
      calendar: {
        title: 'לוח השנה של הסבבים',
        holds: 'כל סבב שהתקיים או נקבע וימיו ידועים, כאירוע של יום שלם עם מקומו, תקצירו ועמודו: אפשר להירשם אליו באפליקציית לוח שנה.',
      },
    },
    schema: 'סכמה:',
    schemaLabels: { jsonSchema: 'סכמת JSON', timelinejs: 'פורמט ה-JSON של TimelineJS' },
    formatHeading: 'מה יש בקבצים',
    jsonIntro: 'כל קובץ JSON הוא אובייקט אחד:',
    jsonFields: {
      schema: 'כתובת סכמת ה-JSON של הקובץ;',
      updated: 'היום שבו השתנה התיעוד לאחרונה: המקור או התיקון החדש ביותר בו (YYYY-MM-DD);',
      license: 'הרישיון, ואופן הקרדיט לתיעוד;',
      items: 'אובייקט לכל ערך, לפי',
    },
    entry:
      'כל ערך כולל את ה-{id} שלו (החלק האחרון בכתובת העמוד שלו), את ה-{url} של העמוד, ואת כל שדות הערך כפי שנבדקו: תאריכים בתבנית YYYY-MM-DD (תאריך של מקור עשוי להיות YYYY-MM), וכל רשימה קיימת, ריקה כשאין בה דבר. ה-{source} של עמדה הוא מספר של ערך ב-{sources} של אותו פריט, בספירה מ-1. הטקסט של כל ערך נמצא בעמוד שלו.',
    csvIntro: 'קובץ ה-CSV בקידוד UTF-8, עם שורת כותרות, פסיקים בין השדות ומירכאות סביב שדה שזקוק להן. העמודות שלו, לפי הסדר:',
    columns: {
      date: 'היום הראשון של הסבב (YYYY-MM-DD), או היום שבו דווח כשימיו לא דווחו מעולם',
      dated_by_report: 'true כשימי הפגישה לא דווחו מעולם ו-date הוא יום הדיווח, אחרת false',
      round_id: 'מזהה הסבב, החלק האחרון בכתובת העמוד שלו',
      round_number: 'מספר הסבב בעיתונות; ריק במגע שאינו ממוספר',
      round_url: 'עמוד הסבב',
      side: 'הצד שהצהיר על העמדה',
      issue: 'מזהה הסוגיה שהעמדה עוסקת בה',
      stance: 'העמדה, במשפט אחד',
      red_line: 'true לקו אדום, אחרת false',
      shift:
        'restated או changed: שיפוט העורכים, על סמך המקורות, של העמדה לעומת עמדתו הקודמת של הצד בסוגיה; ריק בעמדה הראשונה של צד בסוגיה',
      shift_how: 'בעמדה שהשתנתה, כיצד השתנתה, במילים ספורות; אחרת ריק',
      source_publisher: 'מי פרסם את המקור שהעמדה מיוחסת לו',
      source_title: 'הכותרת שלו, או בין [סוגריים מרובעים] תיאור כשהכותרת אינה ידועה',
      source_date: 'התאריך שלו, ברמת הדיוק שהתיעוד יודע: YYYY-MM-DD, או YYYY-MM כשרק החודש ידוע',
      source_date_precision: 'day או month: עד כמה source_date מדויק',
      source_date_inferred: 'true כשעמוד המקור אינו נושא תאריך ו-source_date הוסק ממה שהוא מדווח',
      source_url: 'הכתובת שלו; ריק רק כשאין לתיעוד כתובת עבורו',
      source_archive_url: 'הכתובת של עותק שלו בארכיון רשת; ריק כשלא נרשם עותק',
      source_captured: 'היום שבו נשמר העותק, YYYY-MM-DD; ריק כשלא נרשם עותק',
      source_checked: 'היום שבו נבדקה הכתובת שלו לאחרונה, YYYY-MM-DD; ריק כשלא נרשם',
      source_state: 'מה הציגה הכתובת שלו בבדיקה האחרונה: live (זמין), dead (הוסר) או replaced (תוכן אחר); ריק כשלא נרשם',
    },
    calendarHeading: 'לוח שנה',
    calendarBefore: 'כדי לראות כל סבב בלוח השנה שלכם, הירשמו אל ',
    calendarAfter:
      '(ברוב האפליקציות: הוספת לוח שנה מכתובת URL). הוא כולל את הסבבים שהתקיימו, כמאושרים לאחר שצד אישר אותם וכמשוערים כשרק העיתונות דיווחה עליהם, ואת אלה שהוכרזו, כמשוערים; פגישה שימיה לא דווחו מעולם אינה נכללת. הוא מתעדכן עם התיעוד.',
    licenseHeading: 'רישיון',
    licenseBefore: 'הטקסט והנתונים של התיעוד עצמו מפורסמים לפי ',
    licenseLink: { before: 'רישיון ', after: '' },
    credit: { before: 'מותר לעשות בהם שימוש חופשי, בציון "', after: '" ובכתובת האתר.' },
    sourcesRemain: 'הדיווחים המצוטטים כמקורות, וכותרותיהם, שייכים למפרסמיהם: היכנסו לקישור של כל מקור ולתנאיו.',
  },
};
