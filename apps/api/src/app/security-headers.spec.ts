import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('adds HSTS and upgrade-insecure-requests in production only', () => {
    const production = securityHeaders(true);
    expect(production.strictTransportSecurity).toBe(true);
    expect(production.contentSecurityPolicy).toMatchObject({ directives: { 'upgrade-insecure-requests': true } });
    const elsewhere = securityHeaders(false);
    expect(elsewhere.strictTransportSecurity).toBe(false);
    expect(elsewhere.contentSecurityPolicy).toMatchObject({ directives: { 'upgrade-insecure-requests': false } });
  });

  it('never allows eval, inline scripts or another origin', () => {
    for (const production of [true, false]) {
      const policy = JSON.stringify(securityHeaders(production).contentSecurityPolicy);
      expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
      expect(securityHeaders(production).contentSecurityPolicy).toMatchObject({
        useDefaults: false,
        directives: { 'script-src': ["'self'"], 'script-src-attr': ["'none'"] },
      });
    }
  });
});
