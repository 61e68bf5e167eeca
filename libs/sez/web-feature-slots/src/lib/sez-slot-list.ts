import { type CatalogueStrings, defineList } from '@kbdm/catalogue/web-feature-browse';
import { DEAL_FORMS, type SezSlot, SITE_TYPES, SLOT_STATUSES } from '@kbdm/sez/domain';
import { SezSlotClient } from '@kbdm/sez/web-data-access';
import { type Lang, pickText } from '@kbdm/shared/domain';
import { formatNumber } from '@kbdm/shared/web-core';

// Labels of a union by key: the dictionaries hold one label per key, never the key itself.
export const label = <K extends string>(labels: Record<K, string>, key: string): string =>
  (labels as Record<string, string>)[key] ?? key;

/** A utility's maximum with its unit in the interface language, e.g. «10 МВт». */
export function utilityAmount(maximum: number, unit: string, t: CatalogueStrings, lang: Lang): string {
  if (maximum === 0) return t.slot.noConnection;
  return `${formatNumber(maximum, lang)} ${label(t.utilityUnits, unit)}`;
}

/** The power connection's maximum, the figure an investor looks at first. */
export function powerMaximum(slot: SezSlot, t: CatalogueStrings, lang: Lang): string {
  const power = slot.utilities.find((u) => u.utility === 'power');
  return power ? utilityAmount(power.maximum, power.unit, t, lang) : t.detail.none;
}

export const SEZ_SLOT_LIST = defineList({
  path: 'sez-slots',
  mapLayer: 'sez-slots',
  title: (t) => t.titles.sezSlots,
  loader: { client: SezSlotClient, load: (client, filter, lang) => client.list(filter, lang) },
  filters: [
    {
      kind: 'chips',
      key: 'status',
      label: (t) => t.list.status,
      options: SLOT_STATUSES,
      optionLabel: (t, o) => label(t.slotStatus, o),
    },
    { kind: 'sector', key: 'sector' },
    { kind: 'district', key: 'district' },
    {
      kind: 'chips',
      key: 'siteType',
      label: (t) => t.list.siteType,
      options: SITE_TYPES,
      optionLabel: (t, o) => label(t.siteType, o),
    },
    {
      kind: 'chips',
      key: 'dealForm',
      label: (t) => t.list.dealForm,
      options: DEAL_FORMS,
      optionLabel: (t, o) => label(t.dealForm, o),
    },
    { kind: 'range', min: 'minArea', max: 'maxArea', label: (t) => t.list.areaHa },
    { kind: 'number', key: 'minPower', label: (t) => t.list.minPowerMw },
    { kind: 'toggle', key: 'railSpur', label: (t) => t.list.railSpurOnly },
  ],
  sorts: [
    { value: 'code', label: (t) => t.sorts.codeAsc },
    { value: '-code', label: (t) => t.sorts.codeDesc },
    { value: '-area', label: (t) => t.sorts.areaDesc },
    { value: 'area', label: (t) => t.sorts.areaAsc },
    { value: '-power', label: (t) => t.sorts.powerDesc },
    { value: 'power', label: (t) => t.sorts.powerAsc },
  ],
  status: (item: SezSlot, t) => label(t.slotStatus, item.status),
  subtitle: (item: SezSlot) => item.sez.title,
  figures: (item: SezSlot, t, lang) => [
    { label: t.slot.area, value: `${formatNumber(item.areaHa, lang)} ${t.slot.hectares}` },
    { label: t.slot.power, value: powerMaximum(item, t, lang) },
    { label: t.slot.site, value: pickText(item.site, lang).text || t.detail.none },
    { label: t.slot.railSpur, value: item.railSpur ? t.detail.yes : t.detail.no },
  ],
});
