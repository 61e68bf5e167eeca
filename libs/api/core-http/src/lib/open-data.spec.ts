import { csvDocument, csvField, geoJsonDocument, keysetBatches, pointFeature } from './open-data';

const rows = Array.from({ length: 7 }, (_, i) => ({
  id: `id-${i}`,
  name: `Цех №${i}, «Темиртау»`,
  lat: i % 2 ? null : 49.8,
  lon: 73.1,
}));
/** A table read by id order: the rows after `after`, at most `size`. */
const page = async (after: string | null, size: number) =>
  rows.filter((r) => after === null || r.id > after).slice(0, size);

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

describe('open data documents', () => {
  it('read a table in keyset batches: every row once, none skipped, one batch held at a time', async () => {
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const batch of keysetBatches(page, 3)) {
      sizes.push(batch.length);
      seen.push(...batch.map((r) => r.id));
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(rows.map((r) => r.id));
  });

  it('write CSV with a byte-order mark, quoting what must be quoted, and no formulas', async () => {
    const csv = await text(
      csvDocument(
        [
          { header: 'id', value: (r: (typeof rows)[number]) => r.id },
          { header: 'name', value: (r) => r.name },
          { header: 'lat', value: (r) => r.lat },
        ],
        keysetBatches(page, 4),
      ),
    );
    expect(csv.startsWith('\uFEFFid,name,lat\r\n')).toBe(true);
    expect(csv).toContain('id-0,"Цех №0, «Темиртау»",49.8\r\n');
    expect(csv).toContain('id-1,"Цех №1, «Темиртау»",\r\n');
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-12.5)).toBe('-12.5');
  });

  it('write a GeoJSON collection of the located rows, longitude first, with the metadata', async () => {
    const document = JSON.parse(
      await text(
        geoJsonDocument(
          { licence: 'CC BY 4.0' },
          (r: (typeof rows)[number]) => pointFeature(r, { name: r.name }),
          keysetBatches(page, 2),
        ),
      ),
    );
    expect(document.metadata).toEqual({ licence: 'CC BY 4.0' });
    expect(document.features.map((f: { id: string }) => f.id)).toEqual(['id-0', 'id-2', 'id-4', 'id-6']);
    expect(document.features[0].geometry).toEqual({ type: 'Point', coordinates: [73.1, 49.8] });
  });
});
