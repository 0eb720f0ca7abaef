/**
 * The nouns the interface counts, in each edition's forms for every number: English has one and other; Arabic one,
 * two, a few (3–10), many (11–99) and other (100 and up, in the singular); Hebrew one, two and other. `#` is the number.
 */
import type { PluralForms } from '@/lib/base/numbers';
import type { InEveryEdition } from '@/lib/base/locales';

type Counts = Record<
  | 'day'
  | 'meeting'
  | 'event'
  | 'contextEvent'
  | 'numberedRound'
  | 'correction'
  | 'correctionOrAddition'
  | 'earlierCorrection'
  | 'earlierRoundOrEvent'
  | 'earlierMeeting'
  | 'earlierMeetingOrEvent'
  | 'earlierRoundWithPositions'
  | 'earlierRedLine'
  | 'stillToCome',
  PluralForms
>;

export const counts: InEveryEdition<Counts> = {
  en: {
    day: { one: '# day', other: '# days' },
    meeting: { one: '# meeting', other: '# meetings' },
    event: { one: '# event', other: '# events' },
    contextEvent: { one: '# context event', other: '# context events' },
    numberedRound: { one: '# numbered round', other: '# numbered rounds' },
    correction: { one: '# correction', other: '# corrections' },
    correctionOrAddition: { one: '# correction or addition', other: '# corrections and additions' },
    earlierCorrection: { one: '# earlier correction', other: '# earlier corrections' },
    earlierRoundOrEvent: { one: '# earlier round or event', other: '# earlier rounds and events' },
    earlierMeeting: { one: '# earlier meeting', other: '# earlier meetings' },
    earlierMeetingOrEvent: { one: '# earlier meeting or event', other: '# earlier meetings and events' },
    earlierRoundWithPositions: { one: '# earlier round with stated positions', other: '# earlier rounds with stated positions' },
    earlierRedLine: { one: '# earlier red line', other: '# earlier red lines' },
    stillToCome: { one: '# meeting is announced and still to come.', other: '# meetings are announced and still to come.' },
  },
  ar: {
    day: { one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' },
    meeting: { zero: '# اجتماعات', one: 'اجتماع واحد', two: 'اجتماعان', few: '# اجتماعات', many: '# اجتماعًا', other: '# اجتماع' },
    event: { zero: '# أحداث', one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثًا', other: '# حدث' },
    contextEvent: {
      zero: '# أحداث ذات صلة',
      one: 'حدث ذو صلة واحد',
      two: 'حدثان ذوا صلة',
      few: '# أحداث ذات صلة',
      many: '# حدثًا ذا صلة',
      other: '# حدث ذي صلة',
    },
    numberedRound: {
      zero: '# جولات مرقّمة',
      one: 'جولة مرقّمة واحدة',
      two: 'جولتان مرقّمتان',
      few: '# جولات مرقّمة',
      many: '# جولةً مرقّمة',
      other: '# جولة مرقّمة',
    },
    correction: { zero: '# تصحيحات', one: 'تصحيح واحد', two: 'تصحيحان', few: '# تصحيحات', many: '# تصحيحًا', other: '# تصحيح' },
    correctionOrAddition: {
      one: 'تصحيح أو إضافة واحدة',
      two: 'تصحيحان أو إضافتان',
      few: '# تصحيحات وإضافات',
      many: '# تصحيحًا وإضافة',
      other: '# تصحيح وإضافة',
    },
    earlierCorrection: {
      one: 'تصحيح سابق واحد',
      two: 'تصحيحان سابقان',
      few: '# تصحيحات سابقة',
      many: '# تصحيحًا سابقًا',
      other: '# تصحيح سابق',
    },
    earlierRoundOrEvent: {
      one: 'جولة أو حدث سابق واحد',
      two: 'جولتان أو حدثان سابقان',
      few: '# جولات وأحداث سابقة',
      many: '# جولةً وحدثًا سابقًا',
      other: '# جولة وحدث سابق',
    },
    earlierMeeting: {
      one: 'اجتماع سابق واحد',
      two: 'اجتماعان سابقان',
      few: '# اجتماعات سابقة',
      many: '# اجتماعًا سابقًا',
      other: '# اجتماع سابق',
    },
    earlierMeetingOrEvent: {
      one: 'اجتماع أو حدث سابق واحد',
      two: 'اجتماعان أو حدثان سابقان',
      few: '# اجتماعات وأحداث سابقة',
      many: '# اجتماعًا وحدثًا سابقًا',
      other: '# اجتماع وحدث سابق',
    },
    earlierRoundWithPositions: {
      one: 'جولة سابقة واحدة أُعلنت فيها مواقف',
      two: 'جولتان سابقتان أُعلنت فيهما مواقف',
      few: '# جولات سابقة أُعلنت فيها مواقف',
      many: '# جولةً سابقة أُعلنت فيها مواقف',
      other: '# جولة سابقة أُعلنت فيها مواقف',
    },
    earlierRedLine: {
      one: 'خط أحمر سابق واحد',
      two: 'خطان أحمران سابقان',
      few: '# خطوط حمراء سابقة',
      many: '# خطًا أحمر سابقًا',
      other: '# خط أحمر سابق',
    },
    stillToCome: {
      one: 'وأُعلن عن اجتماع واحد لم يُعقد بعد.',
      two: 'وأُعلن عن اجتماعين لم يُعقدا بعد.',
      few: 'وأُعلن عن # اجتماعات لم تُعقد بعد.',
      many: 'وأُعلن عن # اجتماعًا لم تُعقد بعد.',
      other: 'وأُعلن عن # اجتماع لم تُعقد بعد.',
    },
  },
  he: {
    day: { one: 'יום אחד', two: 'יומיים', other: '# ימים' },
    meeting: { one: 'פגישה אחת', two: 'שתי פגישות', other: '# פגישות' },
    event: { one: 'אירוע אחד', two: 'שני אירועים', other: '# אירועים' },
    contextEvent: { one: 'אירוע רקע אחד', two: 'שני אירועי רקע', other: '# אירועי רקע' },
    numberedRound: { one: 'סבב ממוספר אחד', two: 'שני סבבים ממוספרים', other: '# סבבים ממוספרים' },
    correction: { one: 'תיקון אחד', two: 'שני תיקונים', other: '# תיקונים' },
    correctionOrAddition: { one: 'תיקון או תוספת אחת', two: 'שני תיקונים ותוספות', other: '# תיקונים ותוספות' },
    earlierCorrection: { one: 'תיקון קודם אחד', two: 'שני תיקונים קודמים', other: '# תיקונים קודמים' },
    earlierRoundOrEvent: { one: 'סבב או אירוע קודם אחד', two: 'שני סבבים ואירועים קודמים', other: '# סבבים ואירועים קודמים' },
    earlierMeeting: { one: 'פגישה קודמת אחת', two: 'שתי פגישות קודמות', other: '# פגישות קודמות' },
    earlierMeetingOrEvent: { one: 'פגישה או אירוע קודם אחד', two: 'שתי פגישות ואירועים קודמים', other: '# פגישות ואירועים קודמים' },
    earlierRoundWithPositions: {
      one: 'סבב קודם אחד שבו הוצהרו עמדות',
      two: 'שני סבבים קודמים שבהם הוצהרו עמדות',
      other: '# סבבים קודמים שבהם הוצהרו עמדות',
    },
    earlierRedLine: { one: 'קו אדום קודם אחד', two: 'שני קווים אדומים קודמים', other: '# קווים אדומים קודמים' },
    stillToCome: {
      one: 'פגישה אחת הוכרזה וטרם התקיימה.',
      two: 'שתי פגישות הוכרזו וטרם התקיימו.',
      other: '# פגישות הוכרזו וטרם התקיימו.',
    },
  },
};
