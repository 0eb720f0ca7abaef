import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The @/ and @tests/ imports, as tsconfig.json's paths declare them.
  resolve: { tsconfigPaths: true },
  test: {
    // Collected for the unit project only (`npm run coverage`, and `npm run test:unit` inside `npm test`): the build and
    // browser tests run the site in other processes, where v8 sees none of it. It costs about 5 s on the unit project's
    // 11 s here, so `npm test` always collects it and fails when it drops.
    coverage: {
      provider: 'v8',
      // TypeScript only: .astro, .css, .svg and nginx.conf are no JavaScript Node runs; the build and browser tests
      // read what they make.
      include: ['src/**/*.ts'],
      exclude: [
        // Routes and the modules that read collections import astro:content, which exists only inside an Astro build.
        'src/pages/**',
        'src/content.config.ts',
        'src/collections.ts',
        'src/feed-response.ts',
        // Astro's content layer calls the loader with its own context, during a build.
        'src/loaders/**',
        // Browser code: it needs a page's document and runs in Chromium, in the browser tests.
        'src/browser/**',
        // Commands started as their own processes; their logic is in src/lib/content/ (check-content.ts, new-round.ts,
        // source-check.ts, source-requests.ts, source-fields.ts).
        'src/cli/**',
        // Runs inside Astro's rendering of each page (astro:middleware); its logic is in src/lib/base/locales.ts.
        'src/middleware.ts',
      ],
      // Just below what the unit tests cover today: new code comes with its tests.
      thresholds: { statements: 97, branches: 92, functions: 97.5, lines: 97.5 },
      reporter: ['text-summary'],
      reportsDirectory: 'coverage',
    },
    // A test's folder names the project that runs it: tests/unit, tests/build, tests/browser and tests/bench, with
    // tests/helpers shared by all of them. The checks on the record itself (tests/unit/record-content/) stay in the unit
    // project: they read content/ in about a second with the modules the unit tests load anyway, and a project of their own would
    // only add a step to npm test.
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The unit tests share no state but what they restore, so each worker loads Astro, Zod and remark once
          // for all its files instead of once per file: about 4 s instead of 25 s here.
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Every build has its own content copy, cache and output folder, so two files may build side by side:
          // measured on two cores, about 42 s for the project instead of 55 s one file at a time.
          maxWorkers: 2,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // The files run one after another in one worker and share no state but the served site, so they load the
          // site's modules (Zod, the record, remark) once, not once per file.
          isolate: false,
          // Two cores: one Chromium at a time keeps timings far from every timeout.
          fileParallelism: false,
          // A page reacts within milliseconds here, but a slow shared machine must not fail a poll.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          // Not part of npm test: `npm run bench` reports sizes and timings.
          name: 'bench',
          include: ['tests/bench/**/*.bench-run.ts'],
          // Builds share the project's caches, and timings need the machine to themselves: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
