/**
 * The page on how the record is made, whole, in each edition's words. A paragraph is a list of pieces: text, or a link
 * to another page of the site; the examples it quotes (a confirmation, a doubt, a shift) come from the interface
 * itself, so the page always quotes what the other pages show.
 */
import type { InEveryEdition } from '@/lib/base/locales';

/** The pages the methods link to. */
export type MethodsLink = 'numbering' | 'corrections' | 'data';

/** One piece of a paragraph. */
export type MethodsPiece = string | { to: MethodsLink; text: string };

/** What the page quotes from the rest of the interface, in the edition's words. */
export interface MethodsExamples {
  confirmed: string;
  pressOnly: string;
  reportedOn: string;
  dateInferred: string;
  oneSource: string;
  reportsDiffer: string;
  changed: string;
  restated: string;
  readouts: string;
  updates: string;
}

/** The page's sections, in order; each id is its anchor in every edition. */
export const METHODS_SECTIONS = ['sources', 'words', 'confirmed', 'attendance', 'shifts', 'numbering', 'corrections', 'data'] as const;

export interface MethodsStrings {
  title: string;
  description: string;
  lede: string;
  /** How a changed stance's mark reads in the example of one. */
  changedExample: string;
  /** The section at the end of a page its updates are listed under, as the page names it. */
  updatesHeading: string;
  sections: Record<(typeof METHODS_SECTIONS)[number], { title: string; paragraphs: (examples: MethodsExamples) => MethodsPiece[][] }>;
}

