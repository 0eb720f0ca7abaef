import { describe, expect, it } from 'vitest';
import {
  appearancesByPerson,
  ATTENDANCE_PLACES,
  attendanceAt,
  attendanceDoubtLabel,
  attendanceDoubtLead,
  attendanceDoubtMeaning,
  attendanceDoubtOf,
  attendanceDoubtSentence,
  delegatesBySide,
  delegationsBySide,
  attendanceLabel,
  attendanceMeaning,
  peopleBySide,
  positionsBySide,
  isUpcoming,
  leadsOf,
  publishedDay,
  roundStatusLabel,
  seatNote,
  seatRole,
} from '@/lib/model/rounds';
import { event, person, position, round, roundData } from '@tests/helpers/fixtures';

describe('delegationsBySide', () => {
  it('lists sides in the standard order whatever the file order, keeping each list as written', () => {
    const result = delegationsBySide({
      'united-states': ['tom-barrack'],
      france: ['jean-noel-barrot'],
      syria: ['asaad-al-shaibani', 'hussein-al-salama'],
      israel: ['ron-dermer'],
    });
    expect(result).toEqual([
      { side: 'israel', people: ['ron-dermer'] },
      { side: 'syria', people: ['asaad-al-shaibani', 'hussein-al-salama'] },
      { side: 'united-states', people: ['tom-barrack'] },
      { side: 'france', people: ['jean-noel-barrot'] },
    ]);
  });

  it('leaves out sides with no one listed', () => {
    expect(delegationsBySide({ israel: [], syria: ['hussein-al-salama'] })).toEqual([{ side: 'syria', people: ['hussein-al-salama'] }]);
  });

  it('is empty when there are no delegations', () => {
    expect(delegationsBySide({})).toEqual([]);
  });
});

describe('attendanceAt', () => {
  it("makes the first person of each side's delegation its head and the others members", () => {
    expect(attendanceAt({ syria: ['asaad-al-shaibani', 'hussein-al-salama'], israel: ['ron-dermer'] })).toEqual(
      new Map([
        ['ron-dermer', 'head'],
        ['asaad-al-shaibani', 'head'],
        ['hussein-al-salama', 'member'],
      ]),
    );
  });

  it("makes the United States' people mediators at a meeting with another side, the first listed the lead", () => {
    const attendance = attendanceAt({ israel: ['yechiel-leiter'], 'united-states': ['tom-barrack', 'steve-witkoff', 'jared-kushner'] });
    expect(attendance.get('tom-barrack')).toBe('lead-mediator');
    expect(attendance.get('steve-witkoff')).toBe('mediator');
    expect(attendance.get('jared-kushner')).toBe('mediator');
    expect(attendance.get('yechiel-leiter')).toBe('head');
  });

  it('treats the United States alone at a meeting as a delegation, and any other side as one', () => {
    expect(attendanceAt({ 'united-states': ['tom-barrack', 'morgan-ortagus'] })).toEqual(
      new Map([
        ['tom-barrack', 'head'],
        ['morgan-ortagus', 'member'],
      ]),
    );
    expect(attendanceAt({ france: ['jean-noel-barrot'], syria: ['asaad-al-shaibani'] }).get('jean-noel-barrot')).toBe('head');
  });
});

describe('leadsOf', () => {
  it("takes the head of each party's delegation and the lead mediator, in side order", () => {
    expect(
      leadsOf({
        'united-states': ['tom-barrack', 'steve-witkoff'],
        syria: ['asaad-al-shaibani', 'hussein-al-salama'],
        israel: ['ron-dermer', 'yechiel-leiter'],
      }),
    ).toEqual([
      { side: 'israel', id: 'ron-dermer', as: 'head' },
      { side: 'syria', id: 'asaad-al-shaibani', as: 'head' },
      { side: 'united-states', id: 'tom-barrack', as: 'lead-mediator' },
    ]);
  });

  it('is empty for a meeting with no delegations', () => {
    expect(leadsOf({})).toEqual([]);
  });
});

describe('seatNote', () => {
  it("names a head only in a delegation of several, a mediator's place always, a member's never", () => {
    expect(seatNote('head', 2)).toBe('head');
    expect(seatNote('head', 1)).toBeUndefined();
    expect(seatNote('member', 3)).toBeUndefined();
    expect(seatNote('lead-mediator', 1)).toBe('lead mediator');
    expect(seatNote('mediator', 2)).toBe('mediator');
    expect(seatNote('head', 2, 'ar')).toBe('رئيس الوفد');
    expect(seatNote('lead-mediator', 1, 'he')).toBe('המתווך הראשי');
    expect(seatNote('member', 3, 'he')).toBeUndefined();
  });

  it('words a place in English as the key beside a view of attendance labels it', () => {
    for (const as of ['head', 'lead-mediator', 'mediator'] as const) expect(seatNote(as, 2)).toBe(attendanceLabel(as).toLowerCase());
  });
});

