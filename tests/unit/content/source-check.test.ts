import { describe, expect, it } from 'vitest';
import type { ContentFile } from '@/lib/content/content-files';
import {
  availabilityQuery,
  captureFromAnswer,
  checkSettings,
  recordedFields,
  retryAfterMs,
  sourcesReport,
  sourcesToCheck,
  verdictOfStatus,
  type SourceFinding,
} from '@/lib/content/source-check';
import { issue, round, source } from '@tests/helpers/fixtures';

const URL_A = 'https://example.org/a';
const CAPTURE = { url: `https://web.archive.org/web/20260106093012/${URL_A}`, captured: '2026-01-06' };

describe('verdictOfStatus', () => {
  it('calls 2xx live, 404 and 410 dead, and every other status unknown', () => {
    expect(verdictOfStatus(204)).toEqual({ kind: 'live', status: 204 });
    expect(verdictOfStatus(404)).toEqual({ kind: 'dead', status: 404 });
    expect(verdictOfStatus(410)).toEqual({ kind: 'dead', status: 410 });
    for (const status of [403, 429, 500, 503]) expect(verdictOfStatus(status)).toEqual({ kind: 'unknown', reason: `answered ${status}` });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing from an absent or unreadable header', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('2026-10-21T07:28:00Z'))).toBe(5000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('2026-10-21T08:00:00Z'))).toBe(0);
    expect(retryAfterMs(null, 0)).toBeUndefined();
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });
});

describe('availabilityQuery and captureFromAnswer', () => {
  it("asks for the address, encoded, at the source's day or month", () => {
    expect(availabilityQuery('https://archive.org/wayback/available', `${URL_A}?b=1&c=2`, '2026-01')).toBe(
      'https://archive.org/wayback/available?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2&timestamp=202601',
    );
  });

  it("names the capture as the copy of the source's own address, whatever spelling the service gives it", () => {
    const closest = {
      available: true,
      status: '200',
      timestamp: '20260106093012',
      url: 'http://web.archive.org/web/20260106093012/http://example.org/a',
    };
    expect(captureFromAnswer({ archived_snapshots: { closest } }, URL_A, '2026-12-07')).toEqual(CAPTURE);
  });

  it('gives none for no capture, a capture of an error page or one after today', () => {
    expect(captureFromAnswer({ archived_snapshots: {} }, URL_A, '2026-12-07')).toBeUndefined();
    const closest = { available: true, status: '404', timestamp: '20260106093012', url: 'x' };
    expect(captureFromAnswer({ archived_snapshots: { closest } }, URL_A, '2026-12-07')).toBeUndefined();
    expect(captureFromAnswer({ archived_snapshots: { closest: { ...closest, status: '200' } } }, URL_A, '2026-01-05')).toBeUndefined();
  });

  it('throws on an answer not in the service\'s form, so it is reported, not read as "none"', () => {
    expect(() => captureFromAnswer('<html>', URL_A, '2026-12-07')).toThrow('the answer has no archived_snapshots object');
    expect(() =>
      captureFromAnswer({ archived_snapshots: { closest: { available: true, timestamp: '2026' } } }, URL_A, '2026-12-07'),
    ).toThrow('the closest capture has no 14-digit timestamp');
  });
});

describe('sourcesToCheck', () => {
  it('lists every source with an address, with its file and index, and none without one', () => {
    const record = {
      rounds: [round('paris', { sources: [source(), source({ url: URL_A })] })],
      events: [],
      people: [],
      issues: [issue('buffer-zone', { sources: [source({ url: 'https://example.org/b' })] })],
      notes: [],
    };
    const files = [
      { collection: 'rounds', id: '2026-01-05-paris', path: 'content/rounds/2026-01-05-paris.md' },
      { collection: 'issues', id: 'buffer-zone', path: 'content/issues/buffer-zone.md' },
    ] as ContentFile[];
    expect(sourcesToCheck(files, record).map(({ path, index, source: { url } }) => [path, index, url])).toEqual([
      ['content/rounds/2026-01-05-paris.md', 1, URL_A],
      ['content/issues/buffer-zone.md', 0, 'https://example.org/b'],
    ]);
  });
});

