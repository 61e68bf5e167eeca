import { registerAs } from '@nestjs/config';
import { resolve } from 'node:path';
import { validateEnvironment } from './environment';

export type DatabaseConfig = {
  /** PostgreSQL server URL; null means the embedded database (PGlite) under `dataDir`. */
  url: string | null;
  dataDir: string;
  poolSize: number;
  /** Apply pending migrations at start. */
  migrate: boolean;
  /** Load the demo catalogues at start (idempotent). */
  demoData: boolean;
};

export const databaseConfig = registerAs('database', (): DatabaseConfig => {
  const env = validateEnvironment(process.env);
  const url = env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL : null;
  const embedded = url === null;
  return {
    url,
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    poolSize: env.DB_POOL_SIZE ?? 10,
    // The embedded database belongs to this process alone, so it can migrate and seed itself;
    // on a shared server an operator runs `npm run db:migrate` unless told otherwise.
    migrate: env.DB_MIGRATE ?? embedded,
    demoData: env.DEMO_DATA ?? embedded,
  };
});
