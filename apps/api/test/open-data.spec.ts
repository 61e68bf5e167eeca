import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from './test-app';

type Index = {
  licence: { name: string; url: string };
  openApi: string;
  datasets: { name: string; rows: number; dataDate: string | null; links: Record<string, string> }[];
};

/** RFC 4180 lines to fields: quotes, doubled quotes, commas and line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('open data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const count = async (sql: string) => Number((await t.app.get(DataSource).query(sql))[0].n);

  it('lists every public catalogue with its rows, the date of its data, the licence and the links', async () => {
    const answer = await get('/api/v1/open-data');
    expect(answer.statusCode).toBe(200);
    const index = answer.json<Index>();
    expect(index.licence).toMatchObject({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(index.openApi).toBe('/api/docs/openapi.json');
    expect(index.datasets.map((d) => d.name)).toEqual(['opportunities', 'ppp-projects', 'programmes', 'sez-slots']);
    const byName = Object.fromEntries(index.datasets.map((d) => [d.name, d]));
    expect(byName['opportunities'].rows).toBe(await count('SELECT count(*) AS n FROM opportunity'));
    expect(byName['programmes'].rows).toBe(await count('SELECT count(*) AS n FROM programme_version'));
    expect(byName['sez-slots'].links).toEqual({
      csv: '/api/v1/open-data/sez-slots.csv',
      geojson: '/api/v1/open-data/sez-slots.geojson',
    });
    expect(byName['programmes'].links).toEqual({ csv: '/api/v1/open-data/programmes.csv' });
    expect(Date.parse(byName['opportunities'].dataDate!)).not.toBeNaN();
  });

  it('gives a catalogue as CSV: a byte-order mark, a header, one line per row, Cyrillic and Kazakh intact', async () => {
    const answer = await get('/api/v1/open-data/opportunities.csv');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['content-disposition']).toMatch(
      /^attachment; filename="opportunities-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(answer.headers['link']).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(answer.headers['last-modified']).toBeDefined();
    const bytes = answer.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header.slice(0, 5)).toEqual(['id', 'code', 'name_kk', 'name_ru', 'name_en']);
    expect(rows).toHaveLength(await count('SELECT count(*) AS n FROM opportunity'));
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const [first] = await t.app
      .get(DataSource)
      .query(`SELECT id, name->>'kk' AS kk, name->>'ru' AS ru FROM opportunity ORDER BY id LIMIT 1`);
    expect(rows[0].slice(0, 1)).toEqual([first.id]);
    expect(rows[0][header.indexOf('name_kk')]).toBe(first.kk);
    expect(rows[0][header.indexOf('name_ru')]).toBe(first.ru);
  });

  it('gives the slots with the free capacity the ledger leaves, and programmes one line per version', async () => {
    const slots = await get('/api/v1/open-data/sez-slots.csv');
    const [header, ...rows] = parseCsv(slots.rawPayload.subarray(3).toString('utf8'));
    expect(header).toEqual(expect.arrayContaining(['power_max_mw', 'power_free_mw', 'gas_free_m3_per_hour']));
    const occupied = await t.app.get(DataSource).query(`SELECT code FROM sez_slot WHERE status = 'occupied' LIMIT 1`);
    const row = rows.find((r) => r[header.indexOf('code')] === occupied[0].code)!;
    // An occupied demo plot's contract holds all of its power.
    expect(Number(row[header.indexOf('power_free_mw')])).toBe(0);
    expect(Number(row[header.indexOf('power_max_mw')])).toBeGreaterThan(0);

    const programmes = await get('/api/v1/open-data/programmes.csv');
    const [programmeHeader, ...versions] = parseCsv(programmes.rawPayload.subarray(3).toString('utf8'));
    expect(programmeHeader).toEqual(expect.arrayContaining(['programme_code', 'version_code', 'legal_act_number']));
    expect(versions).toHaveLength(await count('SELECT count(*) AS n FROM programme_version'));
  });

  it('gives located catalogues as GeoJSON with the licence and the date in its metadata', async () => {
    const answer = await get('/api/v1/open-data/ppp-projects.geojson');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    const collection = answer.json<{
      type: string;
      metadata: { licence: { name: string }; dataDate: string };
      features: { geometry: { type: string; coordinates: [number, number] }; properties: { code: string } }[];
    }>();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.metadata.licence.name).toBe('CC BY 4.0');
    expect(Date.parse(collection.metadata.dataDate)).not.toBeNaN();
    expect(collection.features).toHaveLength(
      await count('SELECT count(*) AS n FROM ppp_project WHERE lat IS NOT NULL AND lon IS NOT NULL'),
    );
    const [lon, lat] = collection.features[0].geometry.coordinates;
    // Karaganda region, longitude first.
    expect(lat).toBeGreaterThan(45);
    expect(lat).toBeLessThan(52);
    expect(lon).toBeGreaterThan(65);
    expect(lon).toBeLessThan(80);
  });

  it('answers an unknown dataset or format with a 404 problem', async () => {
    for (const file of ['nothing.csv', 'programmes.geojson', 'opportunities.xlsx', 'opportunities']) {
      const answer = await get(`/api/v1/open-data/${file}`);
      expect(answer.statusCode).toBe(404);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
  });
});
