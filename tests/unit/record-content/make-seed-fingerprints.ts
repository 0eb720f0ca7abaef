/**
 * Writes the fingerprints of the seed articles to seed-fingerprints.json.
 * Run it when the seeds change: `npm run content:fingerprints` (reads ../shared/seeds).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprint, runsOf, wordsOf } from './own-words.ts';

const seeds = join(import.meta.dirname, '../../../../shared/seeds');
const prints = new Set<string>();
for (const name of readdirSync(seeds)
  .filter((file) => file.endsWith('.txt'))
  .sort()) {
  for (const run of runsOf(wordsOf(readFileSync(join(seeds, name), 'utf8')))) prints.add(fingerprint(run));
}
writeFileSync(join(import.meta.dirname, 'seed-fingerprints.json'), `${JSON.stringify([...prints].sort(), null, 0)}\n`);
console.log(`${prints.size} fingerprints written`);
