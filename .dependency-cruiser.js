/**
 * Architecture: the layers of src/, and the rules `npm run lint` keeps.
 *
 * The code is in layers; a module imports only from its own layer and the layers below it, never from one above, and
 * no chain of imports comes back to where it started. From the bottom up:
 *
 *  1. base       src/site.ts, src/content-dir.ts, src/lib/base/: the site's constants and the vocabulary every part
 *                speaks: dates (the only importer of date-fns), numbers, sides, countries, URLs, writing systems,
 *                characters, latest-only. Nothing of the project but the site's constants.
 *  2. record     src/lib/record/: what the record is made of: the content schemas and their messages (schemas.ts),
 *                an entry and the collections that hold them (entries.ts), and the names a person goes by
 *                (person-names.ts).
 *  3. model      src/lib/model/: the questions a valid record answers: rounds, people, the timeline, stance history,
 *                attendance, updates, the anchors each page offers, and the record indexed for the pages
 *                (site-record.ts).
 *  4. views      src/lib/views/: the negotiation views: positions matrix, red lines, comparison, rhythm, readouts.
 *     search     src/lib/search/: what search indexes, labels and shows; the cards, facets and state the browser uses.
 *                Views and search stand side by side and never import each other.
 *  5. publish    src/lib/publish/: every form the record is published in beyond its pages: feeds, corrections, open
 *                data (CSV, JSON, TimelineJS), calendar, structured data, social meta, sitemap, HTTP headers,
 *                citation, short links. Publishing names its pages' kinds with search's labels, so it sits above it.
 *  6. content    src/lib/content/: the content folder read from disk and checked as a whole: each file against its
 *                schema (validate-record.ts), references across files, publishers, schedule and dates, front-matter
 *                slips, what check:content runs, and a new round's file. It checks links against every page and
 *                anchor the site publishes, so it sits above publishing.
 *  7. machinery  src/remark/ (the Markdown pipeline), src/integrations/ (steps after the build), src/browser/ (the
 *                code readers' browsers run): side by side, none imports another.
 *  8. entry      src/loaders/ (the record loader), src/cli/ (the editors' commands).
 *  9. wiring     src/content.config.ts, src/collections.ts (the record as the pages get it), src/feed-response.ts.
 * 10. components src/components/<family>/: frame (what every page carries: head metadata, structured data, feed and
 *                follow links, section headings), article (sources, updates, citations, attendance, a page's facts),
 *                mentions (a person, round, side or day named in text), timeline (cards, year navigation),
 *                corrections, views (matrix, red lines, rhythm, readouts, comparison), search.
 * 11. layouts    src/layouts/
 * 12. pages      src/pages/: routes only.
 *
 * Browser code (src/browser/) runs in the reader's browser: nothing it imports, at any depth, may need Node (node:*
 * modules), Astro's content store (astro:*), the content folder (src/lib/content/) or the build's machinery. The lib
 * modules it reaches are browser-safe by this rule, not by a comment: today base (sides, URLs, latest-only,
 * name-match, writing systems, the embeddable cards' addresses and messages), views/compare-rounds, and search's
 * facets, labels, state, excerpts and client config.
 *
 * Tests (tests/) stand beside src/, which never imports them. Each folder of tests/ is one Vitest project's
 * (vitest.config.ts): unit, build, browser, bench; a folder imports only from itself and from tests/helpers/, which
 * holds what more than one folder uses, and reaches beyond its folder only through `@/` and `@tests/`. Reading tests/ too adds well under a
 * second to the lint (about 3.2 s for src/ alone, 3.6 s with tests/, on two busy cores).
 *
 * Every import is `@/…` (src/) or `@tests/…` (tests/), as tsconfig.json's paths declare; a `./` import stays within
 * a folder. dependency-cruiser reads .ts files only: the imports inside .astro files (components, layouts, pages) are
 * held to the same layers by tests/unit/astro-layers.test.ts, which reads LAYERS from this file.
 *
 * Run on its own: `npx depcruise src tests --config .dependency-cruiser.js`.
 */
