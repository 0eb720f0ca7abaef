/** The words of the views across rounds: the positions matrix, the red-lines board, each side's readouts, and the compare pages. */
import type { InEveryEdition } from '@/lib/base/locales';

export interface ViewsStrings {
  redLine: string;
  /** "Changed: now accepts a phased withdrawal", with how; "Restated". */
  changed: (how: string) => string;
  restated: string;
  /** Between two ways a stance changed. */
  howSeparator: string;
  asOf: string;
  positions: {
    title: string;
    description: string;
    lede: (meetings: string) => string;
    shortened: string;
    redLineBefore: string;
    boardLink: string;
    changedNote: string;
    earlierNote: string;
    caption: string;
  };
  matrix: {
    empty: string;
    issue: string;
    nothingStated: string;
    source: (publisher: string) => string;
    seeTheRound: string;
    sourceText: string;
  };
  redLines: {
    title: string;
    description: string;
    lede: string;
    marks: string;
    matrixBefore: string;
    matrixLink: string;
    empty: string;
    stated: string;
    firstStated: string;
    changedAt: string;
    lastStated: string;
    inAll: (meetings: string) => string;
    sinceThen: string;
    statedWithout: string;
    collidesWith: string;
    noCollision: string;
    /** "Syria on the buffer zone", between a side and an issue. */
    on: string;
    latestAt: string;
    notHeld: string;
    earlier: (count: string, side: string, span: string) => string;
    issuesLink: string;
  };
  readouts: string;
  compare: {
    title: string;
    description: string;
    lede: string;
    recordAsOf: string;
    pairTitle: (earlier: string, later: string) => string;
    pairDescription: (earlier: string, later: string) => string;
    pairLede: string;
    compareAny: string;
    withPrevious: string;
    pairs: string;
    noPairs: string;
    /** Between the days of two rounds in the list of pairs, spaces included. */
    and: string;
    latestOf: (shown: number, total: number) => string;
    first: string;
    second: string;
    submit: string;
    partial: (shown: number, total: number) => string;
    needsScript: string;
  };
}

