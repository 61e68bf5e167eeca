import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ExportColumn, csvDocument, geoJsonDocument, pointFeature } from '@kbdm/api/core-http';
import { OpenDataRegistry, batchesOf, datasetMetadata, localizedColumns, summaryOf } from '@kbdm/catalogue/api-feature';
import { InvestorRequestsRepository, SezSlotEntity, maximumsOf } from '@kbdm/sez/api-data-access';
import { UTILITIES, type UtilityAmounts, remainingCapacity } from '@kbdm/sez/domain';
import { DataSource } from 'typeorm';

/** A slot with what the capacity ledger leaves free of each utility. */
type SlotRow = SezSlotEntity & { free: UtilityAmounts };

const COLUMN_UNITS = {
  power: 'mw',
  water: 'm3_per_day',
  sewerage: 'm3_per_day',
  heat: 'gcal_per_hour',
  gas: 'm3_per_hour',
};

const SLOT_COLUMNS: ExportColumn<SlotRow>[] = [
  { header: 'id', value: (s) => s.id },
  { header: 'code', value: (s) => s.code },
  { header: 'sez_code', value: (s) => s.sez?.code },
  ...localizedColumns<SlotRow>('name', (s) => s.name),
  ...localizedColumns<SlotRow>('site', (s) => s.site),
  { header: 'area_ha', value: (s) => s.areaHa },
  { header: 'target_industry_codes', value: (s) => s.targetIndustryCodes.join(' ') },
  ...UTILITIES.flatMap((u): ExportColumn<SlotRow>[] => [
    { header: `${u}_max_${COLUMN_UNITS[u]}`, value: (s) => maximumsOf(s)[u] },
    { header: `${u}_free_${COLUMN_UNITS[u]}`, value: (s) => s.free[u] },
  ]),
  { header: 'rail_spur', value: (s) => s.railSpur },
  { header: 'distance_to_rail_km', value: (s) => s.distanceToRailKm },
  { header: 'distance_to_road_km', value: (s) => s.distanceToRoadKm },
  { header: 'site_type', value: (s) => s.siteType },
  { header: 'deal_forms', value: (s) => s.dealForms.join(' ') },
  { header: 'lease_rate_kzt_per_ha_year', value: (s) => s.leaseRateKztPerHaYear },
  { header: 'price_kzt', value: (s) => s.priceKzt },
  { header: 'cadastral_number', value: (s) => s.cadastralNumber },
  { header: 'status', value: (s) => s.status },
  { header: 'district_code', value: (s) => s.district?.code },
  { header: 'lat', value: (s) => s.lat },
  { header: 'lon', value: (s) => s.lon },
  { header: 'demo', value: (s) => s.demo },
  { header: 'updated_at', value: (s) => s.updatedAt.toISOString() },
];

/** Registers the zone's anchor slots as open data, each utility's free capacity from the ledger. */
@Injectable()
export class SezOpenData implements OnModuleInit {
  constructor(
    private readonly registry: OpenDataRegistry,
    private readonly requests: InvestorRequestsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private async *rows(): AsyncGenerator<SlotRow[]> {
    for await (const batch of batchesOf(this.dataSource.getRepository(SezSlotEntity), ['sez', 'district'])) {
      const ledger = await this.requests.ledgerOf(batch.map((s) => s.id));
      yield batch.map((s) =>
        Object.assign(s, { free: remainingCapacity(maximumsOf(s), ledger.get(s.id)?.taken ?? {}) }),
      );
    }
  }

  onModuleInit(): void {
    const slots = this.dataSource.getRepository(SezSlotEntity);
    this.registry.register({
      name: 'sez-slots',
      title: { kk: 'АЭА зәкірлік учаскелері', ru: 'Якорные участки СЭЗ', en: 'SEZ anchor slots' },
      formats: ['csv', 'geojson'],
      summary: () => summaryOf(slots),
      document: (format, dataDate) =>
        format === 'csv'
          ? csvDocument(SLOT_COLUMNS, this.rows())
          : geoJsonDocument(
              datasetMetadata('sez-slots', dataDate),
              (s) =>
                pointFeature(s, {
                  code: s.code,
                  name: s.name,
                  areaHa: s.areaHa,
                  status: s.status,
                  freePowerMw: s.free.power,
                  demo: s.demo,
                }),
              this.rows(),
            ),
    });
  }
}
