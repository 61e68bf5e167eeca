import { EmbeddedPostgres, SnakeNamingStrategy, runMigrationsLocked } from '@kbdm/api/core-database';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../src/database/entities';
import { MIGRATIONS } from '../src/database/migrations';

/** A database of its own: the server's when DATABASE_URL is set, else an in-memory PGlite. */
async function freshDataSource(): Promise<{ dataSource: DataSource; dispose: () => Promise<void> }> {
  const options = { entities: ENTITIES, migrations: MIGRATIONS, namingStrategy: new SnakeNamingStrategy(), migrationsTableName: 'migrations' };
  const serverUrl = process.env['TEST_DATABASE_SERVER_URL'] ?? process.env['DATABASE_URL'];
  if (serverUrl) {
    const admin = new DataSource({ type: 'postgres', url: serverUrl });
    await admin.initialize();
    const name = `kbdm_test_migrations_${process.pid}_${Date.now() % 1_000_000}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const dataSource = await new DataSource({ type: 'postgres', url: url.toString(), ...options }).initialize();
    return {
      dataSource,
      dispose: async () => {
        await dataSource.destroy();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.destroy();
      },
    };
  }
  const embedded = await EmbeddedPostgres.start({ dataDir: 'memory://', maxConnections: 4 });
  const dataSource = await new DataSource({ type: 'postgres', ...embedded.endpoint, ...options }).initialize();
  return {
    dataSource,
    dispose: async () => {
      await dataSource.destroy();
      await embedded.stop();
    },
  };
}

describe('migrations', () => {
  let dataSource: DataSource;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, dispose } = await freshDataSource());
  }, 60_000);

  afterAll(async () => {
    await dispose?.();
  });

  it('apply, revert and apply again', async () => {
    expect(await runMigrationsLocked(dataSource)).toEqual(MIGRATIONS.map((m) => m.name));
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(n).toBe(0);
    expect(await runMigrationsLocked(dataSource)).toHaveLength(MIGRATIONS.length);
    expect(await runMigrationsLocked(dataSource)).toEqual([]);
  });

  it('leave the schema exactly as the entities describe it', async () => {
    // TypeORM reads generated-column expressions from its own table, which this schema has no use for.
    await dataSource.query(
      'CREATE TEMPORARY TABLE typeorm_metadata (type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)',
    );
    const pending = await dataSource.driver.createSchemaBuilder().log();
    // Only the migration knows the generated search columns and the CHECK constraints: the
    // entities do not map them on purpose. Everything else must match.
    const drift = pending.upQueries
      .map((q) => q.query)
      .filter((query) => !/search_(vector|text)|typeorm_metadata|DROP CONSTRAINT "ck_/.test(query));
    expect(drift).toEqual([]);
  });
});
