import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseConfig, DatabaseConfig } from '@kbdm/api/core-config';
import { DataSource, DataSourceOptions, MixedList } from 'typeorm';
import { EMBEDDED_DATABASE_OPTIONS, EmbeddedDatabaseHost } from './embedded-database.host';
import { runMigrationsLocked } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type DatabaseModuleOptions = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
};

@Global()
@Module({
  imports: [ConfigModule.forFeature(databaseConfig)],
  providers: [EmbeddedDatabaseHost, { provide: EMBEDDED_DATABASE_OPTIONS, useValue: {} }],
  exports: [EmbeddedDatabaseHost],
})
class EmbeddedDatabaseModule {}

/**
 * Connections to the embedded database: one. pglite-socket 0.2.17 keeps a connection's messages
 * together only inside a SQL transaction, so two connections' extended-protocol batches
 * (Parse/Bind/Execute/Sync) can interleave on PGlite's single session and one can bind the
 * other's statement — an error, or another query's rows (electric-sql/pglite#1046). PGlite runs
 * one query at a time anyway, so a single connection costs only the pool's queue. Code inside a
 * transaction must therefore use only the transaction's manager (anything else would wait for
 * the one connection forever); it already has to, as the README explains.
 */
export const EMBEDDED_POOL_SIZE = 1;

/**
 * TypeORM on PostgreSQL: the server named by `DATABASE_URL`, or else the embedded PGlite under
 * `DATA_DIR`. Entities and migrations are listed explicitly (globs break once the API is
 * bundled); `synchronize` is off for good: the schema changes only through migrations.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        EmbeddedDatabaseModule,
        TypeOrmModule.forRootAsync({
          imports: [ConfigModule.forFeature(databaseConfig)],
          inject: [databaseConfig.KEY, EmbeddedDatabaseHost],
          useFactory: async (config: DatabaseConfig, host: EmbeddedDatabaseHost) => {
            const poolSize = config.url ? config.poolSize : EMBEDDED_POOL_SIZE;
            const connection = config.url
              ? { url: config.url }
              : await host.start({ dataDir: config.dataDir, maxConnections: poolSize });
            return {
              type: 'postgres' as const,
              ...connection,
              entities: options.entities,
              migrations: options.migrations,
              migrationsTableName: 'migrations',
              synchronize: false,
              namingStrategy: new SnakeNamingStrategy(),
              migrationsRun: config.migrate,
              extra: { max: poolSize, application_name: 'kbdm-api' },
            };
          },
          dataSourceFactory: async (dataSourceOptions?: DataSourceOptions) => {
            if (!dataSourceOptions) throw new Error('No database options');
            const dataSource = new DataSource({ ...dataSourceOptions, migrationsRun: false });
            await dataSource.initialize();
            if (dataSourceOptions.migrationsRun) {
              // Only a server can have other API instances migrating at the same moment.
              const onServer = 'url' in dataSourceOptions && Boolean(dataSourceOptions.url);
              await runMigrationsLocked(dataSource, { lock: onServer });
            }
            return dataSource;
          },
        }),
      ],
      exports: [TypeOrmModule, EmbeddedDatabaseModule],
    };
  }
}
