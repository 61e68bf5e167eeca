import { BoundaryFileError, fromAdm2Features, matchDistricts, parseBoundaryFile } from './district-boundaries';

const square = (lon: number, lat: number) => [
  [
    [lon, lat],
    [lon + 0.5, lat],
    [lon + 0.5, lat + 0.5],
    [lon, lat + 0.5],
    [lon, lat],
  ],
];

const file = (features: unknown[], attribution: unknown = 'geokz, Alexander Rodionov, CC BY 4.0') => ({
  type: 'FeatureCollection',
  attribution,
  features,
});

describe('parseBoundaryFile', () => {
  it('reads polygons and multipolygons named by KATO, in either property case', () => {
    const parsed = parseBoundaryFile(
      file([
        {
          type: 'Feature',
          properties: { kato: '351000000' },
          geometry: { type: 'Polygon', coordinates: square(73, 49.7) },
        },
        {
          type: 'Feature',
          properties: { KATO: '352400000', ADM2_EN: 'Temirtau' },
          geometry: { type: 'MultiPolygon', coordinates: [square(72.9, 50), square(73.5, 50)] },
        },
      ]),
    );
    expect(parsed.attribution).toBe('geokz, Alexander Rodionov, CC BY 4.0');
    expect(parsed.features.map((f) => [f.kato, f.geometry.type])).toEqual([
      ['351000000', 'Polygon'],
      ['352400000', 'MultiPolygon'],
    ]);
  });

  it.each([
    [{ type: 'Feature' }, /FeatureCollection/],
    [file([], ''), /attribution/],
    [
      file([{ properties: { kato: '3510' }, geometry: { type: 'Polygon', coordinates: square(73, 49) } }]),
      /features\[0\]\.properties\.kato/,
    ],
    [
      file([{ properties: { kato: '351000000' }, geometry: { type: 'Point', coordinates: [73, 49] } }]),
      /features\[0\]\.geometry/,
    ],
    [
      file([
        {
          properties: { kato: '351000000' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [73, 49],
                [200, 49],
                [73, 49],
              ],
            ],
          },
        },
      ]),
      /geometry/,
    ],
  ])('refuses a broken file, saying where: %#', (json, message) => {
    expect(() => parseBoundaryFile(json)).toThrow(BoundaryFileError);
    expect(() => parseBoundaryFile(json)).toThrow(message);
  });
});

describe('matchDistricts', () => {
  it('keeps the catalogue’s districts by KATO and names the outlines that match none', () => {
    const parsed = parseBoundaryFile(
      file([
        { properties: { kato: '351000000' }, geometry: { type: 'Polygon', coordinates: square(73, 49.7) } },
        { properties: { kato: '471000000' }, geometry: { type: 'Polygon', coordinates: square(51, 43) } },
      ]),
    );
    const { collection, unmatched } = matchDistricts(parsed, [
      { code: 'karaganda', kato: '351000000' },
      { code: 'temirtau', kato: '352400000' },
    ]);
    expect(collection.features.map((f) => f.properties)).toEqual([{ districtCode: 'karaganda', kato: '351000000' }]);
    expect(collection.attribution).toBe('geokz, Alexander Rodionov, CC BY 4.0');
    expect(unmatched).toEqual(['471000000']);
  });
});

describe('fromAdm2Features', () => {
  it('keeps the region’s units with their KATO and names, coordinates rounded, ready for the API to read', () => {
    const unit = (pcode: string, kato: string, en: string, lon: number) => ({
      properties: { ADM1_PCODE: pcode, KATO: kato, ADM2_KK: `${en} (kk)`, ADM2_RU: `${en} (ru)`, ADM2_EN: en },
      geometry: { type: 'Polygon', coordinates: square(lon + 0.123456789, 49.987654321) },
    });
    const collection = fromAdm2Features(
      [
        unit('KZ35', '351000000', 'Karaganda', 73),
        unit('KZ47', '471000000', 'Atyrau', 51),
        unit('KZ35', '352400000', 'Temirtau', 72.8),
      ],
      'KZ35',
    );
    const parsed = parseBoundaryFile(collection);
    expect(parsed.features.map((f) => f.kato)).toEqual(['351000000', '352400000']);
    expect(parsed.attribution).toContain('CC BY 4.0');
    expect(parsed.features[0].geometry.coordinates[0][0]).toEqual([73.12346, 49.98765]);
    expect(collection.features[0]).toMatchObject({ properties: { name: { en: 'Karaganda', ru: 'Karaganda (ru)' } } });
  });
});
