export { appConfig } from './lib/app.config';
export type { AppConfig } from './lib/app.config';
export { databaseConfig } from './lib/database.config';
export type { DatabaseConfig } from './lib/database.config';
export { Environment, validateEnvironment } from './lib/environment';
export { authConfig } from './lib/auth.config';
export type { AuthConfig } from './lib/auth.config';
