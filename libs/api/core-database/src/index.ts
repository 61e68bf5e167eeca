export { DatabaseModule } from './lib/database.module';
export type { DatabaseModuleOptions } from './lib/database.module';
export { EMBEDDED_DATABASE_OPTIONS, EmbeddedDatabaseHost } from './lib/embedded-database.host';
export { EmbeddedPostgres } from './lib/embedded-postgres';
export type { EmbeddedPostgresOptions, PostgresEndpoint } from './lib/embedded-postgres';
export { runMigrationsLocked } from './lib/migrations';
export { TS_CONFIG, likePattern, searchCondition, searchParameters, searchRank, searchWords } from './lib/text-search';
export { numberColumn } from './lib/column-transformers';
export { SnakeNamingStrategy } from './lib/snake-naming.strategy';
