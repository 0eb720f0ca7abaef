/** The Arabic edition's interface, in Modern Standard Arabic: the keys of `en.ts`, each in the words of the Arabic press. */
import type { CoreStrings } from '@/lib/base/dictionaries/en';

/** The ordinals of a round in a sentence, feminine as الجولة is: "الجولة الخامسة". */
const ARABIC_ORDINALS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];

export const ar: CoreStrings = {
  siteTitle: 'سجل المحادثات السورية الإسرائيلية',
  siteDescription:
    'السجل العام الموثّق للمحادثات الأمنية بين إسرائيل وسوريا بوساطة أمريكية: كل جولة، ومن حضرها، وما قاله كل طرف، وأين نُشر ذلك.',
  skipToContent: 'انتقل إلى المحتوى',
  mainNavigation: 'القائمة الرئيسية',
  nav: { timeline: 'التسلسل الزمني', people: 'الأشخاص', issues: 'القضايا', positions: 'المواقف', redLines: 'الخطوط الحمراء' },
  footerNote: 'كل معلومة في هذا الموقع موثّقة بمصدرها، وكل صفحة تسرد مصادرها. وتُذكر التصحيحات في الصفحة التي تغيّرها.',
  aboutNavigation: 'عن السجل',
  about: {
    methods: 'كيف يُعدّ السجل',
    numbering: 'كيف تُرقَّم الجولات',
    data: 'البيانات المفتوحة وترخيصها',
    corrections: 'جميع التصحيحات',
  },
  editions: 'هذه الصفحة بلغات أخرى',
  sectionLink: (title) => `رابط إلى قسم «${title}»`,
  untranslated: 'لم تُترجم هذه الصفحة بعد. تُعرض وقائعها بالعربية، أما نصّها فبالإنجليزية.',
  staleTranslation: (day) =>
    day === undefined
      ? 'تغيّر النص الإنجليزي لهذه الصفحة بعد إعداد هذه الترجمة، ويجري تحديثها.'
      : `حُدّث النص الإنجليزي لهذه الصفحة في ${day}، ويجري تحديث هذه الترجمة.`,
  readTheEnglish: 'اقرأ النص الإنجليزي',
  // The conjunction و is written joined to the word it comes before: "سوريا والولايات المتحدة".
  list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('، ')} و${items.at(-1) ?? ''}`),
  confirmedBy: (names) => `أكّدته ${names}`,
  pressOnly: 'أوردته الصحافة فقط',
  reportedOn: 'أُعلن عنه في',
  roundLabel: (n) => (n === undefined ? 'اتصال مباشر' : `الجولة ${n}`),
  roundInSentence: (n) => `الجولة ${ARABIC_ORDINALS[n - 1] ?? n}`,
  reportedOnDay: (day) => `أُعلن عنه في ${day}`,
  inCity: (label, city) => `${label} في ${city}`,
  comma: '، ',
  statuses: {
    held: 'عُقد',
    postponed: 'أُعلن عنه ثم أُرجئ',
    cancelled: 'أُعلن عنه ثم أُلغي',
    upcoming: 'مرتقب',
    notYetHeld: (day) => `أُعلن عنه في موعد ${day}، ولم يُفد بعد بانعقاده`,
  },
  cities: { Paris: 'باريس', Baku: 'باكو', London: 'لندن', Amman: 'عمّان', Damascus: 'دمشق', 'Border region': 'المنطقة الحدودية' },
  round: {
    when: 'الموعد',
    place: 'المكان',
    status: 'الحالة',
    confirmation: 'التأكيد',
    issues: 'القضايا',
    delegationsCaption: (held) => `${held ? 'من حضر' : 'من سُمّي للحضور'}، بحسب الطرف؛ ويُذكر رئيس كل وفد، أو الوسيط الرئيسي، أولًا`,
    delegations: 'الوفود',
    positions: 'المواقف والخطوط الحمراء',
    noPositions: 'لا تورد المصادر موقف أي طرف في هذا الاجتماع.',
    side: 'الطرف',
    people: 'الأشخاص (رئيس الوفد أو الوسيط الرئيسي أولًا)',
    previous: '→ السابق',
    next: 'التالي ←',
    pager: 'الاجتماع السابق والتالي',
    numberingLink: 'كيف تُرقَّم الجولات',
  },
  dateInferred: 'صفحة غير مؤرّخة؛ التاريخ مستنتج من مضمونها',
  noAddress: 'لا يُعرف عنوانها على الإنترنت',
  notFound: {
    title: 'الصفحة غير موجودة',
    description: 'هذه الصفحة غير موجودة. يسرد التسلسل الزمني وفهرسا الأشخاص والقضايا كل ما ينشره الموقع.',
    lede: 'لا توجد صفحة بهذا العنوان. تحتفظ الصفحات المنشورة بعناوينها، فلعل الرابط كُتب خطأً.',
    timeline: 'التسلسل الزمني',
    timelineWhat: ': أحدث الجولات والأحداث المحيطة بها، مع صفحة لكل عام',
    people: 'الأشخاص',
    peopleWhat: ': كل من ورد اسمه في المحادثات، بحسب الطرف',
    issues: 'القضايا',
    issuesWhat: ': مواقف كل طرف، جولة بعد جولة',
  },
  sources: 'المصادر',
  updates: 'التحديثات والتصحيحات',
};
