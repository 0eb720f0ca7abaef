/** The words of the people pages and of attendance: places at a meeting, doubts over presence, who was in the room. */
import type { InEveryEdition } from '@/lib/base/locales';

type Attendance = 'head' | 'member' | 'lead-mediator' | 'mediator';
type Doubt = 'one-source' | 'reports-differ';

export interface PeopleStrings {
  index: { title: string; description: string; lede: string; roomLink: string; roomWhat: string };
  /** A person page's description for search engines: the name, and the role when there is one. */
  description: (name: string, role: string | undefined) => string;
  alsoWritten: string;
  /** "In Arabic:", before the name in that script; the language named by Intl.DisplayNames. */
  inLanguage: (language: string) => string;
  searchEvery: (name: string) => string;
  follow: (name: string) => string;
  roles: string;
  appearances: string;
  noAppearances: string;
  about: string;
  /** When a role was held. */
  period: { range: (from: string, to: string) => string; onwards: (from: string) => string; until: (to: string) => string };
  /** A place at a meeting, as a label and as a person's page lists it. */
  attendance: Record<Attendance, string>;
  attendanceMeanings: Record<Attendance, string>;
  headOf: (side: string) => string;
  memberOf: (side: string) => string;
  /** "Lead mediator for the United States". */
  mediatorFor: (place: string, side: string) => string;
  namedInEvent: string;
  doubts: Record<Doubt, string>;
  doubtMeanings: Record<Doubt, string>;
  room: {
    title: string;
    description: string;
    lede: string;
    asOf: string;
    leftOut: string;
    doubtsIntro: string;
    /** A doubt's mark in quotation marks, and what it means. */
    doubtEntry: (label: string, meaning: string) => string;
    caption: (meetings: string) => string;
    person: string;
    notListed: string;
    noneHeld: string;
  };
}

