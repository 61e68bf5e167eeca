import type { DistrictBoundaryCollection, MapSettings } from '@kbdm/map/domain';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      expect(answer.body).toEqual({ tileUrl: null, tileAttribution: null, boundaries: false });
      const csp = String(answer.headers['content-security-policy']);
      expect(csp).toMatch(/img-src 'self' data: blob:;/);
    });

    it('has no district outlines: the map draws circles, and the route says why', async () => {
      const answer = await get<ProblemDetails>(t.app, '/api/v1/map/boundaries');
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('boundaries_not_available');
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
      expect(answer.body).toEqual({ tileUrl: TILES, tileAttribution: '© Example tiles', boundaries: false });
      expect(String(answer.headers['content-security-policy'])).toContain(
        "img-src 'self' data: blob: https://*.tiles.example.kz;",
      );
    });
  });

  describe('with the districts’ boundaries', () => {
    let t: TestApp;
    let dir: string;
    const square = (lon: number, lat: number) => [
      [
        [lon, lat],
        [lon + 0.4, lat],
        [lon + 0.4, lat + 0.3],
        [lon, lat + 0.3],
        [lon, lat],
      ],
    ];

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'kbdm-boundaries-'));
      const file = join(dir, 'karaganda-region.geojson');
      writeFileSync(
        file,
        JSON.stringify({
          type: 'FeatureCollection',
          attribution: 'Test outlines, CC0',
          features: [
            {
              type: 'Feature',
              properties: { KATO: '351000000' },
              geometry: { type: 'Polygon', coordinates: square(72.9, 49.7) },
            },
            {
              type: 'Feature',
              properties: { KATO: '352400000' },
              geometry: { type: 'Polygon', coordinates: square(72.8, 50) },
            },
            // Another region's district: no district of the catalogue has its code.
            {
              type: 'Feature',
              properties: { KATO: '471000000' },
              geometry: { type: 'Polygon', coordinates: square(51, 43) },
            },
          ],
        }),
      );
      process.env['MAP_BOUNDARIES_FILE'] = file;
      t = await createTestApp();
    }, 120_000);
    afterAll(async () => {
      delete process.env['MAP_BOUNDARIES_FILE'];
      await t?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('serves the outlines of the catalogue’s districts, matched by KATO, with their attribution', async () => {
      expect((await get<MapSettings>(t.app, '/api/v1/map/settings')).body.boundaries).toBe(true);
      const answer = await get<DistrictBoundaryCollection>(t.app, '/api/v1/map/boundaries');
      expect(answer.status).toBe(200);
      expect(answer.body.attribution).toBe('Test outlines, CC0');
      expect(answer.body.features.map((f) => f.properties.districtCode).sort()).toEqual(['karaganda', 'temirtau']);
      expect(answer.body.features[0].geometry.type).toBe('Polygon');
    });
  });
});
