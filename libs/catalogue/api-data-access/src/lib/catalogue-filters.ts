import { searchCondition, searchParameters, searchWords } from '@kbdm/api/core-database';
import type { Lang } from '@kbdm/shared/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** `C` matches every sector under section C; `C23` matches the division. */
export function sectorPatterns(codes: string[]): string[] {
  return codes.map((code) => `${code}%`);
}

/** Adds the full-text condition on `alias` when a search is given. */
export function whereSearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, q: string | undefined): void {
  if (!q) return;
  qb.andWhere(searchCondition(alias, searchWords(q)), searchParameters(q));
}

/** The name in `lang`, lower-cased, for sorting (a missing translation sorts by Russian). */
export function nameSortExpression(alias: string, lang: Lang, column = 'name'): string {
  return `lower(coalesce(nullif(${alias}.${column}->>'${lang}', ''), ${alias}.${column}->>'ru'))`;
}

/** A bounding box in WGS 84 as SQL over `lat`/`lon` columns. */
export function insideBbox(alias: string): string {
  return `(${alias}.lon BETWEEN :minLon AND :maxLon AND ${alias}.lat BETWEEN :minLat AND :maxLat)`;
}

export type Bbox = { minLon: number; minLat: number; maxLon: number; maxLat: number };

export type Paging = { page: number; pageSize: number };

/** Rows of one map layer that have a place, and counts of those that have none or lie outside. */
export type LocatedRows<R> = {
  rows: R[];
  located: number;
  unlocated: number;
  outsideBbox: number;
};

export type MapRow = {
  id: string;
  code: string;
  name: Record<string, string>;
  status: string;
  lat: number;
  lon: number;
  sectorCode: string | null;
  districtCode: string | null;
  demo: boolean;
};

/**
 * Runs a layer's filtered query for the map: the rows with a location inside the bbox (at most
 * `limit`), and the counts of every match by where it stands.
 */
export async function locatedRows<T extends ObjectLiteral>(
  filtered: () => SelectQueryBuilder<T>,
  alias: string,
  select: { status: string; sectorCode: string; districtCode: string },
  bbox: Bbox | null,
  limit: number,
): Promise<LocatedRows<MapRow>> {
  const inside = bbox ? insideBbox(alias) : 'true';
  const params = bbox ?? {};
  const counts = await filtered()
    .select(`count(*) FILTER (WHERE ${alias}.lat IS NULL)`, 'unlocated')
    .addSelect(`count(*) FILTER (WHERE ${alias}.lat IS NOT NULL AND NOT ${inside})`, 'outside')
    .addSelect(`count(*) FILTER (WHERE ${alias}.lat IS NOT NULL AND ${inside})`, 'located')
    .setParameters(params)
    .getRawOne<{ unlocated: string; outside: string; located: string }>();
  const rows = await filtered()
    .select(`${alias}.id`, 'id')
    .addSelect(`${alias}.code`, 'code')
    .addSelect(`${alias}.name`, 'name')
    .addSelect(select.status, 'status')
    .addSelect(`${alias}.lat`, 'lat')
    .addSelect(`${alias}.lon`, 'lon')
    .addSelect(select.sectorCode, 'sectorCode')
    .addSelect(select.districtCode, 'districtCode')
    .addSelect(`${alias}.demo`, 'demo')
    .andWhere(`${alias}.lat IS NOT NULL`)
    .andWhere(inside, params)
    .orderBy(`${alias}.id`)
    .limit(limit)
    .getRawMany<MapRow>();
  return {
    rows,
    located: Number(counts?.located ?? 0),
    unlocated: Number(counts?.unlocated ?? 0),
    outsideBbox: Number(counts?.outside ?? 0),
  };
}

/**
 * Search for the small reference tables (no generated search columns): every word must appear
 * in one of the localized `columns` (any language) or in `codeColumn`.
 */
export function whereSearchText<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  columns: string[],
  q: string | undefined,
  codeColumn?: string,
): void {
  if (!q) return;
  const haystack = [
    ...columns.flatMap((c) => ['kk', 'ru', 'en'].map((lang) => `coalesce(${alias}.${c}->>'${lang}', '')`)),
    ...(codeColumn ? [`lower(${codeColumn})`] : []),
  ].join(` || ' ' || `);
  const params = searchParameters(q);
  searchWords(q).forEach((_, i) => qb.andWhere(`lower(${haystack}) LIKE :w${i}`, params));
}

/**
 * One page of a filtered query and the count of all its matches, run side by side. The count
 * is a plain `count(*)`: every join of these queries is many-to-one, so rows are not repeated.
 */
export async function findPageOf<T extends ObjectLiteral>(
  filtered: () => SelectQueryBuilder<T>,
  ordered: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
  paging: Paging,
): Promise<{ items: T[]; total: number }> {
  const [items, counted] = await Promise.all([
    ordered(filtered())
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize)
      .getMany(),
    filtered().select('count(*)', 'total').getRawOne<{ total: string }>(),
  ]);
  return { items, total: Number(counted?.total ?? 0) };
}
