import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ExportColumn,
  OPEN_DATA_LICENCE,
  csvDocument,
  geoJsonDocument,
  keysetBatches,
  pointFeature,
} from '@kbdm/api/core-http';
import {
  OpportunityEntity,
  PppProjectEntity,
  ProgrammeEntity,
  ProgrammeVersionEntity,
} from '@kbdm/catalogue/api-data-access';
import type { LocalizedText } from '@kbdm/shared/domain';
import { DataSource, type ObjectLiteral, type Repository } from 'typeorm';
import { type OpenDataFormat, OpenDataRegistry } from './open-data.registry';

/** The three languages of a text as three columns: `name_kk`, `name_ru`, `name_en`. */
export function localizedColumns<T>(name: string, text: (row: T) => LocalizedText): ExportColumn<T>[] {
  return (['kk', 'ru', 'en'] as const).map((lang) => ({
    header: `${name}_${lang}`,
    value: (row) => text(row)[lang] ?? null,
  }));
}

const provenance = <
  T extends { demo: boolean; source: { title?: string; url?: string } | null; updatedAt: Date },
>(): ExportColumn<T>[] => [
  { header: 'demo', value: (row) => row.demo },
  { header: 'source', value: (row) => row.source?.title ?? null },
  { header: 'source_url', value: (row) => row.source?.url ?? null },
  { header: 'updated_at', value: (row) => row.updatedAt.toISOString() },
];

/** Only the rows the public sees, as SQL over the alias `row`. */
export const PUBLISHED_ROWS = 'row.published = true';

/**
 * Rows of `repository` with `relations` joined, in id order, one batch at a time; `condition`
 * (SQL over the alias `row`) narrows them.
 */
export function batchesOf<T extends ObjectLiteral & { id: string }>(
  repository: Repository<T>,
  relations: string[],
  condition?: string,
): AsyncGenerator<T[]> {
  return keysetBatches<T>((after, size) => {
    const qb = repository.createQueryBuilder('row');
    for (const relation of relations) qb.leftJoinAndSelect(`row.${relation}`, relation);
    if (condition) qb.andWhere(condition);
    if (after) qb.andWhere('row.id > :after', { after });
    return qb.orderBy('row.id', 'ASC').limit(size).getMany();
  });
}

/** Rows and the latest change of a table (those matching `condition`), in SQL. */
export async function summaryOf(
  repository: Repository<ObjectLiteral>,
  condition?: string,
): Promise<{ rows: number; dataDate: Date | null }> {
  const qb = repository
    .createQueryBuilder('row')
    .select('count(*)::int', 'rows')
    .addSelect('max(row.updated_at)', 'dataDate');
  if (condition) qb.where(condition);
  const row = await qb.getRawOne<{ rows: number; dataDate: Date | string | null }>();
  return { rows: Number(row?.rows ?? 0), dataDate: row?.dataDate ? new Date(row.dataDate) : null };
}

export function datasetMetadata(name: string, dataDate: Date | null) {
  return { dataset: name, licence: OPEN_DATA_LICENCE, dataDate: dataDate?.toISOString() ?? null };
}

const OPPORTUNITY_COLUMNS: ExportColumn<OpportunityEntity>[] = [
  { header: 'id', value: (o) => o.id },
  { header: 'code', value: (o) => o.code },
  ...localizedColumns<OpportunityEntity>('name', (o) => o.name),
  ...localizedColumns<OpportunityEntity>('description', (o) => o.description),
  { header: 'hs_code', value: (o) => o.hsCode },
  { header: 'sector_code', value: (o) => o.sector?.code },
  { header: 'import_volume', value: (o) => o.importVolumeAmount },
  { header: 'import_volume_unit', value: (o) => o.importVolumeUnit },
  { header: 'import_value_usd', value: (o) => o.importValueUsd },
  { header: 'source_countries', value: (o) => o.sourceCountries.join(' ') },
  { header: 'local_production_share_percent', value: (o) => o.localProductionShare },
  { header: 'investment_min_kzt', value: (o) => o.investmentMinKzt },
  { header: 'investment_max_kzt', value: (o) => o.investmentMaxKzt },
  { header: 'jobs', value: (o) => o.jobs },
  { header: 'status', value: (o) => o.status },
  { header: 'district_code', value: (o) => o.district?.code },
  { header: 'lat', value: (o) => o.lat },
  { header: 'lon', value: (o) => o.lon },
  ...provenance<OpportunityEntity>(),
];

const PPP_COLUMNS: ExportColumn<PppProjectEntity>[] = [
  { header: 'id', value: (p) => p.id },
  { header: 'code', value: (p) => p.code },
  ...localizedColumns<PppProjectEntity>('name', (p) => p.name),
  ...localizedColumns<PppProjectEntity>('description', (p) => p.description),
  { header: 'sector_code', value: (p) => p.sector?.code },
  { header: 'form', value: (p) => p.form },
  { header: 'stage', value: (p) => p.stage },
  { header: 'need', value: (p) => p.need },
  { header: 'capex_kzt', value: (p) => p.capexKzt },
  { header: 'term_years', value: (p) => p.termYears },
  ...localizedColumns<PppProjectEntity>('public_partner', (p) => p.publicPartner),
  { header: 'tender_deadline', value: (p) => p.tenderDeadline },
  { header: 'district_code', value: (p) => p.district?.code },
  { header: 'lat', value: (p) => p.lat },
  { header: 'lon', value: (p) => p.lon },
  ...provenance<PppProjectEntity>(),
];

