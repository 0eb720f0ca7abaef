/**
 * The rules `npm run lint` keeps for the TypeScript (.dependency-cruiser.js), run on a small tree that breaks each of
 * them once, so a rule that stopped catching its case fails here rather than letting the case through.
 */
import { join } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import config from '../../.dependency-cruiser.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/layers');

/** Each violation the project's rules find in the fixture tree, as "rule: from → to". */
async function violations(): Promise<string[]> {
  const { output } = await cruise(['src'], {
    baseDir: FIXTURE,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text, not its result');
  return output.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`).sort();
}

describe('the layer rules', () => {
  it('refuse an import up the layers, a cycle and browser code that needs Node, and let an import down the layers be', async () => {
    expect(await violations()).toEqual([
      'base-imports-only-below: src/lib/base/upward.ts → src/lib/model/answer.ts',
      'browser-code-is-browser-safe: src/browser/reads-disk.ts → fs',
      'no-cycle: src/lib/model/cycle-a.ts → src/lib/model/cycle-b.ts',
    ]);
  });
});
