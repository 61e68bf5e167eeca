import type { AuthConfig } from '@kbdm/api/core-config';
import { AccessTokenService } from './access-token.service';

const config: AuthConfig = { secret: 's'.repeat(32), accessTokenTtlSeconds: 900, refreshTokenTtlSeconds: 3600, secureCookies: true };
const user = { id: '6f1f2d9c-0000-4000-8000-000000000001', role: 'investor' };

describe('AccessTokenService', () => {
  const tokens = new AccessTokenService(config);
  const now = Date.UTC(2026, 10, 25, 12, 0, 0);

  it('reads back the user it signed, as a three-part HS256 JWT', () => {
    const token = tokens.sign(user, now);
    expect(token.split('.')).toHaveLength(3);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(tokens.verify(token, now + 1000)).toEqual(user);
  });

  it('refuses a token once its 15 minutes are over', () => {
    const token = tokens.sign(user, now);
    expect(tokens.verify(token, now + 899_000)).toEqual(user);
    expect(tokens.verify(token, now + 900_000)).toBeNull();
  });

  it('refuses a token whose payload was changed, or signed with another key', () => {
    const [header, , signature] = tokens.sign(user, now).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: user.id, role: 'admin', iat: 0, exp: 9_999_999_999 })).toString('base64url');
    expect(tokens.verify(`${header}.${forged}.${signature}`, now)).toBeNull();
    const other = new AccessTokenService({ ...config, secret: 'o'.repeat(32) });
    expect(tokens.verify(other.sign(user, now), now)).toBeNull();
  });

  it('refuses the "none" algorithm and junk', () => {
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = tokens.sign(user, now).split('.')[1];
    for (const token of [`${none}.${payload}.`, '', 'a.b', 'a.b.c', '...', `${tokens.sign(user, now)}x`]) {
      expect(tokens.verify(token, now)).toBeNull();
    }
  });
});