/** A programme's versions, each under its legal act: the history of the terms, not only today's. */
const PROGRAMME_COLUMNS: ExportColumn<ProgrammeVersionEntity>[] = [
  { header: 'programme_id', value: (v) => v.programmeId },
  { header: 'programme_code', value: (v) => v.programme?.code },
  ...localizedColumns<ProgrammeVersionEntity>('programme_name', (v) => v.programme?.name ?? {}),
  { header: 'instrument', value: (v) => v.programme?.instrument },
  { header: 'version_id', value: (v) => v.id },
  { header: 'version_code', value: (v) => v.code },
  ...localizedColumns<ProgrammeVersionEntity>('legal_act', (v) => v.legalAct.title),
  { header: 'legal_act_number', value: (v) => v.legalAct.number },
  { header: 'legal_act_date', value: (v) => v.legalAct.date },
  { header: 'effective_from', value: (v) => v.effectiveFrom },
  { header: 'effective_to', value: (v) => v.effectiveTo },
  { header: 'status', value: (v) => v.status },
  { header: 'accepts_applications', value: (v) => v.acceptsApplications },
  { header: 'application_channel', value: (v) => v.applicationChannel },
  { header: 'min_amount_kzt', value: (v) => v.minAmountKzt },
  { header: 'max_amount_kzt', value: (v) => v.maxAmountKzt },
  { header: 'term_months', value: (v) => v.termMonths },
  { header: 'decision_deadline_working_days', value: (v) => v.decisionDeadlineWorkingDays },
  { header: 'demo', value: (v) => v.demo },
  { header: 'source', value: (v) => v.source?.title ?? null },
  { header: 'source_url', value: (v) => v.source?.url ?? null },
];

/** Registers the catalogue's open datasets: opportunities, PPP projects, programmes' versions. */
@Injectable()
export class CatalogueOpenData implements OnModuleInit {
  constructor(
    private readonly registry: OpenDataRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const opportunities = this.dataSource.getRepository(OpportunityEntity);
    const projects = this.dataSource.getRepository(PppProjectEntity);
    const versions = this.dataSource.getRepository(ProgrammeVersionEntity);
    const programmes = this.dataSource.getRepository(ProgrammeEntity);
    this.registry.register({
      name: 'opportunities',
      title: {
        kk: 'Импортты алмастыру мүмкіндіктері',
        ru: 'Возможности импортозамещения',
        en: 'Import-substitution opportunities',
      },
      formats: ['csv', 'geojson'],
      summary: () => summaryOf(opportunities, PUBLISHED_ROWS),
      document: (format: OpenDataFormat, dataDate) =>
        format === 'csv'
          ? csvDocument(OPPORTUNITY_COLUMNS, batchesOf(opportunities, ['sector', 'district'], PUBLISHED_ROWS))
          : geoJsonDocument(
              datasetMetadata('opportunities', dataDate),
              (o) =>
                pointFeature(o, { code: o.code, name: o.name, sector: o.sector?.code, status: o.status, demo: o.demo }),
              batchesOf(opportunities, ['sector', 'district'], PUBLISHED_ROWS),
            ),
    });
    this.registry.register({
      name: 'ppp-projects',
      title: { kk: 'МЖӘ жобалары', ru: 'Проекты ГЧП', en: 'PPP projects' },
      formats: ['csv', 'geojson'],
      summary: () => summaryOf(projects, PUBLISHED_ROWS),
      document: (format, dataDate) =>
        format === 'csv'
          ? csvDocument(PPP_COLUMNS, batchesOf(projects, ['sector', 'district'], PUBLISHED_ROWS))
          : geoJsonDocument(
              datasetMetadata('ppp-projects', dataDate),
              (p) =>
                pointFeature(p, {
                  code: p.code,
                  name: p.name,
                  sector: p.sector?.code,
                  stage: p.stage,
                  capexKzt: p.capexKzt,
                  demo: p.demo,
                }),
              batchesOf(projects, ['sector', 'district'], PUBLISHED_ROWS),
            ),
    });
    this.registry.register({
      name: 'programmes',
      title: { kk: 'Қолдау бағдарламалары', ru: 'Программы поддержки', en: 'Support programmes' },
      formats: ['csv'],
      // A row per version; the date is the programmes' latest change (versions are never edited).
      summary: async () => ({ rows: await versions.count(), dataDate: (await summaryOf(programmes)).dataDate }),
      document: () => csvDocument(PROGRAMME_COLUMNS, batchesOf(versions, ['programme'])),
    });
  }
}
