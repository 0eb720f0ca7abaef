import { it } from 'vitest';
import yaml from 'js-yaml';
import { roundSchema, sourceSchema } from '../../src/schemas';
it('probe', () => {
const base = { title: 'T', start: '2026-01-05', place: { city: 'Paris', country: 'France' }, summary: 'S', delegations: { israel: ['a'] }, sources: [{ publisher: 'P', title: 'H', date: '2026-01' }], confirmedBy: [], status: 'held' };
for (const patch of [{ delegations: { egypt: ['a'] } }, { delegations: { israel: ['a'], egypt: ['b'] } }, { confirmedBy: ['egypt'] }, { start: '2026-02-30' }, { extra: 1 }, { round: -1 }, { status: undefined }, {end: '2026-01-04'}, {summary: 'x'.repeat(301)}, {sources: []}]) {
  const r = roundSchema.safeParse({ ...base, ...patch });
  console.log(JSON.stringify(patch).slice(0,60), r.success ? 'OK' : JSON.stringify(r.error.issues));
}
for (const url of ['javascript:alert(1)', 'ftp://x.org', 'mailto:a@b.c', 'not a url', 'https://x.org/a', 'https:x.org']) {
  const r = sourceSchema.safeParse({ publisher: 'P', title: 'H', date: '2026-01', url });
  console.log(url, r.success ? 'OK ' + r.data.url : JSON.stringify(r.error.issues));
}
console.log(yaml.load('start: 2026-02-30\nm: 2026-01'));
});
