import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from './test-app';

/** A stand-in for Angular's output: a hashed chunk of real size, an unhashed bundle and the index. */
function fakeWebDist(chunk: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbdm-delivery-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><kbdm-root></kbdm-root></body></html>');
  writeFileSync(join(dir, 'chunk-AB12CD34.js'), chunk);
  writeFileSync(join(dir, 'map.css'), '.kbdm-marker { display: inline-flex; }\n'.repeat(100));
  return dir;
}

/** How the built web app travels: compressed when the browser accepts it, hashed files cached for good. */
describe('delivering the web app', () => {
  const chunk = `export const strings = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Қарағанды ${i}`))};\n`;
  let t: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = fakeWebDist(chunk);
    process.env['WEB_DIST'] = webDist;
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    delete process.env['WEB_DIST'];
    await t?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const fetch = (url: string, encoding?: string) =>
    t.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('compresses a script for a browser that accepts gzip, and the bytes come back the same', async () => {
    const answer = await fetch('/chunk-AB12CD34.js', 'gzip');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.rawPayload.length).toBeLessThan(Buffer.byteLength(chunk) / 3);
    expect(gunzipSync(answer.rawPayload).toString('utf8')).toBe(chunk);
  });

  it('prefers brotli when offered, and sends plain bytes to a client that asks for none', async () => {
    expect((await fetch('/chunk-AB12CD34.js', 'gzip, deflate, br')).headers['content-encoding']).toBe('br');
    const plain = await fetch('/chunk-AB12CD34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(chunk);
  });

  it('lets browsers keep a hashed file for a year, and revalidate the rest', async () => {
    expect((await fetch('/chunk-AB12CD34.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await fetch('/map.css')).headers['cache-control']).toBe('no-cache');
    expect((await fetch('/opportunities')).headers['cache-control']).toBe('no-cache');
  });

  it('compresses the API’s JSON too', async () => {
    const answer = await fetch('/api/v1/opportunities?pageSize=50', 'gzip');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(answer.rawPayload).toString('utf8')).items).toHaveLength(50);
  });
});
