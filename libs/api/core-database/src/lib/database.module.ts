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
            const connection = config.url
              ? { url: config.url }
              : await host.start({ dataDir: config.dataDir, maxConnections: config.poolSize });
            return {
              type: 'postgres' as const,
              ...connection,
              entities: options.entities,
              migrations: options.migrations,
              migrationsTableName: 'migrations',
              synchronize: false,
              namingStrategy: new SnakeNamingStrategy(),
              migrationsRun: config.migrate,
              extra: { max: config.poolSize, application_name: 'kbdm-api' },
            };
          },
          dataSourceFactory: async (dataSourceOptions?: DataSourceOptions) => {
            if (!dataSourceOptions) throw new Error('No database options');
            const dataSource = new DataSource({ ...dataSourceOptions, migrationsRun: false });
            await dataSource.initialize();
            if (dataSourceOptions.migrationsRun) await runMigrationsLocked(dataSource);
            return dataSource;
          },
        }),
      ],
      exports: [TypeOrmModule, EmbeddedDatabaseModule],
    };
  }
}
