/**
 * Lets Node run the project's TypeScript as the build does: Node strips the
 * types itself, and this hook adds the `.ts` that the source's relative
 * imports leave out, as Vite's resolver does. Loaded with `node --import`.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.{0,2}\//.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
