/**
 * Lets Node run the project's TypeScript as the build does: Node strips the
 * types itself, and this hook reads `@/` as `src/`, as tsconfig.json's paths
 * say, and adds the `.ts` that the source's imports leave out, as Vite's
 * resolver does. Loaded with `node --import`.
 */
import { registerHooks } from 'node:module';

/** src/, the folder above this one: what `@/` stands for. */
const SRC = new URL('../', import.meta.url);

registerHooks({
  resolve(specifier, context, nextResolve) {
    const local = specifier.startsWith('@/') ? new URL(specifier.slice(2), SRC).href : specifier;
    try {
      return nextResolve(local, context);
    } catch (error) {
      if (local === specifier && !/^\.{0,2}\//.test(specifier)) throw error;
      return nextResolve(`${local}.ts`, context);
    }
  },
});