export const views: InEveryEdition<ViewsStrings> = {
  en: {
    redLine: 'Red line',
    changed: (how) => `Changed: ${how}`,
    restated: 'Restated',
    howSeparator: '; ',
    asOf: 'As of',
    positions: {
      title: 'Positions by issue and round',
      description:
        'What Israel, Syria and the United States stated on each issue at the latest meetings of the talks, side by side, with red lines and changes of stance marked.',
      lede: (meetings) => `What each side stated on each issue at the latest ${meetings} where positions were reported, oldest first.`,
      shortened: 'Each stance is shortened; follow it to the meeting’s page for the whole stance and its source.',
      redLineBefore: '“Red line” marks a stance the side called a red line; every side’s red lines are on the ',
      boardLink: 'red-lines board',
      changedNote:
        '“Changed”, with how, marks a stance the editors judged, from its sources, to move from what the same side last said on the issue (at any earlier meeting, even one that did not take place); “Restated” marks one that says it again. A stance they have not judged carries neither.',
      earlierNote: 'Each issue’s page has its positions at earlier meetings too.',
      caption: 'Each side’s stances, by issue (rows) and meeting (columns, oldest first)',
    },
    matrix: {
      empty: "No side's position is recorded at a meeting that took place yet.",
      issue: 'Issue',
      nothingStated: 'Nothing stated',
      source: (publisher) => `Source: ${publisher}`,
      seeTheRound: 'see the round',
      sourceText: '[source]',
    },
    redLines: {
      title: 'Red lines',
      description:
        "Every red line Israel, Syria and the United States have stated in the talks, when it was first and last stated and how it changed, and the other side's demands it collides with.",
      lede: 'Every red line each side has stated at a meeting of the talks: one entry however often it was stated, in its latest words, the most recently stated first.',
      marks:
        '“Changed”, with how, and “Restated” mark a stance the editors judged, from its sources, to move from or repeat what the same side last said on the issue; a stance they have not judged carries neither. A collision with another side’s demand is shown only where a source shows the two colliding, with that side’s latest stance on it.',
      matrixBefore: 'Every stance side by side: the ',
      matrixLink: 'positions matrix',
      empty: 'No side has stated a red line at a meeting that took place yet.',
      stated: 'Stated',
      firstStated: 'First stated',
      changedAt: 'Changed at',
      lastStated: 'Last stated',
      inAll: (meetings) => `(${meetings} in all)`,
      sinceThen: 'Since then',
      statedWithout: 'Stated without a red line at',
      collidesWith: 'Collides with',
      noCollision: 'No collision with another side’s demand is recorded.',
      on: 'on',
      latestAt: ', latest at',
      notHeld: ': stated only for a meeting that did not take place.',
      earlier: (count, side, span) => `${count} of ${side}, last stated ${span}: each is on its issue’s page, listed under`,
      issuesLink: 'Issues',
    },
    readouts: 'How each side described it',
    compare: {
      title: 'Compare two rounds',
      description:
        "Any two held rounds side by side: place and dates, delegations and mediators, each side's positions and red lines, with what was added, dropped or changed.",
      lede: 'Any two held rounds side by side: where and when, who attended, and what each side stated, with every difference marked.',
      recordAsOf: 'The record as of',
      pairTitle: (earlier, later) => `${earlier} and ${later} compared`,
      pairDescription: (earlier, later) =>
        `What changed from ${earlier} to ${later}: place, delegations, positions and red lines, side by side.`,
      pairLede: 'What changed from one held round to the next: place and dates, delegations, positions and red lines, side by side.',
      compareAny: 'Compare any two rounds',
      withPrevious: 'Compare with the previous round',
      pairs: 'One round with the next',
      noPairs: 'Comparisons appear here once two rounds have been held.',
      and: ' and ',
      latestOf: (shown, total) =>
        `The ${shown} latest of ${total}. Each round's page links to its comparison with the round before it; the year pages list every round.`,
      first: 'First round',
      second: 'Second round',
      submit: 'Compare',
      partial: (shown, total) => `The lists offer the latest ${shown} of ${total} held rounds; the rest load when you use them. `,
      needsScript:
        'Comparing in this page needs JavaScript; without it, the comparisons of consecutive rounds below are pages of their own.',
    },
  },
  ar: {
    redLine: 'خط أحمر',
    changed: (how) => `تغيّر: ${how}`,
    restated: 'تكرار للموقف',
    howSeparator: '؛ ',
    asOf: 'حتى',
    positions: {
      title: 'المواقف حسب القضية والجولة',
      description:
        'ما أعلنته إسرائيل وسوريا والولايات المتحدة بشأن كل قضية في أحدث اجتماعات المحادثات، جنبًا إلى جنب، مع تمييز الخطوط الحمراء وتغيّر المواقف.',
      lede: (meetings) => `ما أعلنه كل طرف بشأن كل قضية في آخر ${meetings} نُقلت فيها المواقف، الأقدم أولًا.`,
      shortened: 'كل موقف مختصر؛ اتبع الرابط إلى صفحة الاجتماع لقراءة الموقف كاملًا ومصدره.',
      redLineBefore: 'تدل علامة «خط أحمر» على موقف وصفه صاحبه بأنه خط أحمر؛ والخطوط الحمراء لكل الأطراف في ',
      boardLink: 'لوحة الخطوط الحمراء',
      changedNote:
        'تدل علامة «تغيّر»، مع بيان كيفية التغيّر، على موقف رأى المحررون، استنادًا إلى مصادره، أنه ابتعد عمّا قاله الطرف نفسه آخر مرة بشأن القضية (في أي اجتماع سابق، ولو لم يُعقد)؛ وتدل علامة «تكرار للموقف» على موقف يعيد قوله. أما الموقف الذي لم يحكم فيه المحررون فلا يحمل أيًّا من العلامتين.',
      earlierNote: 'وفي صفحة كل قضية مواقفها في الاجتماعات السابقة أيضًا.',
      caption: 'مواقف كل طرف حسب القضية (الصفوف) والاجتماع (الأعمدة، الأقدم أولًا)',
    },
    matrix: {
      empty: 'لم يُسجَّل بعد موقف لأي طرف في اجتماع عُقد.',
      issue: 'القضية',
      nothingStated: 'لم يُعلن شيء',
      source: (publisher) => `المصدر: ${publisher}`,
      seeTheRound: 'انظر صفحة الجولة',
      sourceText: '[المصدر]',
    },
    redLines: {
      title: 'الخطوط الحمراء',
      description:
        'كل خط أحمر أعلنته إسرائيل وسوريا والولايات المتحدة في المحادثات، ومتى أُعلن أول مرة وآخر مرة وكيف تغيّر، ومطالب الطرف الآخر التي يتعارض معها.',
      lede: 'كل خط أحمر أعلنه كل طرف في أحد اجتماعات المحادثات: مدخل واحد مهما تكرر إعلانه، بآخر صيغة له، والأحدث إعلانًا أولًا.',
      marks:
        'تدل علامتا «تغيّر»، مع بيان كيفية التغيّر، و«تكرار للموقف» على موقف رأى المحررون، استنادًا إلى مصادره، أنه ابتعد عمّا قاله الطرف نفسه آخر مرة بشأن القضية أو كرّره؛ أما الموقف الذي لم يحكموا فيه فلا يحمل أيًّا منهما. ولا يُعرض التعارض مع مطلب طرف آخر إلا حيث يُظهر مصدرٌ تعارضهما، مع آخر موقف لذلك الطرف بشأنه.',
      matrixBefore: 'كل المواقف جنبًا إلى جنب: ',
      matrixLink: 'مصفوفة المواقف',
      empty: 'لم يعلن أي طرف بعد خطًا أحمر في اجتماع عُقد.',
      stated: 'أُعلن في',
      firstStated: 'أُعلن أول مرة في',
      changedAt: 'تغيّر في',
      lastStated: 'أُعلن آخر مرة في',
      inAll: (meetings) => `(${meetings} في المجموع)`,
      sinceThen: 'منذ ذلك الحين',
      statedWithout: 'أُعلن دون وصفه بخط أحمر في',
      collidesWith: 'يتعارض مع',
      noCollision: 'لم يُسجَّل تعارض مع مطلب لطرف آخر.',
      on: 'بشأن',
      latestAt: '، وآخر ما أُعلن في',
      notHeld: ': أُعلن فقط لاجتماع لم يُعقد.',
      earlier: (count, side, span) => `${count} أعلنتها ${side}، وأُعلنت آخر مرة ${span}: كلٌّ منها في صفحة قضيته، المدرجة تحت`,
      issuesLink: 'القضايا',
    },
    readouts: 'كيف وصفه كل طرف',
    compare: {
      title: 'قارن بين جولتين',
      description:
        'أي جولتين عُقدتا جنبًا إلى جنب: المكان والمواعيد، والوفود والوسطاء، ومواقف كل طرف وخطوطه الحمراء، مع ما أُضيف أو سقط أو تغيّر.',
      lede: 'أي جولتين عُقدتا جنبًا إلى جنب: أين ومتى، ومن حضر، وما أعلنه كل طرف، مع تمييز كل اختلاف.',
      recordAsOf: 'السجل حتى',
      pairTitle: (earlier, later) => `مقارنة بين ${earlier} و${later}`,
      pairDescription: (earlier, later) => `ما الذي تغيّر بين ${earlier} و${later}: المكان والوفود والمواقف والخطوط الحمراء، جنبًا إلى جنب.`,
      pairLede: 'ما الذي تغيّر من جولة عُقدت إلى التي تلتها: المكان والمواعيد، والوفود، والمواقف والخطوط الحمراء، جنبًا إلى جنب.',
      compareAny: 'قارن بين أي جولتين',
      withPrevious: 'قارن بالجولة السابقة',
      pairs: 'كل جولة والتي تليها',
      noPairs: 'تظهر المقارنات هنا بعد انعقاد جولتين.',
      and: ' و',
      latestOf: (shown, total) =>
        `أحدث ${shown} من أصل ${total}. وفي صفحة كل جولة رابط إلى مقارنتها بالجولة التي سبقتها، وتسرد صفحات الأعوام كل الجولات.`,
      first: 'الجولة الأولى',
      second: 'الجولة الثانية',
      submit: 'قارن',
      partial: (shown, total) => `تعرض القائمتان أحدث ${shown} من أصل ${total} جولة عُقدت، ويُحمَّل الباقي عند استخدامهما. `,
      needsScript: 'تتطلب المقارنة في هذه الصفحة تفعيل جافاسكربت؛ ومن دونها، فإن مقارنات الجولات المتتالية أدناه صفحات قائمة بذاتها.',
    },
  },
  he: {
    redLine: 'קו אדום',
    changed: (how) => `שינוי: ${how}`,
    restated: 'חזרה על עמדה',
    howSeparator: '; ',
    asOf: 'נכון ליום',
    positions: {
      title: 'עמדות לפי סוגיה וסבב',
      description:
        'מה הצהירו ישראל, סוריה וארצות הברית על כל סוגיה בפגישות האחרונות של השיחות, זו לצד זו, עם סימון הקווים האדומים ושינויי העמדות.',
      lede: (meetings) => `מה הצהיר כל צד על כל סוגיה בפגישות האחרונות שבהן דווחו עמדות (${meetings}), מהישנה לחדשה.`,
      shortened: 'כל עמדה מקוצרת; הקישור מוביל לעמוד הפגישה, שבו העמדה המלאה ומקורה.',
      redLineBefore: '"קו אדום" מסמן עמדה שהצד הגדיר כקו אדום; הקווים האדומים של כל הצדדים מרוכזים ב',
      boardLink: 'לוח הקווים האדומים',
      changedNote:
        '"שינוי", עם פירוט האופן, מסמן עמדה שהעורכים קבעו, על סמך מקורותיה, שהיא זזה ממה שאמר אותו צד בפעם האחרונה על הסוגיה (בכל פגישה קודמת, גם כזו שלא התקיימה); "חזרה על עמדה" מסמנת עמדה שחוזרת על הדברים. עמדה שהעורכים טרם שפטו אינה נושאת אף אחד מהסימונים.',
      earlierNote: 'בעמוד של כל סוגיה מופיעות גם עמדותיה בפגישות קודמות.',
      caption: 'העמדות של כל צד, לפי סוגיה (שורות) ופגישה (עמודות, מהישנה לחדשה)',
    },
    matrix: {
      empty: 'טרם תועדה עמדה של צד כלשהו בפגישה שהתקיימה.',
      issue: 'סוגיה',
      nothingStated: 'לא הוצהר דבר',
      source: (publisher) => `מקור: ${publisher}`,
      seeTheRound: 'ראו בעמוד הסבב',
      sourceText: '[מקור]',
    },
    redLines: {
      title: 'קווים אדומים',
      description:
        'כל קו אדום שהציבו ישראל, סוריה וארצות הברית בשיחות, מתי הוצהר לראשונה ולאחרונה וכיצד השתנה, ודרישות הצד האחר שהוא מתנגש בהן.',
      lede: 'כל קו אדום שהציב כל צד בפגישה של השיחות: ערך אחד לכל קו, ככל שהוצהר פעמים רבות, בנוסחו האחרון, והאחרון שהוצהר ראשון.',
      marks:
        '"שינוי", עם פירוט האופן, ו"חזרה על עמדה" מסמנים עמדה שהעורכים קבעו, על סמך מקורותיה, שהיא זזה ממה שאמר אותו צד בפעם האחרונה על הסוגיה או חוזרת עליו; עמדה שטרם שפטו אינה נושאת אף אחד מהם. התנגשות עם דרישה של צד אחר מוצגת רק כשמקור מראה את ההתנגשות, עם העמדה האחרונה של אותו צד בעניין.',
      matrixBefore: 'כל העמדות זו לצד זו: ',
      matrixLink: 'מטריצת העמדות',
      empty: 'טרם הציב צד כלשהו קו אדום בפגישה שהתקיימה.',
      stated: 'הוצהר',
      firstStated: 'הוצהר לראשונה',
      changedAt: 'השתנה',
      lastStated: 'הוצהר לאחרונה',
      inAll: (meetings) => `(בסך הכול ${meetings})`,
      sinceThen: 'מאז',
      statedWithout: 'הוצהר שלא כקו אדום ב',
      collidesWith: 'מתנגש עם',
      noCollision: 'לא תועדה התנגשות עם דרישה של צד אחר.',
      on: 'בעניין',
      latestAt: ', לאחרונה ב',
      notHeld: ': הוצהר רק לקראת פגישה שלא התקיימה.',
      earlier: (count, side, span) => `${count} של ${side}, שהוצהרו לאחרונה ${span}: כל אחד מהם בעמוד הסוגיה שלו, המופיע תחת`,
      issuesLink: 'סוגיות',
    },
    readouts: 'כיצד תיאר כל צד את הפגישה',
    compare: {
      title: 'השוואה בין שני סבבים',
      description:
        'כל שני סבבים שהתקיימו זה לצד זה: מקום ותאריכים, משלחות ומתווכים, עמדות וקווים אדומים של כל צד, ומה נוסף, נשמט או השתנה.',
      lede: 'כל שני סבבים שהתקיימו זה לצד זה: היכן ומתי, מי השתתף ומה הצהיר כל צד, וכל הבדל מסומן.',
      recordAsOf: 'התיעוד נכון ליום',
      pairTitle: (earlier, later) => `השוואה: ${earlier} ו${later}`,
      pairDescription: (earlier, later) => `מה השתנה בין ${earlier} ל${later}: מקום, משלחות, עמדות וקווים אדומים, זה לצד זה.`,
      pairLede: 'מה השתנה מסבב שהתקיים לזה שאחריו: מקום ותאריכים, משלחות, עמדות וקווים אדומים, זה לצד זה.',
      compareAny: 'השוואה בין כל שני סבבים',
      withPrevious: 'השוואה לסבב הקודם',
      pairs: 'כל סבב והסבב שאחריו',
      noPairs: 'ההשוואות יופיעו כאן לאחר שיתקיימו שני סבבים.',
      and: ' ו-',
      latestOf: (shown, total) =>
        `${shown} האחרונות מתוך ${total}. עמוד כל סבב מקשר להשוואה שלו לסבב שקדם לו; עמודי השנים מפרטים את כל הסבבים.`,
      first: 'סבב ראשון',
      second: 'סבב שני',
      submit: 'השוואה',
      partial: (shown, total) => `ברשימות מוצגים ${shown} האחרונים מתוך ${total} הסבבים שהתקיימו; השאר נטענים בעת השימוש בהן. `,
      needsScript: 'ההשוואה בעמוד זה דורשת JavaScript; בלעדיו, ההשוואות בין סבבים עוקבים שלהלן הן עמודים בפני עצמם.',
    },
  },
};