describe('seatRole', () => {
  it("says a party's place by its delegation and a mediator's by the side they mediate for", () => {
    expect(seatRole('head', 'syria')).toBe('Head of the delegation of Syria');
    expect(seatRole('member', 'israel')).toBe('Delegation of Israel');
    expect(seatRole('lead-mediator', 'united-states')).toBe('Lead mediator for the United States');
    expect(seatRole('mediator', 'united-states')).toBe('Mediator for the United States');
  });
});

describe('positionsBySide', () => {
  it('groups positions by side in side order, keeping the file order within a side', () => {
    const positions = [
      position({ side: 'united-states', stance: 'US 1' }),
      position({ side: 'syria', stance: 'Syria 1' }),
      position({ side: 'israel', stance: 'Israel 1' }),
      position({ side: 'syria', stance: 'Syria 2' }),
    ];
    expect(positionsBySide(positions).map(({ side, positions: list }) => [side, list.map((p) => p.stance)])).toEqual([
      ['israel', ['Israel 1']],
      ['syria', ['Syria 1', 'Syria 2']],
      ['united-states', ['US 1']],
    ]);
  });

  it('is empty when there are no positions', () => {
    expect(positionsBySide([])).toEqual([]);
  });
});

describe('appearancesByPerson', () => {
  const appearancesOf = (id: string, ...record: Parameters<typeof appearancesByPerson>) => appearancesByPerson(...record).get(id) ?? [];

  it('counts only meetings that took place: not one announced, postponed or cancelled', () => {
    const named = { delegations: { syria: ['asaad-al-shaibani'] } };
    const notHeld = [
      round('geneva', { ...named, start: '2027-01-10', status: 'scheduled' }),
      round('rome', { ...named, start: '2025-10-01', status: 'postponed' }),
      round('amman', { ...named, start: '2025-11-01', status: 'cancelled' }),
    ];
    expect(appearancesOf('asaad-al-shaibani', [...notHeld, round('paris', named)], []).map((each) => each.id)).toEqual([
      '2026-01-05-paris',
    ]);
  });

  const rounds = [
    round('paris', {
      start: '2026-01-05',
      title: 'Round five in Paris',
      delegations: { syria: ['asaad-al-shaibani', 'hussein-al-salama'], israel: ['ron-dermer'] },
    }),
    round('london', {
      start: '2025-09-17',
      title: 'Round four in London',
      delegations: { syria: ['hussein-al-salama'], israel: ['ron-dermer'] },
    }),
    round('baku', { start: '2025-07-12', title: 'Meeting in Baku', delegations: { israel: ['ron-dermer'] } }),
  ];
  const events = [
    event('resignation', { date: '2025-11-11', title: 'Dermer resigns', people: ['ron-dermer'] }),
    event('visit', { date: '2025-10-01', title: 'Visit', people: ['hussein-al-salama', 'ron-dermer'] }),
  ];

  it('lists rounds and events oldest first, saying whether the person led the delegation', () => {
    expect(appearancesOf('hussein-al-salama', rounds, events)).toEqual([
      {
        kind: 'round',
        id: '2025-09-17-london',
        day: '2025-09-17',
        when: '17 September 2025',
        title: 'Round four in London',
        as: 'Head of the delegation of Syria',
      },
      { kind: 'event', id: '2025-10-01-visit', day: '2025-10-01', when: '1 October 2025', title: 'Visit', as: 'Named in this event' },
      {
        kind: 'round',
        id: '2026-01-05-paris',
        day: '2026-01-05',
        when: '5 January 2026',
        title: 'Round five in Paris',
        as: 'Delegation of Syria',
      },
    ]);
  });

  it('dates a meeting whose days were never reported by the day of the report, saying so', () => {
    const reported = round('border-area', { start: '2025-05-27', datedByReport: true, delegations: { syria: ['ahmad-al-dalati'] } });
    expect(appearancesOf('ahmad-al-dalati', [reported], [])[0]?.when).toBe('reported on 27 May 2025');
  });

  it("names the United States' people at a meeting with another side as mediators, not a delegation", () => {
    const mediated = [
      round('paris', { start: '2026-01-05', delegations: { israel: ['ron-dermer'], 'united-states': ['tom-barrack', 'steve-witkoff'] } }),
    ];
    expect(appearancesOf('tom-barrack', mediated, []).map((each) => each.as)).toEqual(['Lead mediator for the United States']);
    expect(appearancesOf('steve-witkoff', mediated, []).map((each) => each.as)).toEqual(['Mediator for the United States']);
    expect(appearancesOf('ron-dermer', mediated, []).map((each) => each.as)).toEqual(['Head of the delegation of Israel']);
  });

  it('carries the doubt about a presence the sources do not settle, on that round only', () => {
    const doubt = { person: 'ron-dermer', doubt: 'reports-differ' as const, note: 'Reports differ.', sources: [1] };
    const withDoubt = [
      round('london', { start: '2025-09-17', delegations: { israel: ['ron-dermer'] }, uncertainAttendance: [doubt] }),
      ...rounds.slice(0, 1),
    ];
    expect(appearancesOf('ron-dermer', withDoubt, []).map((each) => each.doubt)).toEqual([doubt, undefined]);
  });

  it('orders two appearances on the same day by id', () => {
    const sameDay = [round('rome', { start: '2025-10-01', delegations: { israel: ['ron-dermer'] } })];
    const ids = appearancesOf('ron-dermer', sameDay, [event('announcement', { date: '2025-10-01', people: ['ron-dermer'] })]).map(
      (a) => a.id,
    );
    expect(ids).toEqual(['2025-10-01-announcement', '2025-10-01-rome']);
  });

  it('is empty for someone in no round and no event', () => {
    expect(appearancesOf('tom-barrack', rounds, events)).toEqual([]);
  });
});

