// PGlite publishes its extensions through package `exports`, which the workspace's `node10`
// module resolution cannot see; Node resolves them at run time as usual.
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  import type { Extension } from '@electric-sql/pglite';
  export const pg_trgm: Extension;
}
