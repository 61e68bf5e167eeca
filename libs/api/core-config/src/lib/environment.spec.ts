import { authConfig } from './auth.config';
import { databaseConfig } from './database.config';
import { join, resolve } from 'node:path';
import { httpConfig } from './http.config';
import { mailConfig } from './mail.config';
import { storageConfig } from './storage.config';
import { validateEnvironment } from './environment';
import { parseTrustProxy } from './trust-proxy';

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
    expect(() => validateEnvironment({ NODE_ENV: 'production', AUTH_SECRET: 'short-secret' })).not.toThrow(
      /short-secret/,
    );
    expect(validateEnvironment({ NODE_ENV: 'production', AUTH_SECRET: 'k'.repeat(32) }).AUTH_SECRET).toBe(
      'k'.repeat(32),
    );
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

describe('httpConfig', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('throttles sign-in, registration, refresh and saved assessments per address by default, and lets each limit be set', () => {
    delete process.env['THROTTLE_SIGN_IN_PER_MINUTE'];
    delete process.env['THROTTLE_REGISTER_PER_MINUTE'];
    delete process.env['THROTTLE_REFRESH_PER_MINUTE'];
    delete process.env['THROTTLE_ASSESSMENTS_PER_MINUTE'];
    expect(httpConfig().requestsPerMinute).toEqual({ signIn: 10, register: 5, refresh: 60, assessment: 20 });
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '3';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '1';
    process.env['THROTTLE_ASSESSMENTS_PER_MINUTE'] = '7';
    expect(httpConfig().requestsPerMinute).toEqual({ signIn: 3, register: 1, refresh: 60, assessment: 7 });
  });

  it('refuses a limit that is not a positive whole number, by name', () => {
    expect(() => validateEnvironment({ THROTTLE_SIGN_IN_PER_MINUTE: '0' })).toThrow(/THROTTLE_SIGN_IN_PER_MINUTE/);
    expect(() => validateEnvironment({ THROTTLE_REFRESH_PER_MINUTE: 'lots' })).toThrow(/THROTTLE_REFRESH_PER_MINUTE/);
    expect(() => validateEnvironment({ THROTTLE_ASSESSMENTS_PER_MINUTE: '-1' })).toThrow(
      /THROTTLE_ASSESSMENTS_PER_MINUTE/,
    );
  });

  it('believes X-Forwarded-For only from loopback and private networks unless told otherwise', () => {
    delete process.env['TRUST_PROXY'];
    expect(httpConfig().trustProxy).toEqual(['loopback', 'linklocal', 'uniquelocal']);
    process.env['TRUST_PROXY'] = '';
    expect(httpConfig().trustProxy).toEqual(['loopback', 'linklocal', 'uniquelocal']);
    process.env['TRUST_PROXY'] = 'false';
    expect(httpConfig().trustProxy).toBe(false);
    process.env['TRUST_PROXY'] = '10.0.0.0/8, 2001:db8::/32 ,loopback,192.0.2.7';
    expect(httpConfig().trustProxy).toEqual(['10.0.0.0/8', '2001:db8::/32', 'loopback', '192.0.2.7']);
  });

  it.each(['yes please', '2', '10.0.0.0/33', '300.1.1.1', 'loopback,,', 'example.com', '10.0.0.0/8/8'])(
    'refuses TRUST_PROXY=%j by name',
    (value) => {
      expect(() => validateEnvironment({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );

  it('reads the TRUST_PROXY forms Fastify accepts', () => {
    expect(parseTrustProxy(' TRUE ')).toBe(true);
    expect(parseTrustProxy(' False')).toBe(false);
    expect(parseTrustProxy('::1')).toEqual(['::1']);
    expect(parseTrustProxy('fc00::/7')).toEqual(['fc00::/7']);
    expect(parseTrustProxy('fc00::/129')).toBeNull();
  });
});

describe('storageConfig', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('keeps documents on disk under DATA_DIR, up to 10 MiB each, unless told otherwise', () => {
    delete process.env['STORAGE_DRIVER'];
    delete process.env['STORAGE_DIR'];
    delete process.env['DOCUMENT_MAX_BYTES'];
    process.env['DATA_DIR'] = 'tmp/kbdm-data';
    expect(storageConfig()).toEqual({
      driver: 'disk',
      dir: join(resolve('tmp/kbdm-data'), 'documents'),
      documentMaxBytes: 10_485_760,
    });
    process.env['STORAGE_DIR'] = '/srv/kbdm/documents';
    process.env['DOCUMENT_MAX_BYTES'] = '2048';
    expect(storageConfig()).toEqual({ driver: 'disk', dir: '/srv/kbdm/documents', documentMaxBytes: 2048 });
  });

  it.each([
    ['STORAGE_DRIVER', 's3'],
    ['DOCUMENT_MAX_BYTES', '1023'],
    ['DOCUMENT_MAX_BYTES', String(100 * 1024 * 1024 + 1)],
    ['DOCUMENT_MAX_BYTES', '10MB'],
  ])('refuses %s=%j at start, by name', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(new RegExp(name));
  });
});

describe('mailConfig', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('writes mail to the outbox under DATA_DIR by default', () => {
    delete process.env['MAIL_TRANSPORT'];
    delete process.env['SMTP_URL'];
    delete process.env['MAIL_FROM'];
    delete process.env['MAIL_OUTBOX_DIR'];
    process.env['DATA_DIR'] = 'tmp/kbdm-data';
    expect(mailConfig()).toEqual({
      transport: 'outbox',
      smtpUrl: null,
      from: 'Karaganda Business Map <no-reply@kbdm.local>',
      outboxDir: join(resolve('tmp/kbdm-data'), 'outbox'),
    });
  });

  it('sends over SMTP when told to, from the address given', () => {
    process.env['MAIL_TRANSPORT'] = 'smtp';
    process.env['SMTP_URL'] = 'smtp://user:pass@mail.example.kz:587';
    process.env['MAIL_FROM'] = 'Бизнес-карта <portal@example.kz>';
    expect(mailConfig()).toMatchObject({
      transport: 'smtp',
      smtpUrl: 'smtp://user:pass@mail.example.kz:587',
      from: 'Бизнес-карта <portal@example.kz>',
    });
  });

  it('refuses the SMTP transport without SMTP_URL, naming it', () => {
    expect(() => validateEnvironment({ MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_URL/);
    expect(() => validateEnvironment({ MAIL_TRANSPORT: 'smtp', SMTP_URL: '' })).toThrow(/SMTP_URL/);
    expect(() => validateEnvironment({ MAIL_TRANSPORT: 'smtp', SMTP_URL: 'smtps://mail.example.kz' })).not.toThrow();
  });

  it('names a wrong SMTP_URL without printing its password', () => {
    let message = '';
    try {
      validateEnvironment({ MAIL_TRANSPORT: 'smtp', SMTP_URL: 'http://user:s3cret@mail.example.kz' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/SMTP_URL/);
    expect(message).not.toContain('s3cret');
  });

  it.each([
    ['MAIL_TRANSPORT', 'sendmail'],
    ['MAIL_FROM', 'no address here'],
    ['MAIL_FROM', 'Portal <no-reply@kbdm.local>\r\nBcc: someone@example.com'],
  ])('refuses %s=%j at start, by name', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(new RegExp(name));
  });
});
