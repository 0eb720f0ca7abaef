/** The record the site promises readers, checked against what content/ holds. */
import { describe, expect, it } from 'vitest';
import { REDIRECTS, isContentPage } from '@/lib/base/urls';
import { validateRecord } from '@/lib/content/validate-record';
import { firstStances } from '@/lib/model/stance-history';
import { contentFiles, readContent } from '@tests/helpers/content';

/** The five rounds the site numbers (see content/notes/round-numbering.md). */
const NUMBERED_ROUNDS = [
  { round: 1, start: '2025-07-24', city: 'Paris' },
  { round: 2, start: '2025-07-31', city: 'Baku' },
  { round: 3, start: '2025-08-19', city: 'Paris' },
  { round: 4, start: '2025-09-17', city: 'London' },
  { round: 5, start: '2026-01-05', city: 'Paris' },
];

/** Everyone who sat in a numbered round's delegations, by the reports. */
const ROUND_PEOPLE = [
  'ron-dermer',
  'asaad-al-shaibani',
  'tom-barrack',
  'yechiel-leiter',
  'roman-gofman',
  'gil-reich',
  'hussein-al-salama',
  'steve-witkoff',
  'jared-kushner',
];

/** The recurring issues of the talks. */
const ISSUES = [
  'buffer-zone',
  'disengagement-agreement-1974',
  'demilitarized-south',
  'mount-hermon',
  'golan-heights',
  'sweida-and-the-druze',
  'iran-and-hezbollah',
  'de-escalation-mechanism',
  'civilian-track',
  'israeli-gas',
  'normalization',
  'israeli-strikes',
];

/**
 * The developments of February and March 2026 and the earlier items a careful reading of the reports found missing,
 * each an event of its own: the newest stored reports end in March 2026.
 */
const NEWEST_AND_MISSING_EVENTS = [
  '2025-07-08-reported-hanegbi-al-sharaa-meeting',
  '2025-09-16-reuters-israel-arms-druze-fighters',
  '2025-12-09-asharq-report-netanyahu-refused-to-sign',
  '2025-12-23-washington-post-israel-armed-druze-militias',
  '2025-12-25-i24news-source-expects-signing-soon',
  '2025-12-29-undof-mandate-renewed',
  '2026-01-04-ynet-israeli-team-without-formal-head',
  '2026-01-24-i24news-report-of-expected-meeting-and-golan-lease',
  '2026-02-01-us-seeks-to-reconvene-mechanism-committee',
  '2026-02-03-quneitra-incursions-in-february',
  '2026-02-28-iran-war-and-israeli-build-up-in-southern-syria',
  '2026-03-03-kudna-checkpoint-and-golan-accusations',
  '2026-03-03-syria-reinforces-lebanon-and-iraq-borders',
  '2026-03-10-syria-accuses-hezbollah-of-shelling-near-serghaya',
  '2026-03-20-unverified-reports-of-israeli-strikes-after-sweida-attacks',
  '2026-04-17-al-sharaa-at-antalya',
  '2026-06-28-israeli-tents-on-tal-al-maghr',
];

/** Delegates whose presence the sources do not settle, by round: one report alone, or reports that disagree. */
const UNCERTAIN_ATTENDANCE = {
  '2025-05-27-border-area': ['ahmad-al-dalati'],
  '2025-07-24-paris': ['tzachi-hanegbi'],
  '2025-07-31-baku': ['tzachi-hanegbi'],
};

function entries(folder: string): { id: string; data: Record<string, unknown> }[] {
  return contentFiles(folder).map((file) => ({ id: file.id, data: file.frontmatter }));
}

const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

