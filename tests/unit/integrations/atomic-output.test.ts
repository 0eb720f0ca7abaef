import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishStaged, stagingDirOf } from '@/integrations/atomic-output';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function folderWith(root: string, name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('stagingDirOf', () => {
  it('is a sibling of the output folder', () => {
    expect(stagingDirOf('/site/dist/')).toBe('/site/dist.next');
    expect(stagingDirOf('/site/dist')).toBe('/site/dist.next');
  });
});

describe('publishStaged', () => {
  it('replaces the whole published site with the staged one, leaving nothing of the old site or the staging folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'atomic-'));
    roots.push(root);
    const outDir = folderWith(root, 'dist', { 'index.html': 'old', 'rounds/gone/index.html': 'removed round' });
    const staging = folderWith(root, 'dist.next', { 'index.html': 'new', 'pagefind/pagefind.js': 'index' });
    publishStaged(staging, `${outDir}/`);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(outDir, 'rounds/gone'))).toBe(false);
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('publishes the first build when there is no site yet', () => {
    const root = mkdtempSync(join(tmpdir(), 'atomic-'));
    roots.push(root);
    const staging = folderWith(root, 'dist.next', { 'index.html': 'first' });
    publishStaged(staging, join(root, 'dist'));
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('first');
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
