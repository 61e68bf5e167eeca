import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { mapConfig } from '@kbdm/api/core-config';
import { DomainException } from '@kbdm/api/core-errors';
import { ReferenceRepository } from '@kbdm/catalogue/api-data-access';
import type { DistrictBoundary, DistrictBoundaryCollection } from '@kbdm/map/domain';
import { existsSync, readFileSync } from 'node:fs';

/** Outlines as the file holds them: each feature names its district by KATO code. */
export type BoundaryFile = {
  attribution: string;
  features: { kato: string; geometry: DistrictBoundary['geometry'] }[];
};

export class BoundaryFileError extends Error {}

type Position = [number, number];

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}

function isRing(value: unknown): value is Position[] {
  return Array.isArray(value) && value.length >= 4 && value.every(isPosition);
}

function isPolygon(value: unknown): value is Position[][] {
  return Array.isArray(value) && value.length >= 1 && value.every(isRing);
}

function geometryOf(value: unknown, at: string): DistrictBoundary['geometry'] {
  const geometry = value as { type?: unknown; coordinates?: unknown } | null;
  if (geometry?.type === 'Polygon' && isPolygon(geometry.coordinates)) {
    return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lon, lat])) };
  }
  if (
    geometry?.type === 'MultiPolygon' &&
    Array.isArray(geometry.coordinates) &&
    geometry.coordinates.every(isPolygon)
  ) {
    return {
      type: 'MultiPolygon',
      coordinates: (geometry.coordinates as Position[][][]).map((polygon) =>
        polygon.map((ring) => ring.map(([lon, lat]) => [lon, lat])),
      ),
    };
  }
  throw new BoundaryFileError(`${at}.geometry must be a Polygon or MultiPolygon of [lon, lat] rings in degrees`);
}

/**
 * Reads a GeoJSON FeatureCollection of district outlines (as `tools/district-boundaries.mjs`
 * writes it from geokz's shapefile): every feature a (multi)polygon with a `kato` (or `KATO`)
 * property, and the collection an `attribution` its licence requires. Anything else is refused
 * with the place it went wrong, so a broken file is found at start, not on the map.
 */
export function parseBoundaryFile(json: unknown): BoundaryFile {
  const file = json as { type?: unknown; features?: unknown; attribution?: unknown } | null;
  if (file?.type !== 'FeatureCollection' || !Array.isArray(file.features)) {
    throw new BoundaryFileError('the file must be a GeoJSON FeatureCollection');
  }
  if (typeof file.attribution !== 'string' || file.attribution.trim() === '') {
    throw new BoundaryFileError('the collection must name its source and licence in "attribution"');
  }
  const features = file.features.map((feature: unknown, i) => {
    const at = `features[${i}]`;
    const properties = (feature as { properties?: Record<string, unknown> } | null)?.properties ?? {};
    const kato = properties['kato'] ?? properties['KATO'];
    if (typeof kato !== 'string' || !/^\d{9}$/.test(kato))
      throw new BoundaryFileError(`${at}.properties.kato must be a 9-digit KATO code`);
    return { kato, geometry: geometryOf((feature as { geometry?: unknown }).geometry, at) };
  });
  return { attribution: file.attribution.trim(), features };
}

/** Keeps the outlines of the catalogue's districts (matched by KATO) and names what matched none. */
export function matchDistricts(
  file: BoundaryFile,
  districts: { code: string; kato: string }[],
): { collection: DistrictBoundaryCollection; unmatched: string[] } {
  const byKato = new Map(districts.map((d) => [d.kato, d.code]));
  const features: DistrictBoundary[] = [];
  const unmatched: string[] = [];
  for (const feature of file.features) {
    const districtCode = byKato.get(feature.kato);
    if (districtCode === undefined) unmatched.push(feature.kato);
    else
      features.push({ type: 'Feature', geometry: feature.geometry, properties: { districtCode, kato: feature.kato } });
  }
  return { collection: { type: 'FeatureCollection', features, attribution: file.attribution }, unmatched };
}

export class BoundariesUnavailableException extends DomainException {
  constructor() {
    super('boundaries_not_available', 404, 'This deployment has no district boundaries (see MAP_BOUNDARIES_FILE).');
  }
}

/**
 * The districts' outlines, when a deployment has them: `MAP_BOUNDARIES_FILE`, or
 * `<DATA_DIR>/district-boundaries.geojson` if it exists. A file named on purpose that cannot be
 * read stops the start; without one the map draws the districts as circles at their centres.
 */
@Injectable()
export class DistrictBoundaries implements OnModuleInit {
  private readonly logger = new Logger('DistrictBoundaries');
  private file: BoundaryFile | null = null;
  private matched: Promise<DistrictBoundaryCollection> | null = null;

  constructor(
    @Inject(mapConfig.KEY) private readonly config: ConfigType<typeof mapConfig>,
    private readonly reference: ReferenceRepository,
  ) {}

  onModuleInit(): void {
    const { path, explicit } = this.config.boundariesFile;
    if (!existsSync(path)) {
      if (explicit) throw new Error(`MAP_BOUNDARIES_FILE: no file at ${path}`);
      return;
    }
    try {
      this.file = parseBoundaryFile(JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      throw new Error(`District boundaries in ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  get available(): boolean {
    return this.file !== null;
  }

  /** Matched against the districts once, on first use: the database is migrated and loaded by then. */
  collection(): Promise<DistrictBoundaryCollection> {
    const file = this.file;
    if (!file) return Promise.reject(new BoundariesUnavailableException());
    this.matched ??= this.reference.allDistricts().then((districts) => {
      const { collection, unmatched } = matchDistricts(file, districts);
      if (unmatched.length)
        this.logger.warn(`Boundaries with no district of that KATO code, left out: ${unmatched.join(', ')}`);
      return collection;
    });
    return this.matched;
  }
}

/** The licence note written into files made from geokz's shapefile. */
export const GEOKZ_ATTRIBUTION = 'Boundaries: geokz, Alexander Rodionov (ADM2 2024), CC BY 4.0';

type Adm2Feature = {
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates?: unknown } | null;
};

/** Rounds to 5 decimals (about a metre): the file shrinks by half and nothing visible changes. */
function rounded(coordinates: unknown): unknown {
  return Array.isArray(coordinates)
    ? coordinates.map(rounded)
    : typeof coordinates === 'number'
      ? Math.round(coordinates * 1e5) / 1e5
      : coordinates;
}

/**
 * geokz's ADM2 units (`ADM1_PCODE`, `KATO`, `ADM2_KK/RU/EN`) of one region as the outlines file the
 * API reads: the region's features only, their KATO code and names, coordinates rounded.
 */
export function fromAdm2Features(
  features: Adm2Feature[],
  region: string,
): { type: 'FeatureCollection'; attribution: string; features: unknown[] } {
  return {
    type: 'FeatureCollection',
    attribution: GEOKZ_ATTRIBUTION,
    features: features
      .filter((f) => f.properties?.['ADM1_PCODE'] === region && f.geometry)
      .map((f) => ({
        type: 'Feature',
        properties: {
          kato: String(f.properties?.['KATO'] ?? ''),
          name: { kk: f.properties?.['ADM2_KK'], ru: f.properties?.['ADM2_RU'], en: f.properties?.['ADM2_EN'] },
        },
        geometry: { type: f.geometry?.type, coordinates: rounded(f.geometry?.coordinates) },
      })),
  };
}