import { builtinModules } from 'node:module';

/** The layers from the bottom up; the layers of one entry stand side by side and may not import each other. */
export const LAYERS = [
  { base: '^src/(site|content-dir)[.]ts$|^src/lib/base/' },
  { record: '^src/lib/record/' },
  { model: '^src/lib/model/' },
  { views: '^src/lib/views/', search: '^src/lib/search/' },
  { publish: '^src/lib/publish/' },
  { content: '^src/lib/content/' },
  { remark: '^src/remark/', integrations: '^src/integrations/', browser: '^src/browser/' },
  { loaders: '^src/loaders/', cli: '^src/cli/' },
  { wiring: '^src/(content[.]config|collections|feed-response)[.]ts$' },
  { components: '^src/components/' },
  { layouts: '^src/layouts/' },
  { pages: '^src/pages/' },
];

/** What a module running in a browser can never load. */
const NOT_BROWSER_SAFE = [
  '^node:',
  `^(${builtinModules.join('|')})$`,
  '^astro:',
  '^src/lib/content/',
  '^src/(remark|integrations|loaders|cli|pages|layouts|components)/',
  '^src/(content[.]config|collections|feed-response|content-dir)[.]ts$',
];

/** One rule per layer: it imports nothing from the layers above it, nor from the ones beside it. */
const layerRules = LAYERS.flatMap((rank, index) =>
  Object.entries(rank).flatMap(([name, path]) => {
    const above = LAYERS.slice(index + 1).flatMap((higher) => Object.values(higher));
    const beside = Object.entries(rank).flatMap(([other, otherPath]) => (other === name ? [] : [otherPath]));
    const forbidden = [...above, ...beside];
    // The top layer has nothing above it or beside it to forbid; an empty list would forbid everything.
    if (forbidden.length === 0) return [];
    return {
      name: `${name}-imports-only-below`,
      comment: `${name} may import only from its own layer and those below it (see the list at the top of this file).`,
      severity: 'error',
      from: { path },
      to: { path: forbidden },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
const configuration = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A chain of imports that comes back to its start: split the module that both ends need by its jobs.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'browser-code-is-browser-safe',
      comment: "src/browser/ runs in readers' browsers: nothing it reaches may need Node, Astro's content store or the content folder.",
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { reachable: true, path: NOT_BROWSER_SAFE },
    },
    {
      name: 'only-dates-imports-date-fns',
      comment: 'Every date is read and written in src/lib/base/dates.ts, in the site time zone.',
      severity: 'error',
      from: { pathNot: '^src/lib/base/dates[.]ts$' },
      to: { path: '^node_modules/(date-fns|@date-fns)/' },
    },
    {
      name: 'src-imports-no-tests',
      comment: 'The site is built from src/ alone: what a test needs from src/ lives in src/, never the other way round.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
    {
      name: 'tests-import-through-aliases',
      comment: 'Beyond its own folder a test imports as `@/…` or `@tests/helpers/…`, so a move rewrites one path, not a run of ../.',
      severity: 'error',
      from: { path: '^tests/([^/]+)/' },
      to: { path: '^(src|tests)/', pathNot: '^tests/$1/', dependencyTypesNot: ['aliased-tsconfig'] },
    },
    {
      name: 'test-folders-import-only-helpers',
      comment:
        "A test folder is one Vitest project's (vitest.config.ts): it imports from itself and tests/helpers/ only; what two folders need goes to tests/helpers/.",
      severity: 'error',
      from: { path: '^tests/([^/]+)/' },
      to: { path: '^tests/', pathNot: '^tests/($1|helpers)/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import of the project that names no file: a moved module or a typo.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^(@/|@tests/|[.])' },
    },
  ],
  options: {
    // The fixtures are files the tests read, not code of the project: tests/fixtures/layers breaks these rules on purpose.
    exclude: { path: '^tests/fixtures/' },
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle of types is still a knot a reader has to untie.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.astro'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default', 'types'],
    },
  },
};

export default configuration;
