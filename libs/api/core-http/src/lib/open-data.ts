import { Readable } from 'node:stream';

/** The licence every open dataset of the portal is published under. */
export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Karaganda Business Development Map (Карта развития бизнеса Карагандинской области)',
} as const;

/** A CSV field: quoted when it must be, and never read as a formula by a spreadsheet program. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Documents stream as bytes with a small buffer: the next batch is read from the database only
 * once the client has taken the last one (in object mode 16 whole batches could wait in memory).
 */
const BYTE_STREAM = { objectMode: false, highWaterMark: 64 * 1024 } as const;

/** One column of an export: its header and how a row gives its value. */
export type ExportColumn<T> = { header: string; value: (row: T) => string | number | boolean | null | undefined };

/**
 * The rows of a table in batches of `size`, by id order (keyset: each batch starts after the last
 * id of the one before), so memory holds one batch whatever the table's size and no row is read
 * twice or skipped by a page that moved.
 */
export async function* keysetBatches<T extends { id: string }>(
  page: (afterId: string | null, size: number) => Promise<T[]>,
  size = 1000,
): AsyncGenerator<T[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await page(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1].id;
  }
}

/**
 * A CSV document streamed batch by batch: UTF-8 with a byte-order mark (so spreadsheet programs
 * read Cyrillic and Kazakh letters right), a header row, CRLF line ends (RFC 4180).
 */
export function csvDocument<T>(columns: readonly ExportColumn<T>[], batches: AsyncIterable<T[]>): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield `\uFEFF${columns.map((c) => csvField(c.header)).join(',')}\r\n`;
    for await (const rows of batches) {
      let chunk = '';
      for (const row of rows) chunk += columns.map((c) => csvField(c.value(row))).join(',') + '\r\n';
      yield chunk;
    }
  }
  return Readable.from(lines(), BYTE_STREAM);
}

export type GeoJsonFeature = {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
};

/**
 * A GeoJSON FeatureCollection streamed batch by batch; rows without a location are left out.
 * `metadata` (licence, date of the data) is a foreign member of the collection (RFC 7946 §6.1).
 */
export function geoJsonDocument<T>(
  metadata: Record<string, unknown>,
  feature: (row: T) => GeoJsonFeature | null,
  batches: AsyncIterable<T[]>,
): Readable {
  async function* parts(): AsyncGenerator<string> {
    yield `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[`;
    let first = true;
    for await (const rows of batches) {
      let chunk = '';
      for (const row of rows) {
        const item = feature(row);
        if (!item) continue;
        chunk += (first ? '' : ',') + JSON.stringify(item);
        first = false;
      }
      if (chunk) yield chunk;
    }
    yield ']}\n';
  }
  return Readable.from(parts(), BYTE_STREAM);
}

/** A point feature from a row's `lat`/`lon`, or null when it has none. */
export function pointFeature(
  row: { id: string; lat: number | null; lon: number | null },
  properties: Record<string, unknown>,
): GeoJsonFeature | null {
  if (row.lat === null || row.lon === null) return null;
  return { type: 'Feature', id: row.id, geometry: { type: 'Point', coordinates: [row.lon, row.lat] }, properties };
}
