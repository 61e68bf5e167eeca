import { registerAs } from '@nestjs/config';
import { resolve } from 'node:path';
import { validateEnvironment } from './environment';

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Folder of the built web app, served at `/`; null when it is not built. */
  webDist: string;
};

export const appConfig = registerAs('app', (): AppConfig => {
  const env = validateEnvironment(process.env);
  return {
    nodeEnv: env.NODE_ENV ?? 'development',
    port: env.PORT ?? 3000,
    host: env.HOST ?? 'localhost',
    webDist: resolve(env.WEB_DIST ?? 'dist/apps/web/browser'),
  };
});
