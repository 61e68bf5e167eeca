import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@kbdm/api/core-config';
import { AppModule } from './app/app.module';
import { configureApp, createFastifyAdapter } from './app/configure-app';
import { DemoDataLoader } from './database/demo-data/demo-data.loader';

const USAGE = `Usage: node main.js [serve|migrate|seed]
  serve    start the API (default)
  migrate  apply pending database migrations and exit
  seed     apply migrations, load the starting catalogues (idempotent) and exit`;

async function serve(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter());
  await configureApp(app);
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  await app.listen(config.port, config.host);
  Logger.log(`Karaganda Business Development Map at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (API docs: /api/docs)`, 'Bootstrap');
}

/** Operator commands run in an application context: no HTTP server. */
async function runCommand(command: 'migrate' | 'seed'): Promise<void> {
  process.env['DB_MIGRATE'] = 'true';
  process.env['DEMO_DATA'] = 'false';
  const context = await NestFactory.createApplicationContext(AppModule, { logger: ['log', 'warn', 'error'] });
  try {
    if (command === 'seed') await context.get(DemoDataLoader).load();
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
      return runCommand(command);
    default:
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  Logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error), 'Bootstrap');
  process.exit(1);
});
