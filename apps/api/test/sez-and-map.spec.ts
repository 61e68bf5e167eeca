import type { Opportunity } from '@kbdm/catalogue/domain';
import type { DistrictFigures, MapFeatureCollection } from '@kbdm/map/domain';
import type { Sez, SezDetail, SezSlot } from '@kbdm/sez/domain';
import type { Page } from '@kbdm/shared/domain';
import { OPPORTUNITIES } from '../src/database/demo-data/opportunities';
import { SEZ } from '../src/database/demo-data/sez';
import { createTestApp, get, type TestApp } from './test-app';

describe('SEZ and map API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('counts the zone’s participants as the source gives them: 15 registered, 6 operating', async () => {
    const { body } = await get<Page<Sez>>(t.app, '/api/v1/sez');
    expect(body.total).toBe(1);
    const zone = body.items[0];
    expect(zone.participants).toEqual({ registered: 15, operating: 6 });
    expect(zone.slotCount).toBe(SEZ.slots.length);
    const detail = await get<SezDetail>(t.app, `/api/v1/sez/${zone.id}`);
    expect(detail.body.participantList).toHaveLength(15);
  });

  it('lists a zone’s slots and the same slots across zones', async () => {
    const zone = (await get<Page<Sez>>(t.app, '/api/v1/sez')).body.items[0];
    const own = await get<Page<SezSlot>>(t.app, `/api/v1/sez/${zone.id}/slots?pageSize=100`);
    const all = await get<Page<SezSlot>>(t.app, '/api/v1/sez-slots?pageSize=100');
    expect(own.body.total).toBe(SEZ.slots.length);
    expect(all.body.total).toBe(own.body.total);
    const slot = all.body.items[0];
    expect(slot.utilities.map((u) => u.utility)).toEqual(['power', 'water', 'sewerage', 'heat', 'gas']);
    const one = await get<SezSlot>(t.app, `/api/v1/sez-slots/${slot.id}`);
    expect(one.body.code).toBe(slot.code);
  });

  it('filters slots by status, power and rail spur', async () => {
    const available = (await get<Page<SezSlot>>(t.app, '/api/v1/sez-slots?status=available&pageSize=100')).body;
    expect(available.total).toBe(SEZ.slots.filter((s) => s.status === 'available').length);
    const powerful = (await get<Page<SezSlot>>(t.app, '/api/v1/sez-slots?minPower=10&railSpur=true&pageSize=100')).body;
    expect(powerful.total).toBe(SEZ.slots.filter((s) => s.utilities.power >= 10 && s.railSpur).length);
  });

  describe('map features', () => {
    it('answers GeoJSON for each layer and counts the items without a place', async () => {
      const { status, body } = await get<MapFeatureCollection>(t.app, '/api/v1/map/features');
      expect(status).toBe(200);
      expect(body.type).toBe('FeatureCollection');
      const layers = new Set(body.features.map((f) => f.properties.layer));
      expect(layers).toEqual(new Set(['opportunities', 'ppp', 'sez-slots']));
      expect(body.counts.opportunities.unlocated).toBeGreaterThan(0);
      for (const feature of body.features) {
        const [lon, lat] = feature.geometry.coordinates;
        expect(lon).toBeGreaterThan(60);
        expect(lat).toBeGreaterThan(40);
      }
    });

    it('runs the same query as the list: a filter narrows both alike', async () => {
      const listed = (await get<Page<Opportunity>>(t.app, '/api/v1/opportunities?sector=C23&pageSize=100')).body;
      const mapped = (await get<MapFeatureCollection>(t.app, '/api/v1/map/features?layers=opportunities&sector=C23')).body;
      const counts = mapped.counts.opportunities;
      expect(counts.located + counts.unlocated).toBe(listed.total);
      expect(mapped.features.every((f) => f.properties.sectorCode?.startsWith('C23'))).toBe(true);
      expect(mapped.counts.ppp.located).toBe(0);
    });

    it('cuts by bbox and counts what lies outside', async () => {
      const all = (await get<MapFeatureCollection>(t.app, '/api/v1/map/features?layers=sez-slots')).body;
      // Saran lies west of 72.9°E; Karaganda east of it.
      const west = (await get<MapFeatureCollection>(t.app, '/api/v1/map/features?layers=sez-slots&bbox=72.0,49.0,72.9,50.5')).body;
      expect(west.counts['sez-slots'].located + west.counts['sez-slots'].outsideBbox).toBe(all.counts['sez-slots'].located);
      expect(west.features.every((f) => f.geometry.coordinates[0] <= 72.9)).toBe(true);
    });
  });

  describe('district figures', () => {
    it('lists every district with the figures of the items that stand there', async () => {
      const { status, body } = await get<DistrictFigures[]>(t.app, '/api/v1/map/district-figures');
      expect(status).toBe(200);
      expect(body).toHaveLength(13);
      const count = (code: string) => body.find((d) => d.district.code === code)!;
      expect(body.reduce((sum, d) => sum + d.opportunities, 0)).toBe(OPPORTUNITIES.filter((o) => o.districtCode).length);
      const temirtau = OPPORTUNITIES.filter((o) => o.districtCode === 'temirtau');
      expect(count('temirtau').opportunities).toBe(temirtau.length);
      expect(count('temirtau').importValueUsd).toBeCloseTo(temirtau.reduce((sum, o) => sum + o.importValueUsd, 0), 0);
      const freeInSaran = SEZ.slots.filter((s) => s.districtCode === 'saran' && s.status === 'available');
      expect(count('saran').freeSezAreaHa).toBeCloseTo(freeInSaran.reduce((sum, s) => sum + s.areaHa, 0), 2);
    });

    it('narrows the figures by the lists’ sector filter', async () => {
      const all = (await get<DistrictFigures[]>(t.app, '/api/v1/map/district-figures')).body;
      const c23 = (await get<DistrictFigures[]>(t.app, '/api/v1/map/district-figures?sector=C23')).body;
      const total = (rows: DistrictFigures[]) => rows.reduce((sum, d) => sum + d.opportunities, 0);
      expect(total(c23)).toBe(OPPORTUNITIES.filter((o) => o.districtCode && o.sectorCode.startsWith('C23')).length);
      expect(total(c23)).toBeLessThan(total(all));
      expect((await get(t.app, '/api/v1/map/district-figures?sector=C99')).status).toBe(400);
    });
  });
});