describe('peopleBySide', () => {
  it('groups people by side in side order, each group sorted by name', () => {
    const people = [
      person('tom-barrack', { name: 'Tom Barrack', side: 'united-states' }),
      person('yechiel-leiter', { name: 'Yechiel Leiter', side: 'israel' }),
      person('hussein-al-salama', { name: 'Hussein al-Salama', side: 'syria' }),
      person('ron-dermer', { name: 'Ron Dermer', side: 'israel' }),
      person('asaad-al-shaibani', { name: 'Asaad al-Shaibani', side: 'syria' }),
    ];
    expect(peopleBySide(people).map(({ side, people: group }) => [side, group.map((p) => p.id)])).toEqual([
      ['israel', ['ron-dermer', 'yechiel-leiter']],
      ['syria', ['asaad-al-shaibani', 'hussein-al-salama']],
      ['united-states', ['tom-barrack']],
    ]);
  });

  it('is empty for no people', () => {
    expect(peopleBySide([])).toEqual([]);
  });
});

describe('roundStatusLabel', () => {
  it('says whether a meeting was held, or announced and then postponed or cancelled', () => {
    expect(roundStatusLabel({ status: 'held', start: '2025-09-17' }, '2026-12-02')).toBe('Held');
    expect(roundStatusLabel({ status: 'postponed', start: '2025-10-01' }, '2026-12-02')).toBe('Announced, then postponed');
    expect(roundStatusLabel({ status: 'cancelled', start: '2025-10-01' }, '2026-12-02')).toBe('Announced, then cancelled');
  });

  it('reads a scheduled meeting as upcoming until its day, and after it as announced, not yet reported as held', () => {
    expect(roundStatusLabel({ status: 'scheduled', start: '2026-12-10' }, '2026-12-02')).toBe('Upcoming');
    expect(roundStatusLabel({ status: 'scheduled', start: '2026-12-02' }, '2026-12-02')).toBe('Upcoming');
    expect(roundStatusLabel({ status: 'scheduled', start: '2026-06-05' }, '2026-12-02')).toBe(
      'Announced for 5 June 2026; not yet reported as held',
    );
  });
});

describe('isUpcoming', () => {
  it('is true only for a scheduled meeting on or after the day of the build', () => {
    expect(isUpcoming({ status: 'scheduled', start: '2026-12-10' }, '2026-12-02')).toBe(true);
    expect(isUpcoming({ status: 'scheduled', start: '2026-12-02' }, '2026-12-02')).toBe(true);
    expect(isUpcoming({ status: 'scheduled', start: '2026-12-01' }, '2026-12-02')).toBe(false);
    expect(isUpcoming({ status: 'postponed', start: '2026-12-10' }, '2026-12-02')).toBe(false);
    expect(isUpcoming({ status: 'scheduled', start: '2026-12-01', end: '2026-12-03' }, '2026-12-02')).toBe(true);
  });
});