function finding(overrides: Partial<SourceFinding> = {}): SourceFinding {
  return {
    path: 'content/rounds/2026-01-05-paris.md',
    index: 0,
    source: { url: URL_A, date: '2026-01-06' },
    address: { kind: 'live', status: 200 },
    capture: undefined,
    ...overrides,
  };
}

describe('recordedFields', () => {
  it('records the day read, the state and a capture for a source without a copy', () => {
    expect(recordedFields(finding({ capture: CAPTURE }), '2026-12-07')).toEqual({ checked: '2026-12-07', state: 'live', archive: CAPTURE });
    expect(recordedFields(finding({ address: { kind: 'dead', status: 410 } }), '2026-12-07')).toEqual({
      checked: '2026-12-07',
      state: 'dead',
    });
  });

  it("keeps a source's own copy and an editor's replaced, and records nothing of an address that gave no clear answer", () => {
    const archived = finding({ source: { url: URL_A, date: '2026-01-06', archive: CAPTURE, state: 'replaced' }, capture: CAPTURE });
    expect(recordedFields(archived, '2026-12-07')).toEqual({ checked: '2026-12-07', state: 'replaced' });
    expect(
      recordedFields(finding({ address: { kind: 'unknown', reason: 'answered 403' }, capture: CAPTURE }), '2026-12-07'),
    ).toBeUndefined();
  });
});

describe('sourcesReport', () => {
  it('lists each source not plainly live with its file, then the totals', () => {
    const report = sourcesReport([
      finding(),
      finding({ index: 1, address: { kind: 'dead', status: 404 }, capture: CAPTURE }),
      finding({ index: 2, address: { kind: 'unknown', reason: 'no answer within 15 s' } }),
      finding({ index: 3, capture: { error: 'the availability service answered 502' } }),
    ]);
    expect(report.split('\n')).toEqual([
      `  content/rounds/2026-01-05-paris.md: sources[1]: ${URL_A}: dead (answered 404); nearest capture ${CAPTURE.url}`,
      `  content/rounds/2026-01-05-paris.md: sources[2]: ${URL_A}: unknown (no answer within 15 s); nothing recorded`,
      `  content/rounds/2026-01-05-paris.md: sources[3]: ${URL_A}: no capture known (the availability service answered 502)`,
      'Checked 4 sources: 2 live, 1 dead, 1 unknown; 1 without an archive have a capture in the Wayback Machine.',
    ]);
  });
});

describe('checkSettings', () => {
  it('keeps the check polite by default, and takes each setting from its environment variable', () => {
    expect(checkSettings({})).toEqual({
      availabilityUrl: 'https://archive.org/wayback/available',
      timeoutMs: 15_000,
      concurrency: 4,
      perSecond: 3,
      perHostPerSecond: 1,
    });
    expect(
      checkSettings({ SOURCES_CHECK_AVAILABILITY_URL: 'http://127.0.0.1:8080/wayback/available', SOURCES_CHECK_PER_SECOND: '0.5' }),
    ).toMatchObject({
      availabilityUrl: 'http://127.0.0.1:8080/wayback/available',
      perSecond: 0.5,
    });
  });

  it('refuses a setting that is not a positive number, or a service that is not a web address, naming the variable', () => {
    expect(() => checkSettings({ SOURCES_CHECK_CONCURRENCY: '0' })).toThrow('SOURCES_CHECK_CONCURRENCY must be a positive number, not "0"');
    expect(() => checkSettings({ SOURCES_CHECK_AVAILABILITY_URL: 'archive.org' })).toThrow(
      'SOURCES_CHECK_AVAILABILITY_URL must be an http(s) address',
    );
  });
});
