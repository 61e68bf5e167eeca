import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { Logger, VersioningType } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type AppConfig, httpConfig, mapConfig, type StorageConfig, tileSource } from '@kbdm/api/core-config';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { constants as zlib } from 'node:zlib';
import { securityHeaders } from './security-headers';

/**
 * Fastify as the API uses it. `request.ip` is the client's address: the socket's peer, or what
 * a proxy trusted by `TRUST_PROXY` puts in `X-Forwarded-For` (by default only proxies on
 * loopback and private networks, so a client cannot pick the address it is throttled and
 * audited under). A request Node's HTTP parser cannot read (a raw non-ASCII byte in the URL, a
 * broken header) never reaches Nest: it is answered here, as problem details too.
 */
export function createFastifyAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: httpConfig().trustProxy,
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify({
        type: 'https://kbdm.kz/problems/bad_request',
        title: 'Bad request.',
        status: 400,
        detail: 'The request could not be read: encode the URL and the headers.',
        code: 'bad_request',
      });
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });
}

/**
 * Everything about the HTTP surface that is not a module: prefix and versioning (`/api/v1/…`),
 * security headers and the cross-site request check, the OpenAPI description at `/api/docs`,
 * and the built web app at `/`. Tests call it too, so they exercise the same routes as production.
 */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get(ConfigService).getOrThrow<AppConfig>('app');
  // Both run first on every request: each answer (404s and errors too) carries the headers, and a
  // write that a browser reports as cross-site (Sec-Fetch-Site, else Origin against Host) is
  // refused with 403 before its body is read. Cookie routes also require the CSRF header.
  const { tileUrl } = mapConfig();
  app.useSecurityHeaders(securityHeaders(config.nodeEnv === 'production', tileUrl ? [tileSource(tileUrl)] : []));
  app.enableCsrfProtection();
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.enableShutdownHooks();
  // The refresh token travels in a cookie; nothing else reads cookies.
  await app.register(fastifyCookie);
  // Documents arrive as multipart/form-data, one file a request. The storage counts the bytes and
  // refuses a file over DOCUMENT_MAX_BYTES; the parser stops reading one byte past it.
  const { documentMaxBytes } = app.get(ConfigService).getOrThrow<StorageConfig>('storage');
  await app.register(fastifyMultipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: documentMaxBytes + 1, files: 1, fields: 4, fieldSize: 1024, parts: 5 },
  });
  // Answers over 1 kB go out compressed when the client accepts it: the web app's scripts shrink
  // to about a quarter, the API's JSON likewise. Brotli at quality 5, not its slow default of 11,
  // since each answer is compressed as it is sent.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Karaganda Business Development Map API')
      .setDescription(
        'Open, read-only catalogues of Karaganda region: districts, sectors, import-substitution opportunities, ' +
          'PPP projects, support programmes and the Special Economic Zone; accounts and sessions. ' +
          'Routes are public where they say so; the others need `Authorization: Bearer <access token>`. ' +
          'Refresh and sign-out act on the refresh cookie and need `X-KBDM-CSRF: 1`; writes from another site are refused. ' +
          'Errors are RFC 9457 problem details.',
      )
      .addBearerAuth()
      .addCookieAuth('kbdm_refresh')
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  await serveWebApp(app, config.webDist);
}

/** Angular's output names: `main-WXYZ1234.js`, `chunk-ABCD5678.js`, `styles-….css`. */
const HASHED_FILE = /-[A-Z0-9]{8}\.(js|css)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built web app: its files as they are, and `index.html` for every other path outside
 * `/api`, so that the app's own routes (`/opportunities/…`) load on a reload or a shared link.
 */
async function serveWebApp(app: NestFastifyApplication, webDist: string): Promise<void> {
  const indexFile = join(webDist, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('WebApp').warn(`No web app in ${webDist}: serving the API only (build it with \`npm start\`).`);
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, {
    root: webDist,
    prefix: '/',
    wildcard: false,
    index: false,
    // A file whose name carries its content's hash never changes: browsers keep it a year without
    // asking again. Anything else (map.css, favicon) is checked against its ETag on each use.
    cacheControl: false,
    setHeaders: (reply, path) => {
      void reply.header('cache-control', HASHED_FILE.test(basename(path)) ? IMMUTABLE : 'no-cache');
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if (request.url === '/api' || request.url.startsWith('/api/')) {
        // Unknown API routes answer 404 problem details through Nest's not-found handler.
        reply.callNotFound();
        return;
      }
      void reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
    });
}
