import { Test } from '@nestjs/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EMBEDDED_DATABASE_OPTIONS } from '@kbdm/api/core-database';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'pg';
import { AppModule } from '../src/app/app.module';
import { configureApp, createFastifyAdapter } from '../src/app/configure-app';
import { DemoDataLoader } from '../src/database/demo-data/demo-data.loader';

export type TestApp = {
  app: NestFastifyApplication;
  /** `embedded` (PGlite in memory) or `postgres` (a fresh database cloned from a template). */
  database: 'embedded' | 'postgres';
  /** The test's own folder: `documents/` (the storage) and `outbox/` (e-mails as .eml files). */
  files: string;
  close: () => Promise<void>;
};

/** What the template's content depends on: change a migration or the data and a new one is made. */
function templateName(): string {
  const hash = createHash('sha1');
  for (const dir of ['../src/database/migrations', '../src/database/demo-data']) {
    const full = join(dirname(fileURLToPath(import.meta.url)), dir);
    for (const file of readdirSync(full).sort()) hash.update(file).update(readFileSync(join(full, file)));
  }
  hash.update(process.env['TEST_RUN_ID'] ?? '');
  return `kbdm_test_tpl_${hash.digest('hex').slice(0, 12)}`;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A provider replaced for a test: what leaves the machine, or the clock. */
export type ProviderOverride = { provide: unknown; useValue: unknown };

async function bootstrap(
  overrides: { embeddedMemory?: boolean; providers?: ProviderOverride[] } = {},
): Promise<NestFastifyApplication> {
  let builder = Test.createTestingModule({ imports: [AppModule] });
  if (overrides.embeddedMemory) {
    builder = builder.overrideProvider(EMBEDDED_DATABASE_OPTIONS).useValue({ dataDir: 'memory://' });
  }
  for (const override of overrides.providers ?? []) {
    builder = builder.overrideProvider(override.provide).useValue(override.useValue);
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(), {
    logger: ['error', 'warn'],
  });
  await configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

// Lock key for making the template once when several Jest workers start at the same time.
const TEMPLATE_LOCK = 4_827_312;

/** Makes the migrated, seeded template database unless it exists; returns its name. */
async function ensureTemplate(serverUrl: string): Promise<string> {
  const template = templateName();
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${template}`);
      process.env['DATABASE_URL'] = withDatabase(serverUrl, template);
      process.env['DB_MIGRATE'] = 'true';
      const app = await bootstrap();
      await app.get(DemoDataLoader).load();
      await app.close();
    }
    return template;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
}

/**
 * The real AppModule on a real database with migrations applied and the starting catalogues
 * loaded: a fresh PostgreSQL database cloned from a template when `DATABASE_URL` is set (CI),
 * else an in-memory PGlite (no server needed).
 */
export async function createTestApp(options: { providers?: ProviderOverride[] } = {}): Promise<TestApp> {
  const serverUrl = process.env['TEST_DATABASE_SERVER_URL'] ?? process.env['DATABASE_URL'];
  process.env['DEMO_DATA'] = 'false';
  // Uploaded documents and the e-mail outbox go to a folder of the test's own, never to ./data;
  // e-mails leave the outbox only when a test dispatches them.
  const files = mkdtempSync(join(tmpdir(), 'kbdm-test-'));
  process.env['STORAGE_DIR'] = join(files, 'documents');
  process.env['MAIL_OUTBOX_DIR'] = join(files, 'outbox');
  process.env['MAIL_DISPATCH'] = 'off';
  process.env['RESERVATION_EXPIRY'] = 'off';
  // Imports run when a test calls `ImportRunner.runPending()`, not on a timer.
  process.env['IMPORT_WORKER'] = 'off';
  if (serverUrl) {
    process.env['TEST_DATABASE_SERVER_URL'] = serverUrl;
    const template = await ensureTemplate(serverUrl);
    const database = `${template.replace('_tpl_', '_')}_${process.pid}_${Date.now() % 1_000_000}`;
    const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);
    await admin.end();
    process.env['DATABASE_URL'] = withDatabase(serverUrl, database);
    process.env['DB_MIGRATE'] = 'false';
    const app = await bootstrap({ providers: options.providers });
    return {
      app,
      database: 'postgres',
      files,
      close: async () => {
        await app.close();
        rmSync(files, { recursive: true, force: true });
        const cleaner = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
        await cleaner.connect();
        await cleaner.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await cleaner.end();
      },
    };
  }
  delete process.env['DATABASE_URL'];
  process.env['DB_MIGRATE'] = 'true';
  const app = await bootstrap({ embeddedMemory: true, providers: options.providers });
  await app.get(DemoDataLoader).load();
  return {
    app,
    database: 'embedded',
    files,
    close: async () => {
      await app.close();
      rmSync(files, { recursive: true, force: true });
    },
  };
}

/** GET through Fastify's injector: the whole stack, no socket. */
export async function get<T = unknown>(app: NestFastifyApplication, url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (isJson ? response.json() : response.body) as T,
  };
}