describe('delegatesBySide', () => {
  const personById = new Map(
    [
      person('ron-dermer', {
        name: 'Ron Dermer',
        roles: [
          { title: 'Minister', to: '2025-11-11' },
          { title: 'Adviser', from: '2025-11-12' },
        ],
      }),
      person('asaad-al-shaibani', { name: 'Asaad al-Shaibani', side: 'syria', roles: [{ title: 'Foreign minister' }] }),
      person('hussein-al-salama', { name: 'Hussein al-Salama', side: 'syria', roles: [{ title: 'Intelligence chief' }] }),
    ].map((entry) => [entry.id, entry]),
  );

  it('names each delegate with the role held on the day, and marks the head only of a delegation of several', () => {
    expect(
      delegatesBySide(
        roundData({ start: '2025-09-17', delegations: { syria: ['asaad-al-shaibani', 'hussein-al-salama'], israel: ['ron-dermer'] } }),
        personById,
      ),
    ).toEqual([
      { side: 'israel', delegates: [{ id: 'ron-dermer', name: 'Ron Dermer', seat: undefined, role: 'Minister', doubt: undefined }] },
      {
        side: 'syria',
        delegates: [
          { id: 'asaad-al-shaibani', name: 'Asaad al-Shaibani', seat: 'head', role: 'Foreign minister', doubt: undefined },
          { id: 'hussein-al-salama', name: 'Hussein al-Salama', seat: undefined, role: 'Intelligence chief', doubt: undefined },
        ],
      },
    ]);
  });

  it('gives the role of the day of the round, not the latest', () => {
    const round = roundData({ start: '2026-01-05', delegations: { israel: ['ron-dermer'] } });
    expect(delegatesBySide(round, personById)[0]?.delegates[0]?.role).toBe('Adviser');
  });

  it('carries the doubt about a delegate whose presence the sources do not settle, and only theirs', () => {
    const doubt = { person: 'hussein-al-salama', doubt: 'one-source' as const, note: 'Only one report names him.', sources: [1] };
    const round = roundData({ delegations: { syria: ['asaad-al-shaibani', 'hussein-al-salama'] }, uncertainAttendance: [doubt] });
    expect(delegatesBySide(round, personById)[0]?.delegates.map((delegate) => delegate.doubt)).toEqual([undefined, doubt]);
  });
});

describe('publishedDay', () => {
  const sources = [{ date: '2026-11-20' }, { date: '2026-12' }, { date: '2026-11-30' }];

  it('dates a meeting that took place by its first day', () => {
    expect(publishedDay({ status: 'held', start: '2026-01-05', sources })).toBe('2026-01-05');
  });

  it('dates one that did not, or not yet, by its newest report, a month-only date counting from its first day', () => {
    expect(publishedDay({ status: 'scheduled', start: '2027-01-10', sources })).toBe('2026-12-01');
    expect(publishedDay({ status: 'postponed', start: '2027-01-10', sources })).toBe('2026-12-01');
    expect(publishedDay({ status: 'cancelled', start: '2025-10-01', sources: [{ date: '2025-09-30' }] })).toBe('2025-09-30');
  });
});

describe('doubts about attendance', () => {
  const doubt = { person: 'tzachi-hanegbi', doubt: 'one-source' as const, note: 'Only Ynet places him in Baku.', sources: [4] };

  it("finds a delegate's doubt in the round, and none for a delegate the sources settle", () => {
    const round = roundData({ delegations: { israel: ['ron-dermer', 'tzachi-hanegbi'] }, uncertainAttendance: [doubt] });
    expect(attendanceDoubtOf(round, 'tzachi-hanegbi')).toBe(doubt);
    expect(attendanceDoubtOf(round, 'ron-dermer')).toBeUndefined();
  });

  it('says each doubt in words, as a label and as a sentence with its note', () => {
    expect(attendanceDoubtLead('one-source')).toBe('Attendance reported by one source only');
    expect(attendanceDoubtLead('reports-differ')).toBe('Reports differ on attendance');
    expect(attendanceDoubtSentence(doubt)).toBe('Attendance reported by one source only. Only Ynet places him in Baku.');
  });

  it("says a doubt in the edition's words, for the feeds and structured data of every edition, the lead the same as the pages' in English", () => {
    expect(attendanceDoubtSentence({ doubt: 'reports-differ', note: 'ملاحظة.' }, 'ar')).toBe('تتباين التقارير بشأن الحضور. ملاحظة.');
    expect(attendanceDoubtSentence({ doubt: 'one-source', note: 'הערה.' }, 'he')).toBe('ההשתתפות דווחה במקור אחד בלבד. הערה.');
    for (const kind of ['one-source', 'reports-differ'] as const) {
      expect(attendanceDoubtSentence({ doubt: kind, note: 'N.' })).toBe(`${attendanceDoubtLead(kind)}. N.`);
    }
  });
});

