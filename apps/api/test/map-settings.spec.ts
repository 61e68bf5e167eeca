import type { MapSettings } from '@kbdm/map/domain';
import { createTestApp, get, type TestApp } from './test-app';

const TILES = 'https://{s}.tiles.example.kz/{z}/{x}/{y}.png';

describe('map settings', () => {
  describe('by default', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    }, 120_000);
    afterAll(async () => {
      await t?.close();
    });

    it('draws no background tiles, and the policy allows images from nowhere else', async () => {
      const answer = await get<MapSettings>(t.app, '/api/v1/map/settings');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ tileUrl: null, tileAttribution: null });
      const csp = String(answer.headers['content-security-policy']);
      expect(csp).toMatch(/img-src 'self' data: blob:;/);
    });
  });

  describe('with a tile server', () => {
    let t: TestApp;
    beforeAll(async () => {
      process.env['MAP_TILE_URL'] = TILES;
      process.env['MAP_TILE_ATTRIBUTION'] = '© Example tiles';
      t = await createTestApp();
    }, 120_000);
    afterAll(async () => {
      delete process.env['MAP_TILE_URL'];
      delete process.env['MAP_TILE_ATTRIBUTION'];
      await t?.close();
    });

    it('tells the web app the template and attribution, and lets the browser load its images', async () => {
      const answer = await get<MapSettings>(t.app, '/api/v1/map/settings');
      expect(answer.body).toEqual({ tileUrl: TILES, tileAttribution: '© Example tiles' });
      expect(String(answer.headers['content-security-policy'])).toContain(
        "img-src 'self' data: blob: https://*.tiles.example.kz;",
      );
    });
  });
});
