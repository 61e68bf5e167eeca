import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AdminUsersService } from '@kbdm/accounts/api-feature';
import type { AppConfig } from '@kbdm/api/core-config';
import { DomainException } from '@kbdm/api/core-errors';
import { AppModule } from './app/app.module';
import { configureApp, createFastifyAdapter } from './app/configure-app';
import {
  CREATE_ADMIN_USAGE,
  CommandLineError,
  createAdmin,
  parseCreateAdminArgs,
} from './commands/create-admin.command';
import { IMPORT_BOUNDARIES_USAGE, importBoundaries } from './commands/import-boundaries.command';
import { DemoDataLoader } from './database/demo-data/demo-data.loader';

const USAGE = `Usage: node main.js [serve|migrate|seed|create-admin|import-boundaries]
  serve    start the API (default)
  migrate  apply pending database migrations and exit
  seed     apply migrations, load the starting catalogues (idempotent) and exit
  ${CREATE_ADMIN_USAGE}
           apply migrations and create an administrator (refused if the e-mail exists)
  ${IMPORT_BOUNDARIES_USAGE}
           write the districts' outlines for the map from geokz's ADM2 shapefile`;

async function serve(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter());
  await configureApp(app);
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  await app.listen(config.port, config.host);
  Logger.log(
    `Karaganda Business Development Map at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (API docs: /api/docs)`,
    'Bootstrap',
  );
}

/** Operator commands run in an application context: no HTTP server. */
async function runCommand(command: 'migrate' | 'seed' | 'create-admin', args: string[]): Promise<void> {
  // Checked before the database is touched: a missing or weak password changes nothing.
  const admin = command === 'create-admin' ? parseCreateAdminArgs(args, process.env) : null;
  process.env['DB_MIGRATE'] = 'true';
  process.env['DEMO_DATA'] = 'false';
  const context = await NestFactory.createApplicationContext(AppModule, { logger: ['log', 'warn', 'error'] });
  try {
    if (command === 'seed') await context.get(DemoDataLoader).load();
    if (admin) {
      const created = await createAdmin(context.get(AdminUsersService), admin);
      Logger.log(`Created administrator ${created.email} (${created.fullName}, id ${created.id}).`, 'create-admin');
    }
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate':
    case 'seed':
    case 'create-admin':
      return runCommand(command, process.argv.slice(3));
    case 'import-boundaries': {
      // No database: the outlines are matched to the districts by KATO when the API serves them.
      const { out, districts } = await importBoundaries(process.argv.slice(3));
      Logger.log(
        `Wrote the outlines of ${districts} districts to ${out}; the map draws them from the next start.`,
        'import-boundaries',
      );
      return;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  // The operator's mistakes (a taken e-mail, a weak password) are answers, not crashes: no stack.
  if (error instanceof CommandLineError || error instanceof DomainException) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  Logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error), 'Bootstrap');
  process.exit(1);
});
