import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist.next/', 'dist.previous/', '.astro/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  // Type-checked rules on TypeScript files, sources and tests alike. The strict set rather than the
  // recommended one: on a record readers cite, a condition the types say is always true, a hidden cast or
  // an `any` from parsed text is a bug we want named. Stylistic too, for one way of writing each thing.
  // Not on .astro files: astro-eslint-parser has no project service and falls back to a temporary .tsx
  // per component, which cannot resolve `@/` imports or `import.meta.env` (every value typed as an error,
  // so the unsafe-* rules report what is fine) and took minutes; `astro check` type-checks them instead.
  // The type information needs `astro sync` first (npm run lint runs it), for the types of astro:content.
  {
    files: ['**/*.ts'],
    ignores: ['**/*.astro/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Counts and years read as numbers in messages and addresses; anything else still needs String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(x) => list.push(x)` style callbacks whose value nobody reads are clear as they are.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Keys of an index signature (environment variables, front-matter fields) stay in brackets: they may be absent.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // It asks for the `!` that no-non-null-assertion (from the strict set) forbids; the two cannot both hold.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    files: ['src/browser/dom.ts'],
    // requiredElement<HTMLFormElement>(root, 'form') names the element a selector finds, as the DOM's querySelector<E> does.
    rules: { '@typescript-eslint/no-unnecessary-type-parameters': 'off' },
  },
  // Plain JavaScript config files have no types to check.
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