export const methods: InEveryEdition<MethodsStrings> = {
  en: {
    title: 'How the record is made',
    description:
      "How the record of the Israel–Syria security talks is sourced, worded and corrected: what a source must say, what “confirmed” means, doubts over attendance, and stance shifts as the editors' judgement.",
    lede: 'Every fact on this site comes from a published report, and every page lists the reports it rests on. This page says how we choose, word, date and correct what the record holds, so you can judge it and cite it.',
    changedExample: 'now rules out any withdrawal from the buffer zone',
    updatesHeading: 'Updates',
    sections: {
      sources: {
        title: 'Every fact sourced',
        paragraphs: (e) => [
          [
            "Each round, context event, person and issue lists its sources at the end of its page: the publisher, the headline, the address where we have one, and the date. A number such as [1] in the text links to the source it rests on, and each side's position names its source too.",
          ],
          [
            `A report reposted from a news agency names both, the outlet and the agency in brackets, such as “Shafaq News (Reuters)”. A headline in [square brackets] is our description of a report whose headline is not known. A date marked “${e.dateInferred}” is our reading of a page that carries no date.`,
          ],
          [
            'We state only what a source says. Where sources disagree, the page says so and cites each of them; we do not settle a disagreement the reports leave open.',
          ],
        ],
      },
      words: {
        title: 'Our own words, and quotations',
        paragraphs: (e) => [
          [
            `Summaries, positions and accounts of each meeting are written in our own words, not copied from the reports. A quotation is short (at most 15 words), in quotation marks, and says who said it. When a side's account of a meeting is given, under “${e.readouts}”, it is attributed to whoever gave it: a government statement, state media, an official speaking to the press, or, where a government said nothing, the press of that side.`,
          ],
        ],
      },
      confirmed: {
        title: 'What “confirmed” means',
        paragraphs: (e) => [
          [
            `A meeting is confirmed by a side when that side's officials or state media confirmed it took place. A round's page says which sides did, such as “${e.confirmed}”, or “${e.pressOnly}” when no government or state media has confirmed it. A meeting announced before it happens reads as upcoming until a report says what became of it: held, postponed or cancelled.`,
          ],
          [
            `When the reports say a meeting took place but never say when, it is dated by the first report of it and reads “${e.reportedOn}” that day. No pause between meetings is counted from such a date, and the calendar leaves it out.`,
          ],
        ],
      },
      attendance: {
        title: 'Doubts over who attended',
        paragraphs: (e) => [
          [
            `A delegation lists everyone a source places at a meeting, the head of each side first. When a person's presence rests on a single report, their name carries “${e.oneSource}”; when reports disagree, “${e.reportsDiffer}”. Either note says why and cites the reports, wherever the name appears with that meeting.`,
          ],
        ],
      },
      shifts: {
        title: "Stance shifts are the editors' judgement",
        paragraphs: (e) => [
          [
            `When a side states a position on an issue it has spoken on before, the editors mark it, from its sources, against what that side said on the issue earlier. “${e.changed}” means the sources show the position moved: the side now offers, accepts, demands or makes a condition of something it did not, or drops something it held, and the words after the colon say how. “${e.restated}” means the same position, worded anew or in more detail. A stance with neither mark has not been judged. The site never compares the wording of two statements to decide this, and a side's first stance on an issue carries no mark.`,
          ],
        ],
      },
      numbering: {
        title: 'How the rounds are numbered',
        paragraphs: () => [
          [
            'No government has published a count of the talks. ',
            { to: 'numbering', text: 'How the rounds are numbered' },
            ' sets out which meetings the press counted, which ones this site numbers and why, and what is still uncertain.',
          ],
        ],
      },
      corrections: {
        title: 'Updates and corrections',
        paragraphs: (e) => [
          [
            `When a published page changes in substance, because we got something wrong or a new report adds to it, the change is noted with its date under “${e.updates}” at the end of that page, and the page shows as updated in the feeds. Every such note is also listed on `,
            { to: 'corrections', text: 'the corrections page' },
            ', newest first, which has its own feed. A spelling made consistent is not a change of substance and is not noted.',
          ],
        ],
      },
      data: {
        title: 'The data and its license',
        paragraphs: () => [
          [
            'The whole record is published as ',
            { to: 'data', text: 'open data' },
            ': JSON files with their schemas, a CSV of every position, a TimelineJS file and a calendar of the rounds, each described there with its format and license.',
          ],
        ],
      },
    },
  },
  ar: {
    title: 'كيف يُعدّ السجل',
    description:
      'كيف يُوثَّق سجل المحادثات الأمنية السورية الإسرائيلية ويُصاغ ويُصحَّح: ما الذي يجب أن يقوله المصدر، وما معنى «مؤكَّد»، والشكوك في الحضور، وتغيّر المواقف بوصفه حكمًا من المحررين.',
    changedExample: 'بات يرفض أي انسحاب من المنطقة العازلة',
    updatesHeading: 'التحديثات والتصحيحات',
    lede: 'كل معلومة في هذا الموقع مصدرها تقرير منشور، وكل صفحة تسرد التقارير التي تستند إليها. وتشرح هذه الصفحة كيف نختار ما يحويه السجل ونصوغه ونؤرّخه ونصحّحه، لتتمكن من تقييمه والاستشهاد به.',
    sections: {
      sources: {
        title: 'لكل معلومة مصدر',
        paragraphs: (e) => [
          [
            'تسرد كل جولة وكل حدث ذي صلة وكل شخص وكل قضية مصادرها في آخر صفحتها: الناشر، والعنوان، ورابط التقرير إن توفّر لدينا، والتاريخ. ويحيل رقم مثل [1] في النص إلى المصدر الذي يستند إليه، كما يذكر موقف كل طرف مصدره.',
          ],
          [
            `التقرير الذي يعيد نشر خبر من وكالة أنباء يُذكر فيه الاثنان: الوسيلة الإعلامية، ثم الوكالة بين قوسين، مثل «شفق نيوز (رويترز)». والعنوان الوارد بين [قوسين معقوفين] وصفٌ من عندنا لتقرير لا يُعرف عنوانه. والتاريخ الموسوم بعبارة «${e.dateInferred}» قراءتنا لصفحة لا تحمل تاريخًا.`,
          ],
          ['لا نورد إلا ما يقوله المصدر. وحيث تختلف المصادر، تذكر الصفحة ذلك وتستشهد بكل منها؛ ولا نحسم خلافًا تتركه التقارير مفتوحًا.'],
        ],
      },
      words: {
        title: 'بكلماتنا، والاقتباسات',
        paragraphs: (e) => [
          [
            `تُكتب الملخصات والمواقف وروايات كل اجتماع بكلماتنا، لا منسوخةً من التقارير. والاقتباس قصير (15 كلمة على الأكثر)، بين علامتي تنصيص، ويذكر قائله. وحين تُعرض رواية أحد الأطراف لاجتماع ما، تحت عنوان «${e.readouts}»، تُنسب إلى من أدلى بها: بيان حكومي، أو وسائل إعلام رسمية، أو مسؤول يتحدث إلى الصحافة، أو، حيث لم تقل الحكومة شيئًا، صحافة ذلك الطرف.`,
          ],
        ],
      },
      confirmed: {
        title: 'ما معنى «مؤكَّد»',
        paragraphs: (e) => [
          [
            `يكون الاجتماع مؤكَّدًا من طرف ما حين يؤكد مسؤولو ذلك الطرف أو وسائل إعلامه الرسمية انعقاده. وتذكر صفحة الجولة الأطراف التي أكّدته، مثل «${e.confirmed}»، أو «${e.pressOnly}» حين لم تؤكده أي حكومة أو وسائل إعلام رسمية. والاجتماع المعلن عنه قبل انعقاده يظهر مرتقبًا إلى أن يذكر تقرير ما آل إليه: عُقد، أو أُرجئ، أو أُلغي.`,
          ],
          [
            `حين تفيد التقارير بانعقاد اجتماع دون أن تذكر موعده قط، يُؤرَّخ بأول تقرير عنه ويظهر بعبارة «${e.reportedOn}» ذلك اليوم. ولا تُحسب من هذا التاريخ أي فترة توقف بين الاجتماعات، ولا يُدرج في التقويم.`,
          ],
        ],
      },
      attendance: {
        title: 'الشكوك في الحضور',
        paragraphs: (e) => [
          [
            `يسرد الوفد كل من يضعه مصدرٌ في الاجتماع، ورئيس وفد كل طرف أولًا. وحين يستند حضور شخص ما إلى تقرير واحد، يُرفق باسمه «${e.oneSource}»؛ وحين تختلف التقارير، «${e.reportsDiffer}». وتوضح كلتا الملاحظتين السبب وتستشهد بالتقارير، أينما ورد الاسم مع ذلك الاجتماع.`,
          ],
        ],
      },
      shifts: {
        title: 'تغيّر المواقف حكمٌ من المحررين',
        paragraphs: (e) => [
          [
            `حين يعلن طرف موقفًا بشأن قضية سبق أن تحدث عنها، يقيّمه المحررون، استنادًا إلى مصادره، قياسًا بما قاله ذلك الطرف بشأن القضية من قبل. وتعني «${e.changed}» أن المصادر تُظهر تحوّل الموقف: فالطرف بات يعرض شيئًا أو يقبله أو يطالب به أو يشترطه ولم يكن كذلك من قبل، أو تخلّى عن شيء كان يتمسك به، وتبيّن الكلمات بعد النقطتين كيف. وتعني «${e.restated}» الموقف نفسه، بصياغة جديدة أو بتفصيل أكثر. والموقف الذي لا يحمل أيًّا من العلامتين لم يُحكم فيه بعد. ولا يقارن الموقع صياغة تصريحين ليقرر ذلك، ولا يحمل أول موقف لطرف بشأن قضية أي علامة.`,
          ],
        ],
      },
      numbering: {
        title: 'كيف تُرقَّم الجولات',
        paragraphs: () => [
          [
            'لم تنشر أي حكومة عدًّا للمحادثات. وتشرح صفحة ',
            { to: 'numbering', text: 'كيف تُرقَّم الجولات' },
            ' الاجتماعات التي عدّتها الصحافة، وتلك التي يرقّمها هذا الموقع ولماذا، وما لا يزال غير مؤكد.',
          ],
        ],
      },
      corrections: {
        title: 'التحديثات والتصحيحات',
        paragraphs: (e) => [
          [
            `حين تتغير صفحة منشورة تغيرًا جوهريًا، لأننا أخطأنا في شيء أو لأن تقريرًا جديدًا أضاف إليها، يُشار إلى التغيير مع تاريخه تحت «${e.updates}» في آخر تلك الصفحة، وتظهر الصفحة محدَّثة في خلاصات المتابعة. وتُدرج كل ملاحظة من هذا النوع أيضًا في `,
            { to: 'corrections', text: 'صفحة التصحيحات' },
            '، الأحدث أولًا، ولها خلاصتها الخاصة. أما توحيد طريقة كتابة اسم فليس تغييرًا جوهريًا ولا يُشار إليه.',
          ],
        ],
      },
      data: {
        title: 'البيانات وترخيصها',
        paragraphs: () => [
          [
            'يُنشر السجل كاملًا في صورة ',
            { to: 'data', text: 'بيانات مفتوحة' },
            ': ملفات JSON مع مخططاتها، وملف CSV بكل المواقف، وملف لأداة TimelineJS، وتقويم للجولات، ولكلٍّ منها هناك وصف لصيغته وترخيصه.',
          ],
        ],
      },
    },
  },
  he: {
    title: 'כיצד נבנה התיעוד',
    description:
      'כיצד מתועדות שיחות הביטחון בין ישראל לסוריה, מנוסחות ומתוקנות: מה מקור צריך לומר, מה פירוש "אושר", ספקות לגבי נוכחות, ושינויי עמדה כשיפוט של העורכים.',
    changedExample: 'שוללת כעת כל נסיגה מאזור החיץ',
    updatesHeading: 'עדכונים ותיקונים',
    lede: 'כל עובדה באתר זה מבוססת על דיווח שפורסם, וכל עמוד מפרט את הדיווחים שעליהם הוא נשען. עמוד זה מסביר כיצד אנו בוחרים, מנסחים, מתארכים ומתקנים את מה שיש בתיעוד, כדי שתוכלו לשפוט אותו ולצטט אותו.',
    sections: {
      sources: {
        title: 'לכל עובדה יש מקור',
        paragraphs: (e) => [
          [
            'כל סבב, אירוע רקע, אדם וסוגיה מפרטים את מקורותיהם בסוף העמוד: המפרסם, הכותרת, הכתובת כשהיא בידינו, והתאריך. מספר כמו [1] בטקסט מקשר למקור שעליו הוא נשען, וגם העמדה של כל צד מציינת את מקורה.',
          ],
          [
            `דיווח שפורסם מחדש מסוכנות ידיעות מציין את שתיהן: כלי התקשורת, והסוכנות בסוגריים, למשל "שפק ניוז (רויטרס)". כותרת בין [סוגריים מרובעים] היא תיאור שלנו לדיווח שכותרתו אינה ידועה. תאריך שמסומן "${e.dateInferred}" הוא קריאה שלנו של עמוד שאינו נושא תאריך.`,
          ],
          [
            'אנו מוסרים רק את מה שהמקור אומר. כשהמקורות חלוקים, העמוד אומר זאת ומצטט כל אחד מהם; איננו מכריעים במחלוקת שהדיווחים משאירים פתוחה.',
          ],
        ],
      },
      words: {
        title: 'במילים שלנו, וציטוטים',
        paragraphs: (e) => [
          [
            `התקצירים, העמדות והתיאורים של כל פגישה נכתבים במילים שלנו, ואינם מועתקים מהדיווחים. ציטוט הוא קצר (15 מילים לכל היותר), במירכאות, ומציין מי אמר אותו. כשמובא תיאור של צד לפגישה, תחת "${e.readouts}", הוא מיוחס למי שמסר אותו: הודעה ממשלתית, כלי תקשורת ממלכתי, בכיר שדיבר עם העיתונות, או, כשהממשלה לא אמרה דבר, העיתונות של אותו צד.`,
          ],
        ],
      },
      confirmed: {
        title: 'מה פירוש "אושר"',
        paragraphs: (e) => [
          [
            `פגישה אושרה על ידי צד כשבכירים מטעמו או כלי התקשורת הממלכתיים שלו אישרו שהתקיימה. עמוד הסבב מציין אילו צדדים אישרו, למשל "${e.confirmed}", או "${e.pressOnly}" כשאף ממשלה או כלי תקשורת ממלכתי לא אישרו אותה. פגישה שהוכרזה לפני שהתקיימה מוצגת כצפויה עד שדיווח מציין מה עלה בגורלה: התקיימה, נדחתה או בוטלה.`,
          ],
          [
            `כשהדיווחים אומרים שפגישה התקיימה אך אינם אומרים מתי, היא מתוארכת לפי הדיווח הראשון עליה ומוצגת כ"${e.reportedOn}" אותו יום. שום הפסקה בין פגישות אינה נספרת מתאריך כזה, והיא אינה נכללת בלוח השנה.`,
          ],
        ],
      },
      attendance: {
        title: 'ספקות לגבי הנוכחים',
        paragraphs: (e) => [
          [
            `משלחת כוללת את כל מי שמקור ממקם בפגישה, וראש המשלחת של כל צד ראשון. כשנוכחותו של אדם נשענת על דיווח יחיד, לצד שמו מופיע "${e.oneSource}"; כשהדיווחים חלוקים, "${e.reportsDiffer}". כל אחת מההערות מסבירה מדוע ומצטטת את הדיווחים, בכל מקום שבו השם מופיע עם אותה פגישה.`,
          ],
        ],
      },
      shifts: {
        title: 'שינויי עמדה הם שיפוט של העורכים',
        paragraphs: (e) => [
          [
            `כשצד מצהיר על עמדה בסוגיה שכבר דיבר עליה, העורכים מסמנים אותה, על סמך מקורותיה, לעומת מה שאמר אותו צד על הסוגיה קודם לכן. "${e.changed}" פירושו שהמקורות מראים שהעמדה זזה: הצד מציע, מקבל, דורש או מתנה עתה דבר שלא עשה קודם, או מוותר על דבר שדבק בו, והמילים שאחרי הנקודתיים מפרטות כיצד. "${e.restated}" פירושו אותה עמדה, בניסוח חדש או בפירוט רב יותר. עמדה שאינה נושאת אף אחד מהסימונים טרם נשפטה. האתר לעולם אינו משווה בין ניסוחים של שתי הצהרות כדי להכריע בכך, ועמדתו הראשונה של צד בסוגיה אינה נושאת סימון.`,
          ],
        ],
      },
      numbering: {
        title: 'כיצד ממוספרים הסבבים',
        paragraphs: () => [
          [
            'אף ממשלה לא פרסמה ספירה של השיחות. העמוד ',
            { to: 'numbering', text: 'כיצד ממוספרים הסבבים' },
            ' מפרט אילו פגישות ספרה העיתונות, אילו מהן האתר ממספר ומדוע, ומה עדיין אינו ודאי.',
          ],
        ],
      },
      corrections: {
        title: 'עדכונים ותיקונים',
        paragraphs: (e) => [
          [
            `כשעמוד שפורסם משתנה באופן מהותי, משום שטעינו או משום שדיווח חדש מוסיף עליו, השינוי מצוין עם תאריכו תחת "${e.updates}" בסוף אותו עמוד, והעמוד מוצג כמעודכן בפידים. כל הערה כזו מופיעה גם ב`,
            { to: 'corrections', text: 'עמוד התיקונים' },
            ', מהחדש לישן, ולו פיד משלו. האחדת כתיב אינה שינוי מהותי ואינה מצוינת.',
          ],
        ],
      },
      data: {
        title: 'הנתונים והרישיון שלהם',
        paragraphs: () => [
          [
            'כל התיעוד מתפרסם כ',
            { to: 'data', text: 'נתונים פתוחים' },
            ': קובצי JSON עם הסכמות שלהם, קובץ CSV של כל העמדות, קובץ ל-TimelineJS ולוח שנה של הסבבים, וכל אחד מהם מתואר שם עם הפורמט והרישיון שלו.',
          ],
        ],
      },
    },
  },
};