describe('the record', () => {
  it('has the five numbered rounds, by date and city, and no other numbered round', () => {
    const numbered = entries('rounds')
      .filter(({ data }) => data['round'] !== undefined)
      .map(({ data }) => ({ round: data['round'], start: dayOf(data['start']), city: (data['place'] as { city: string }).city }))
      .sort((a, b) => Number(a.round) - Number(b.round));
    expect(numbered).toEqual(NUMBERED_ROUNDS);
  });

  it('has a page for everyone who sat in a numbered round and for every recurring issue', () => {
    const people = new Set(entries('people').map(({ id }) => id));
    const issues = new Set(entries('issues').map(({ id }) => id));
    expect(ROUND_PEOPLE.filter((id) => !people.has(id))).toEqual([]);
    expect(ISSUES.filter((id) => !issues.has(id))).toEqual([]);
  });

  it('has the unnumbered contacts, the context events, the people and the issues a reader needs', () => {
    expect(entries('rounds').filter(({ data }) => data['round'] === undefined).length).toBeGreaterThanOrEqual(3);
    expect(entries('events').length).toBeGreaterThanOrEqual(20);
    expect(entries('people').length).toBeGreaterThanOrEqual(25);
    expect(entries('issues').length).toBeGreaterThanOrEqual(12);
  });

  it('runs from the fall of Assad to the newest stored report', () => {
    const days = entries('events')
      .map(({ data }) => dayOf(data['date']))
      .sort();
    expect(days[0]).toBe('2024-12-08');
    expect(days.at(-1) ?? '').toSatisfy((last: string) => last >= '2026-03-20');
  });

  it('has the developments of early 2026 and the earlier items the reports showed missing, each sourced', () => {
    const events = new Map(entries('events').map(({ id, data }) => [id, data]));
    expect(NEWEST_AND_MISSING_EVENTS.filter((id) => !events.has(id))).toEqual([]);
    for (const id of NEWEST_AND_MISSING_EVENTS) expect((events.get(id)?.['sources'] as unknown[]).length, id).toBeGreaterThan(0);
  });

  it('marks every attendee the sources do not settle, and no one else', () => {
    const marked = Object.fromEntries(
      entries('rounds').flatMap(({ id, data }) => {
        const people = ((data['uncertainAttendance'] as { person: string }[] | undefined) ?? []).map((doubt) => doubt.person);
        return people.length > 0 ? [[id, people] as const] : [];
      }),
    );
    expect(marked).toEqual(UNCERTAIN_ATTENDANCE);
  });

  it('writes every Israeli and Syrian, and every delegate of any side, in Arabic or Hebrew script too', () => {
    const delegates = new Set(
      entries('rounds').flatMap(({ data }) => Object.values(data['delegations'] as Record<string, string[]>).flat()),
    );
    const people = entries('people');
    const needingScript = people.filter(({ id, data }) => data['side'] === 'israel' || data['side'] === 'syria' || delegates.has(id));
    expect(needingScript.length).toBeGreaterThanOrEqual(19);
    const withoutScript = needingScript.filter(({ data }) => !Array.isArray(data['nativeNames']) || data['nativeNames'].length === 0);
    expect(withoutScript.map(({ id }) => id)).toEqual([]);
  });

  it('keeps the old address of every moved page, leading to a page of the record', () => {
    const pages = new Set(readContent().map((page) => page.url));
    const moved = Object.entries(REDIRECTS).filter(([from]) => isContentPage(from));
    expect(moved.length).toBeGreaterThan(0);
    for (const [from, to] of moved) {
      expect(pages.has(from), `${from} is a page again, so its redirect would hide it`).toBe(false);
      expect(pages.has(to), `${from} leads to ${to}, which no content file publishes`).toBe(true);
    }
  });

  it('dates the i24NEWS report of an expected meeting by its January copies, at its old address too', () => {
    const report = contentFiles('events').find((file) => file.id === '2026-01-24-i24news-report-of-expected-meeting-and-golan-lease');
    const dates = ((report?.frontmatter['sources'] ?? []) as { date: unknown }[]).map(({ date }) => dayOf(date));
    expect(dates.filter((day) => day.startsWith('2026-01')).length).toBeGreaterThanOrEqual(3);
    expect(report?.body).toContain('25-year lease');
    expect(report?.body).not.toMatch(/single-source|no other source/i);
    expect(REDIRECTS).toHaveProperty(
      ['/events/2026-05-29-unverified-report-of-expected-meeting/'],
      '/events/2026-01-24-i24news-report-of-expected-meeting-and-golan-lease/',
    );
  });

  it('explains how the rounds are numbered', () => {
    expect(entries('notes').map(({ id }) => id)).toContain('round-numbering');
  });

  describe('round five, as corrected against its sources', () => {
    const paris = contentFiles('rounds').find((file) => file.id === '2026-01-05-paris');
    if (!paris) throw new Error('content/rounds/2026-01-05-paris.md is missing');
    const sources = paris.frontmatter['sources'] as { publisher: string; url?: string }[];
    const numberOf = (publisher: string) => sources.findIndex((source) => source.publisher.startsWith(publisher)) + 1;
    const positions = paris.frontmatter['positions'] as { side: string; issue: string; stance: string; source: number }[];

    it("cites each of Israel's stances on the 1974 agreement to the report that makes it", () => {
      const stances = positions.filter((position) => position.side === 'israel' && position.issue === 'disengagement-agreement-1974');
      expect(stances.map((position) => position.source).sort()).toEqual([numberOf('The Week'), numberOf('Alhurra')].sort());
      expect(stances.find((position) => position.source === numberOf('The Week'))?.stance).toMatch(/temporarily/);
      expect(stances.find((position) => position.source === numberOf('Alhurra'))?.stance).toMatch(/no understanding/);
    });

    it('credits the hotline staffed by all three countries to Ynet alone, and names the US initiative', () => {
      const hotline = paris.body.split(/(?<=\]\.)\s+/).find((sentence) => sentence.includes('all three countries')) ?? '';
      expect(hotline).toContain(`[${numberOf('Ynetnews')}]`);
      expect([...hotline.matchAll(/\[(\d+)\]/g)].map(([, n]) => Number(n))).toEqual([numberOf('Ynetnews')]);
      const strikes = positions.find((position) => position.side === 'syria' && position.issue === 'israeli-strikes');
      expect(strikes?.stance).toContain('US initiative');
      expect(sources[(strikes?.source ?? 0) - 1]?.publisher).toBe('Daily Sabah (Reuters)');
    });

    it('quotes the US official as the stored copies do, and credits each quote to the outlet its source names', () => {
      expect(paris.body).toContain('"the best ski mountain in the Middle East" [12][27]');
      expect(paris.body).not.toContain('ski resort');
      expect(paris.body).toMatch(
        /Times of Israel, as relayed by The Jewish Chronicle, said both delegations wanted a security agreement "under President Trump's vision" \[12\]/,
      );
      expect(sources[27 - 1]?.publisher).toBe('All Israel News');
    });

    it("cites Epoch's own report, and gives the seed reports' other facts or links them", () => {
      expect(sources.map((source) => source.url)).toContain('https://epoch.org.il/news/613471/');
      for (const fact of ['Akram Hasson', 'more than 600 times', '15 kilometres', 'unless its security is guaranteed'])
        expect(paris.body, fact).toContain(fact);
      expect(paris.body).toContain('/events/2026-02-01-us-seeks-to-reconvene-mechanism-committee/');
      expect(paris.body).toContain('/events/2026-01-04-ynet-israeli-team-without-formal-head/');
      expect((paris.frontmatter['updates'] as unknown[]).length).toBeGreaterThan(0);
    });
  });
});

