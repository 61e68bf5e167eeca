import { Logger } from '@nestjs/common';
import { registerAs } from '@nestjs/config';
import { randomBytes } from 'node:crypto';
import { validateEnvironment } from './environment';

export type AuthConfig = {
  /** HMAC-SHA256 key of the access tokens. */
  secret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** The refresh cookie's `Secure` flag: off only in development, which runs on plain http. */
  secureCookies: boolean;
};

// Made once per process, so that every reader of the namespace signs with the same key.
let generatedSecret: string | undefined;

function fallbackSecret(): string {
  if (!generatedSecret) {
    generatedSecret = randomBytes(32).toString('base64url');
    new Logger('AuthConfig').warn('AUTH_SECRET is not set: using a random key, so every session ends when the API restarts.');
  }
  return generatedSecret;
}

export const authConfig = registerAs('auth', (): AuthConfig => {
  const env = validateEnvironment(process.env);
  const nodeEnv = env.NODE_ENV ?? 'development';
  return {
    secret: env.AUTH_SECRET && env.AUTH_SECRET !== '' ? env.AUTH_SECRET : fallbackSecret(),
    accessTokenTtlSeconds: 15 * 60,
    refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
    secureCookies: nodeEnv !== 'development',
  };
});
