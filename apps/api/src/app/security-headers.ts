import type { ContentSecurityPolicyDirectiveValue, SecurityHeadersOptions } from '@nestjs/common';

/**
 * What a page served from here may load and run: the built web app, Swagger UI at `/api/docs`,
 * and nothing from elsewhere. Scripts only as files from this origin — no inline script, no
 * event-handler attributes, no `eval` — so injected markup cannot run code.
 */
export function contentSecurityPolicy(
  production: boolean,
  /** Origins the map's background tiles come from (`MAP_TILE_URL`), if any. */
  tileSources: string[] = [],
): Record<string, ContentSecurityPolicyDirectiveValue> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    // Angular puts each component's styles in a <style> element and Material and Leaflet set
    // style attributes; Swagger UI's page has an inline <style>. A style cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Leaflet draws markers and tiles from data: and blob: URLs; Swagger UI's icons are data: URLs.
    'img-src': ["'self'", 'data:', 'blob:', ...tileSources],
    'connect-src': ["'self'"],
    // On plain http (development, a LAN demo) this would turn every request into a failing https one.
    'upgrade-insecure-requests': production,
  };
}

/**
 * Nest's security headers (helmet 8's set and defaults) with our policy. HSTS only in
 * production, which is served over https; development runs on plain http.
 */
export function securityHeaders(production: boolean, tileSources: string[] = []): SecurityHeadersOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(production, tileSources) },
    strictTransportSecurity: production,
    // Matches `frame-ancestors 'none'` for browsers that predate it.
    xFrameOptions: { action: 'deny' },
    // Another site (a tile server one day) learns our origin, never a page's path and filters.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  };
}