describe('attendance in every edition', () => {
  it('names every place at a meeting, and what it means, in each edition', () => {
    expect(ATTENDANCE_PLACES.map((as) => attendanceLabel(as))).toEqual(['Head', 'Member', 'Lead mediator', 'Mediator']);
    expect(ATTENDANCE_PLACES.map((as) => attendanceLabel(as, 'ar'))).toEqual(['رئيس الوفد', 'عضو', 'الوسيط الرئيسي', 'وسيط']);
    expect(ATTENDANCE_PLACES.map((as) => attendanceLabel(as, 'he'))).toEqual(['ראש המשלחת', 'חבר משלחת', 'המתווך הראשי', 'מתווך']);
    expect(attendanceMeaning('member')).toBe("anyone else in that side's delegation");
    expect(attendanceMeaning('member', 'ar')).toBe('أي شخص آخر في وفد ذلك الطرف');
    expect(attendanceMeaning('member', 'he')).toBe('כל אדם אחר במשלחת של אותו צד');
  });

  it('names a doubt over presence, and what it means, in each edition', () => {
    expect(attendanceDoubtLabel('one-source')).toBe('attendance reported by one source only');
    expect(attendanceDoubtLabel('one-source', 'ar')).toBe('لم يرد الحضور إلا في مصدر واحد');
    expect(attendanceDoubtLabel('reports-differ', 'he')).toBe('הדיווחים חלוקים בשאלת ההשתתפות');
    expect(attendanceDoubtMeaning('reports-differ')).toContain('while others name someone else');
    expect(attendanceDoubtMeaning('one-source', 'ar')).toContain('تقرير واحد فقط');
    expect(attendanceDoubtMeaning('one-source', 'he')).toContain('דיווח אחד בלבד');
  });

  it('words a doubt as a sentence in each edition', () => {
    const doubt = { doubt: 'one-source' as const, note: 'Ynet only.' };
    expect(attendanceDoubtLead('reports-differ', 'ar')).toBe('تتباين التقارير بشأن الحضور');
    expect(attendanceDoubtSentence({ ...doubt, note: 'يذكره موقع واينت وحده.' }, 'ar')).toBe(
      'لم يرد الحضور إلا في مصدر واحد. يذكره موقع واينت وحده.',
    );
    expect(attendanceDoubtSentence({ ...doubt, note: 'רק ynet.' }, 'he')).toBe('ההשתתפות דווחה במקור אחד בלבד. רק ynet.');
  });

  it('notes a place beside a name, and lists it on a person’s page, in each edition', () => {
    expect([seatNote('head', 3, 'ar'), seatNote('lead-mediator', 1, 'he'), seatNote('member', 3, 'ar')]).toEqual([
      'رئيس الوفد',
      'המתווך הראשי',
      undefined,
    ]);
    expect(seatRole('head', 'syria', 'ar')).toBe('رئيس وفد سوريا');
    expect(seatRole('member', 'israel', 'he')).toBe('המשלחת של ישראל');
    expect(seatRole('lead-mediator', 'united-states', 'ar')).toBe('الوسيط الرئيسي عن الولايات المتحدة');
    expect(seatRole('mediator', 'united-states', 'he')).toBe('מתווך מטעם ארצות הברית');
  });

  it('lists a person’s appearances and a round’s delegates in the edition’s words', () => {
    const paris = round('paris', {
      start: '2026-01-05',
      end: '2026-01-06',
      delegations: { israel: ['ron-dermer', 'yechiel-leiter'], 'united-states': ['tom-barrack'], syria: ['asaad-al-shaibani'] },
    });
    const named = event('doha', { date: '2025-12-06', people: ['ron-dermer'] });
    const byPerson = appearancesByPerson([paris], [named], 'ar');
    expect(byPerson.get('ron-dermer')?.map(({ when, as }) => ({ when, as }))).toEqual([
      { when: '6 ديسمبر 2025', as: 'ورد اسمه في هذا الحدث' },
      { when: '5–6 يناير 2026', as: 'رئيس وفد إسرائيل' },
    ]);
    expect(appearancesByPerson([paris], [], 'he').get('tom-barrack')?.[0]?.as).toBe('המתווך הראשי מטעם ארצות הברית');
    const people = new Map([['ron-dermer', person('ron-dermer')]]);
    const israel = delegatesBySide(paris.data, people, 'he').find(({ side }) => side === 'israel');
    expect(israel?.delegates.map((delegate) => delegate.seat)).toEqual(['ראש המשלחת', undefined]);
  });
});