export const people: InEveryEdition<PeopleStrings> = {
  en: {
    index: {
      title: 'People',
      description:
        'Everyone who took part in or shaped the Israel–Syria security talks, grouped by side, with every spelling of their name.',
      lede: "Everyone named in a round or a context event, by side. Each page lists the person's roles and every meeting and event they took part in.",
      roomLink: 'Who was in the room',
      roomWhat: ': who sat at each of the latest meetings, and as what.',
    },
    description: (name, role) =>
      `${name}${role ? `, ${role}` : ''}: roles, and every round and event of the Israel–Syria talks they took part in.`,
    alsoWritten: 'Also written:',
    inLanguage: (language) => `In ${language}:`,
    searchEvery: (name) => `Search every page on ${name}`,
    follow: (name) => `Follow ${name}`,
    roles: 'Roles',
    appearances: 'Rounds and events',
    noAppearances: "Not listed in any round's delegation or any event yet.",
    about: 'About',
    period: { range: (from, to) => `${from} – ${to}`, onwards: (from) => `${from} onwards`, until: (to) => `until ${to}` },
    attendance: { head: 'Head', member: 'Member', 'lead-mediator': 'Lead mediator', mediator: 'Mediator' },
    attendanceMeanings: {
      head: "the first person the record lists in a side's delegation",
      member: "anyone else in that side's delegation",
      'lead-mediator': "the first of the United States' people at a meeting with another side: the United States mediates the talks",
      mediator: "the United States' other people at such a meeting",
    },
    headOf: (side) => `Head of the delegation of ${side}`,
    memberOf: (side) => `Delegation of ${side}`,
    mediatorFor: (place, side) => `${place} for ${side}`,
    namedInEvent: 'Named in this event',
    doubts: { 'one-source': 'attendance reported by one source only', 'reports-differ': 'reports differ on attendance' },
    doubtMeanings: {
      'one-source': 'a single report places the person at the meeting, and no other report cited names them there',
      'reports-differ':
        'some reports place the person at the meeting, while others name someone else in their place or the person denies it',
    },
    room: {
      title: 'Who was in the room',
      description:
        'Who sat at each of the latest meetings of the Israel–Syria security talks, and as what: heads of delegation, members and mediators, by side.',
      lede: "Who sat at each of the latest meetings, by side, and how: at the head of a side's delegation, in it, or as a mediator.",
      asOf: 'As of',
      leftOut: 'Meetings announced, postponed or cancelled are left out: nobody sat at them.',
      doubtsIntro: "Under a mark, where the sources do not settle that the person was there (the meeting's page names the reports):",
      doubtEntry: (label, meaning) => `“${label}”: ${meaning}`,
      caption: (meetings) => `Who sat at the latest ${meetings} that took place, oldest first: a row per person, by side`,
      person: 'Person',
      notListed: 'Not listed',
      noneHeld: 'No meeting is recorded as held yet.',
    },
  },
  ar: {
    index: {
      title: 'الأشخاص',
      description: 'كل من شارك في المحادثات الأمنية السورية الإسرائيلية أو أثّر فيها، مصنّفين حسب الطرف، مع كل صيغ كتابة أسمائهم.',
      lede: 'كل من ورد اسمه في جولة أو حدث ذي صلة، حسب الطرف. وتعرض صفحة كل شخص مناصبه وكل اجتماع وحدث شارك فيه.',
      roomLink: 'من كان في القاعة',
      roomWhat: ': من حضر كلًّا من أحدث الاجتماعات، وبأي صفة.',
    },
    description: (name, role) => `${name}${role ? `، ${role}` : ''}: المناصب، وكل جولة وحدث من المحادثات السورية الإسرائيلية شارك فيه.`,
    alsoWritten: 'يُكتب أيضًا:',
    inLanguage: (language) => `باللغة ${language}:`,
    searchEvery: (name) => `ابحث في كل الصفحات عن ${name}`,
    follow: (name) => `تابع ${name}`,
    roles: 'المناصب',
    appearances: 'الجولات والأحداث',
    noAppearances: 'لم يرد اسمه بعد في وفد أي جولة ولا في أي حدث.',
    about: 'نبذة',
    period: { range: (from, to) => `${from} – ${to}`, onwards: (from) => `منذ ${from}`, until: (to) => `حتى ${to}` },
    attendance: { head: 'رئيس الوفد', member: 'عضو', 'lead-mediator': 'الوسيط الرئيسي', mediator: 'وسيط' },
    attendanceMeanings: {
      head: 'أول من يذكره السجل في وفد أحد الأطراف',
      member: 'أي شخص آخر في وفد ذلك الطرف',
      'lead-mediator': 'أول ممثلي الولايات المتحدة في اجتماع مع طرف آخر، إذ تتوسط الولايات المتحدة في المحادثات',
      mediator: 'سائر ممثلي الولايات المتحدة في مثل هذا الاجتماع',
    },
    headOf: (side) => `رئيس وفد ${side}`,
    memberOf: (side) => `عضو وفد ${side}`,
    mediatorFor: (place, side) => `${place} عن ${side}`,
    namedInEvent: 'ورد اسمه في هذا الحدث',
    doubts: { 'one-source': 'لم يرد الحضور إلا في مصدر واحد', 'reports-differ': 'تتباين التقارير بشأن الحضور' },
    doubtMeanings: {
      'one-source': 'تقرير واحد فقط يضع الشخص في الاجتماع، ولا يذكره هناك أي تقرير آخر من التقارير المستشهد بها',
      'reports-differ': 'تضع بعض التقارير الشخص في الاجتماع، فيما تذكر تقارير أخرى شخصًا آخر مكانه أو ينفي الشخص نفسه حضوره',
    },
    room: {
      title: 'من كان في القاعة',
      description:
        'من حضر كلًّا من أحدث اجتماعات المحادثات الأمنية السورية الإسرائيلية، وبأي صفة: رؤساء الوفود وأعضاؤها والوسطاء، حسب الطرف.',
      lede: 'من حضر كلًّا من أحدث الاجتماعات، حسب الطرف، وبأي صفة: على رأس وفد أحد الأطراف، أو عضوًا فيه، أو وسيطًا.',
      asOf: 'حتى',
      leftOut: 'لا تُدرج الاجتماعات التي أُعلن عنها أو أُرجئت أو أُلغيت، إذ لم يحضرها أحد.',
      doubtsIntro: 'تحت العلامة، حين لا تحسم المصادر حضور الشخص (وتذكر صفحة الاجتماع التقارير):',
      doubtEntry: (label, meaning) => `«${label}»: ${meaning}`,
      caption: (meetings) => `من حضر آخر ${meetings} عُقدت، الأقدم أولًا: صف لكل شخص، حسب الطرف`,
      person: 'الشخص',
      notListed: 'غير مدرج',
      noneHeld: 'لم يُسجَّل انعقاد أي اجتماع بعد.',
    },
  },
  he: {
    index: {
      title: 'אנשים',
      description: 'כל מי שהשתתף בשיחות הביטחון בין ישראל לסוריה או השפיע עליהן, לפי צד, עם כל צורות הכתיב של שמם.',
      lede: 'כל מי שנזכר בסבב או באירוע רקע, לפי צד. בעמוד של כל אחד מפורטים תפקידיו וכל פגישה ואירוע שהשתתף בהם.',
      roomLink: 'מי ישב בחדר',
      roomWhat: ': מי ישב בכל אחת מהפגישות האחרונות, ובאיזה תפקיד.',
    },
    description: (name, role) => `${name}${role ? `, ${role}` : ''}: תפקידים, וכל סבב ואירוע בשיחות בין ישראל לסוריה שהשתתף בהם.`,
    alsoWritten: 'נכתב גם:',
    inLanguage: (language) => `ב${language}:`,
    searchEvery: (name) => `חיפוש בכל העמודים על ${name}`,
    follow: (name) => `מעקב אחר ${name}`,
    roles: 'תפקידים',
    appearances: 'סבבים ואירועים',
    noAppearances: 'טרם נכלל במשלחת של סבב כלשהו או באירוע כלשהו.',
    about: 'אודות',
    period: { range: (from, to) => `${from} – ${to}`, onwards: (from) => `מ-${from} ואילך`, until: (to) => `עד ${to}` },
    attendance: { head: 'ראש המשלחת', member: 'חבר משלחת', 'lead-mediator': 'המתווך הראשי', mediator: 'מתווך' },
    attendanceMeanings: {
      head: 'האדם הראשון שהתיעוד מונה במשלחת של צד',
      member: 'כל אדם אחר במשלחת של אותו צד',
      'lead-mediator': 'הראשון מאנשי ארצות הברית בפגישה עם צד אחר: ארצות הברית מתווכת בשיחות',
      mediator: 'שאר אנשי ארצות הברית בפגישה כזו',
    },
    headOf: (side) => `ראש המשלחת של ${side}`,
    memberOf: (side) => `המשלחת של ${side}`,
    mediatorFor: (place, side) => `${place} מטעם ${side}`,
    namedInEvent: 'נזכר באירוע זה',
    doubts: { 'one-source': 'ההשתתפות דווחה במקור אחד בלבד', 'reports-differ': 'הדיווחים חלוקים בשאלת ההשתתפות' },
    doubtMeanings: {
      'one-source': 'דיווח אחד בלבד ממקם את האדם בפגישה, ואף דיווח אחר מבין המצוטטים אינו מזכיר אותו שם',
      'reports-differ': 'חלק מהדיווחים ממקמים את האדם בפגישה, ואחרים מזכירים מישהו אחר במקומו או שהאדם מכחיש',
    },
    room: {
      title: 'מי ישב בחדר',
      description:
        'מי ישב בכל אחת מהפגישות האחרונות בשיחות הביטחון בין ישראל לסוריה, ובאיזה תפקיד: ראשי משלחות, חברי משלחות ומתווכים, לפי צד.',
      lede: 'מי ישב בכל אחת מהפגישות האחרונות, לפי צד, ובאיזה אופן: בראש משלחת של צד, בתוכה או כמתווך.',
      asOf: 'נכון ליום',
      leftOut: 'פגישות שהוכרזו, נדחו או בוטלו אינן נכללות: איש לא ישב בהן.',
      doubtsIntro: 'מתחת לסימון, כשהמקורות אינם מכריעים שהאדם היה שם (עמוד הפגישה מציין את הדיווחים):',
      doubtEntry: (label, meaning) => `"${label}": ${meaning}`,
      caption: (meetings) => `מי ישב בפגישות האחרונות שהתקיימו (${meetings}), מהישנה לחדשה: שורה לכל אדם, לפי צד`,
      person: 'אדם',
      notListed: 'לא נכלל',
      noneHeld: 'טרם תועדה פגישה שהתקיימה.',
    },
  },
};
