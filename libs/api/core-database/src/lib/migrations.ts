import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

// An arbitrary constant: every instance that starts at once takes the same lock.
const MIGRATION_LOCK_KEY = 4_827_311;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so that several API instances
 * starting together against one server migrate once. Each migration runs in its own transaction.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const logger = new Logger('Migrations');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length > 0) {
        logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      }
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
