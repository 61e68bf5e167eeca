import { authConfig } from './auth.config';
import { databaseConfig } from './database.config';
import { validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('converts numbers and switches from their text', () => {
    const env = validateEnvironment({ PORT: '8080', DB_POOL_SIZE: '4', DB_MIGRATE: 'yes', DEMO_DATA: 'off' });
    expect(env).toMatchObject({ PORT: 8080, DB_POOL_SIZE: 4, DB_MIGRATE: true, DEMO_DATA: false });
  });

  it('stops with the name of every wrong setting and never its value', () => {
    const secret = 'postgres://user:s3cret@db/kbdm';
    let message = '';
    try {
      validateEnvironment({ PORT: 'eighty', DB_MIGRATE: 'perhaps', NODE_ENV: 'staging', DATABASE_URL: secret });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DB_MIGRATE/);
    expect(message).toMatch(/NODE_ENV/);
    expect(message).not.toContain('s3cret');
  });
});

describe('databaseConfig', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('migrates and loads demo data by itself on the embedded database', () => {
    delete process.env['DATABASE_URL'];
    delete process.env['DB_MIGRATE'];
    delete process.env['DEMO_DATA'];
    expect(databaseConfig()).toMatchObject({ url: null, migrate: true, demoData: true, poolSize: 10 });
  });

  it('leaves a shared server to its operator unless told otherwise', () => {
    process.env['DATABASE_URL'] = 'postgres://localhost/kbdm';
    delete process.env['DB_MIGRATE'];
    delete process.env['DEMO_DATA'];
    expect(databaseConfig()).toMatchObject({ url: 'postgres://localhost/kbdm', migrate: false, demoData: false });
    process.env['DB_MIGRATE'] = 'true';
    expect(databaseConfig().migrate).toBe(true);
  });
});

describe('AUTH_SECRET', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('is required in production, named without its value', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', AUTH_SECRET: 'short-secret' })).toThrow(/AUTH_SECRET/);
    expect(() => validateEnvironment({ NODE_ENV: 'production', AUTH_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
    expect(validateEnvironment({ NODE_ENV: 'production', AUTH_SECRET: 'k'.repeat(32) }).AUTH_SECRET).toBe('k'.repeat(32));
  });

  it('falls back outside production to one random key per process', () => {
    process.env['NODE_ENV'] = 'development';
    delete process.env['AUTH_SECRET'];
    const first = authConfig();
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(authConfig().secret).toBe(first.secret);
    expect(first.secureCookies).toBe(false);
    process.env['NODE_ENV'] = 'test';
    expect(authConfig().secureCookies).toBe(true);
  });
});
