import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

// An arbitrary constant: every instance that starts at once takes the same lock.
const MIGRATION_LOCK_KEY = 4_827_311;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so that several API instances
 * starting together against one server migrate once. Each migration runs in its own transaction.
 */
export async function runMigrationsLocked(dataSource: DataSource, options: { lock?: boolean } = {}): Promise<string[]> {
  const logger = new Logger('Migrations');
  // The embedded database has one process (its folder is locked) and one connection: no lock to
  // take, and holding that connection for it would leave none for the migrations.
  if (options.lock === false) return logApplied(logger, await dataSource.runMigrations({ transaction: 'each' }));
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return logApplied(logger, await dataSource.runMigrations({ transaction: 'each' }));
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

function logApplied(logger: Logger, applied: { name: string }[]): string[] {
  if (applied.length > 0)
    logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  return applied.map((m) => m.name);
}