describe("the sides' stances", () => {
  const { record } = validateRecord(readContent());
  const first = firstStances(record.rounds);
  const later = record.rounds.flatMap((round) =>
    round.data.positions.flatMap((position, i) => (first.has(position) ? [] : [{ at: `${round.id} positions[${i}]`, position }])),
  );

  it("are each judged restated or changed against the side's earlier stance on the issue, from the sources", () => {
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter(({ position }) => position.shift === undefined).map(({ at }) => at)).toEqual([]);
  });

  it('are marked changed only where the position moved, each saying how', () => {
    const changed = later.flatMap(({ at, position }) => (position.shift === 'changed' ? [`${at}: ${position.how}`] : []));
    expect(changed).toEqual([
      "2025-07-26-paris positions[0]: now discussing limits on its army's operations in Syria, under US pressure",
      '2025-09-17-london positions[0]: now proposes graded zones and a no-fly zone for Syrian aircraft',
      '2025-09-17-london positions[1]: now offers a gradual pullback from areas taken since December 2024',
      '2026-01-05-paris positions[2]: now rules out any withdrawal from the buffer zone',
      '2026-01-05-paris positions[12]: now makes a binding withdrawal timetable a condition of progress',
      '2026-01-05-paris positions[18]: now to supervise a joint communication cell',
    ]);
  });
});
