import type { DistrictEntity, SectorEntity } from '@kbdm/catalogue/api-data-access';
import type { District, Sector } from '@kbdm/catalogue/domain';
import { type GeoPoint, type ItemRef, type Lang, type LocalizedText, pickText } from '@kbdm/shared/domain';

export const titleOf = (text: LocalizedText, lang: Lang): string => pickText(text, lang).text;

export function refOf(item: { id: string; code: string; name: LocalizedText }, lang: Lang): ItemRef {
  return { id: item.id, code: item.code, title: titleOf(item.name, lang) };
}

export function pointOf(item: { lat: number | null; lon: number | null }): GeoPoint | null {
  return item.lat === null || item.lon === null ? null : { lat: item.lat, lon: item.lon };
}

export function toDistrict(entity: DistrictEntity, lang: Lang): District {
  return {
    id: entity.id,
    code: entity.code,
    kato: entity.kato,
    kind: entity.kind,
    name: entity.name,
    title: titleOf(entity.name, lang),
    adminCentre: entity.adminCentre,
    centre: { lat: entity.lat, lon: entity.lon },
    demo: false,
    source: entity.source,
  };
}

export function toSector(entity: SectorEntity, lang: Lang): Sector {
  return {
    id: entity.id,
    code: entity.code,
    section: entity.section,
    level: entity.level,
    parentCode: entity.parentCode,
    name: entity.name,
    title: titleOf(entity.name, lang),
    priority: entity.priority,
  };
}
