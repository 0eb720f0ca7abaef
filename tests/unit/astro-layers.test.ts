/**
 * dependency-cruiser cannot read .astro files, so the layers it keeps for the TypeScript (.dependency-cruiser.js) are
 * held here for the components, layouts and pages: each imports only from its own layer and the layers below it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../.dependency-cruiser.js';
import { ROOT } from '@tests/helpers/content';

/** Every .astro file under src/, as a path from the repository's root. */
const astroFiles = (): string[] =>
  readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.astro'))
    .map((path) => join('src', path))
    .sort();

/** The project modules a file imports, in its frontmatter or its scripts, as paths from the repository's root. */
function projectImports(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/\b(?:from|import)\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [join('src', specifier.slice(2))];
    if (specifier.startsWith('.')) return [normalize(join(dirname(file), specifier))];
    return [];
  });
}

/** The rank (from the bottom, as .dependency-cruiser.js lists them) and name of the layer a path belongs to. */
function layerOf(path: string): { rank: number; name: string } | undefined {
  for (const [rank, layers] of LAYERS.entries()) {
    for (const [name, pattern] of Object.entries(layers)) {
      if (new RegExp(pattern).test(path)) return { rank, name };
    }
  }
  return undefined;
}

/** What is wrong with one import of a file, if it reaches above the file's layer or into a layer beside it. */
function upwardImport(file: string, target: string): string | undefined {
  const from = layerOf(file);
  const to = layerOf(target);
  if (from === undefined || to === undefined) return undefined;
  if (to.rank > from.rank) return `${file} (${from.name}) imports ${target}, in ${to.name}, a layer above it`;
  if (to.rank === from.rank && to.name !== from.name) return `${file} (${from.name}) imports ${target}, in ${to.name}, a layer beside it`;
  return undefined;
}

describe('the layers of the .astro files', () => {
  it('reads the imports of a component, relative or through @/, in its frontmatter and its scripts', () => {
    const text =
      "---\nimport Card from '@/components/timeline/RoundCard.astro';\nimport { x } from './y';\n---\n<script>\nimport '@/browser/dom';\n</script>";
    expect(projectImports('src/components/views/A.astro', text)).toEqual([
      'src/components/timeline/RoundCard.astro',
      'src/components/views/y',
      'src/browser/dom',
    ]);
  });

  it('names an import up the layers, and one beside', () => {
    expect(upwardImport('src/components/views/A.astro', 'src/layouts/BaseLayout.astro')).toBe(
      'src/components/views/A.astro (components) imports src/layouts/BaseLayout.astro, in layouts, a layer above it',
    );
    expect(upwardImport('src/layouts/BaseLayout.astro', 'src/pages/index.astro')).toContain('a layer above it');
    expect(upwardImport('src/lib/views/rhythm.ts', 'src/lib/search/search.ts')).toContain('a layer beside it');
    expect(upwardImport('src/pages/index.astro', 'src/components/timeline/Timeline.astro')).toBeUndefined();
  });

  it('finds every component, layout and page in a layer', () => {
    const files = astroFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => layerOf(file) === undefined)).toEqual([]);
  });

  it('imports nothing above its own layer, nor beside it', () => {
    const problems = astroFiles().flatMap((file) =>
      projectImports(file, readFileSync(join(ROOT, file), 'utf8')).flatMap((target) => upwardImport(file, target) ?? []),
    );
    expect(problems).toEqual([]);
  });
});
