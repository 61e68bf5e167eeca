import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DistrictEntity,
  OpportunityDistrictFitEntity,
  OpportunityEntity,
  PppProjectEntity,
  ProgrammeEntity,
  ProgrammeVersionEntity,
  SectorEntity,
} from '@kbdm/catalogue/api-data-access';
import { computePotentialScore, type EligibilityRule, validateEligibilityRules } from '@kbdm/catalogue/domain';
import { binIinControlDigit } from '@kbdm/accounts/domain';
import {
  InvestorRequestEntity,
  InvestorRequestEventEntity,
  SezEntity,
  SezParticipantEntity,
  SezSlotEntity,
  amountColumns,
} from '@kbdm/sez/api-data-access';
import {
  ACTIVE_RESERVATION_STATUSES,
  DEFAULT_HOLD_DAYS,
  type ReservationStatus,
  type SlotStatus,
  UTILITIES,
  slotStatusOf,
} from '@kbdm/sez/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { DISTRICTS } from './districts';
import { OPPORTUNITIES } from './opportunities';
import { PPP_PROJECTS } from './ppp-projects';
import { PROGRAMMES } from './programmes';
import { SECTORS } from './sectors';
import { SEZ } from './sez';
import { stableId } from './stable-id';

export type DemoDataCounts = Record<
  'districts' | 'sectors' | 'opportunities' | 'pppProjects' | 'programmes' | 'sezSlots',
  number
>;

function sectorRules(rules: EligibilityRule[]): { allowed: string[]; excluded: string[] } {
  const rule = rules.find((r) => r.kind === 'sectors');
  return rule && rule.kind === 'sectors'
    ? { allowed: rule.allowed ?? [], excluded: rule.excluded ?? [] }
    : { allowed: [], excluded: [] };
}

/**
 * Loads the region's starting catalogues: the sourced facts and the demo items. Every row is
 * upserted by its code inside one transaction, so loading twice changes nothing and a failure
 * leaves the database as it was.
 */
@Injectable()
export class DemoDataLoader {
  private readonly logger = new Logger(DemoDataLoader.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** At start: load only into empty catalogues, so that later edits are never overwritten. */
  async loadIfEmpty(): Promise<boolean> {
    const districts = await this.dataSource.getRepository(DistrictEntity).count();
    if (districts > 0) return false;
    await this.load();
    return true;
  }

  async load(): Promise<DemoDataCounts> {
    const started = Date.now();
    const counts = await this.dataSource.transaction((manager) => this.upsertAll(manager));
    this.logger.log(
      `Loaded catalogues in ${Date.now() - started} ms: ` +
        Object.entries(counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', '),
    );
    return counts;
  }

  private async upsertAll(manager: EntityManager): Promise<DemoDataCounts> {
    const districtId = (code: string): string => stableId('district', code);
    const sectorId = (code: string): string => stableId('sector', code);

    await manager.upsert(
      DistrictEntity,
      DISTRICTS.map((d) => ({
        id: districtId(d.code),
        code: d.code,
        kato: d.kato,
        kind: d.kind,
        name: d.name,
        adminCentre: d.adminCentre,
        lat: d.centre.lat,
        lon: d.centre.lon,
        source: d.source,
      })),
      ['code'],
    );

    await manager.upsert(
      SectorEntity,
      SECTORS.map((s) => ({
        id: sectorId(s.code),
        code: s.code,
        section: s.code[0],
        level: s.code.length === 1 ? ('section' as const) : ('division' as const),
        parentCode: s.code.length === 1 ? null : s.code[0],
        name: s.name,
        priority: s.priority,
      })),
      ['code'],
    );

    await manager.upsert(
      OpportunityEntity,
      OPPORTUNITIES.map((o) => ({
        id: stableId('opportunity', o.code),
        code: o.code,
        name: o.name,
        description: o.description,
        hsCode: o.hsCode,
        sectorId: sectorId(o.sectorCode),
        importVolumeAmount: o.importVolume.amount,
        importVolumeUnit: o.importVolume.unit,
        importValueUsd: o.importValueUsd,
        sourceCountries: o.sourceCountries,
        localProductionShare: o.localProductionShare,
        investmentMinKzt: o.investmentKzt.min,
        investmentMaxKzt: o.investmentKzt.max,
        jobs: o.jobs,
        status: o.status,
        districtId: o.districtCode ? districtId(o.districtCode) : null,
        lat: o.location?.lat ?? null,
        lon: o.location?.lon ?? null,
        potentialScore: computePotentialScore({
          importValueUsd: o.importValueUsd,
          localProductionShare: o.localProductionShare,
          jobs: o.jobs,
          investmentKzt: o.investmentKzt,
          districtFitReasonCounts: o.districtFits.map((f) => f.reasons.length),
        }).total,
        demo: o.demo,
        source: o.source,
      })),
      ['code'],
    );
    const opportunityIds = OPPORTUNITIES.map((o) => stableId('opportunity', o.code));
    await manager.delete(OpportunityDistrictFitEntity, { opportunityId: In(opportunityIds) });
    await manager.insert(
      OpportunityDistrictFitEntity,
      OPPORTUNITIES.flatMap((o) =>
        o.districtFits.map((f) => ({
          opportunityId: stableId('opportunity', o.code),
          districtId: districtId(f.districtCode),
          reasons: f.reasons,
        })),
      ),
    );

    await manager.upsert(
      PppProjectEntity,
      PPP_PROJECTS.map((p) => ({
        id: stableId('ppp_project', p.code),
        code: p.code,
        name: p.name,
        description: p.description,
        sectorId: sectorId(p.sectorCode),
        form: p.form,
        stage: p.stage,
        need: p.need,
        capexKzt: p.capexKzt,
        termYears: p.termYears,
        publicPartner: p.publicPartner,
        tenderDeadline: p.tenderDeadline,
        districtId: p.districtCode ? districtId(p.districtCode) : null,
        lat: p.location?.lat ?? null,
        lon: p.location?.lon ?? null,
        demo: p.demo,
        source: p.source,
      })),
      ['code'],
    );

    for (const programme of PROGRAMMES) {
      const programmeId = stableId('programme', programme.code);
      await manager.upsert(
        ProgrammeEntity,
        {
          id: programmeId,
          code: programme.code,
          name: programme.name,
          description: programme.description,
          operator: programme.operator,
          instrument: programme.instrument,
          demo: programme.demo,
          source: programme.source,
        },
        ['code'],
      );
      // Replaced whole: a version that left the data must not stay in force.
      await manager.delete(ProgrammeVersionEntity, { programmeId });
      await manager.insert(
        ProgrammeVersionEntity,
        programme.versions.map((v) => {
          const errors = validateEligibilityRules(v.eligibility);
          if (errors.length) {
            throw new Error(
              `Programme ${programme.code} version ${v.code}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
            );
          }
          const sectors = sectorRules(v.eligibility);
          return {
            id: stableId('programme_version', `${programme.code}/${v.code}`),
            programmeId,
            code: v.code,
            label: v.label,
            legalAct: v.legalAct,
            effectiveFrom: v.effectiveFrom,
            effectiveTo: v.effectiveTo,
            status: v.status,
            acceptsApplications: v.acceptsApplications,
            applicationChannel: v.applicationChannel,
            minAmountKzt: v.minAmountKzt,
            maxAmountKzt: v.maxAmountKzt,
            rate: v.rate,
            termMonths: v.termMonths,
            applicationWindow: v.applicationWindow,
            requiredDocuments: v.requiredDocuments,
            obligations: v.obligations,
            decisionDeadlineWorkingDays: v.decisionDeadlineWorkingDays,
            eligibility: v.eligibility,
            allowedSectorCodes: sectors.allowed,
            excludedSectorCodes: sectors.excluded,
            demo: v.demo,
            source: v.source,
          };
        }),
      );
    }

    const sezId = stableId('sez', SEZ.code);
    await manager.upsert(
      SezEntity,
      {
        id: sezId,
        code: SEZ.code,
        name: SEZ.name,
        profile: SEZ.profile,
        areaHa: SEZ.areaHa,
        establishedOn: SEZ.establishedOn,
        targetIndustryCodes: SEZ.targetIndustryCodes,
        constraints: SEZ.constraints,
        districtId: districtId(SEZ.districtCode),
        lat: SEZ.location.lat,
        lon: SEZ.location.lon,
        demo: SEZ.demo,
        source: SEZ.source,
      },
      ['code'],
    );
    await manager.upsert(
      SezParticipantEntity,
      SEZ.participants.map((p) => ({
        id: stableId('sez_participant', `${SEZ.code}/${p.code}`),
        sezId,
        code: p.code,
        name: p.name,
        product: p.product,
        sectorId: sectorId(p.sectorCode),
        operating: p.operating,
        demo: p.demo,
        source: p.source,
      })),
      ['sezId', 'code'],
    );
    await manager.upsert(
      SezSlotEntity,
      SEZ.slots.map((s) => ({
        id: stableId('sez_slot', s.code),
        code: s.code,
        sezId,
        name: s.name,
        site: s.site,
        areaHa: s.areaHa,
        targetIndustryCodes: s.targetIndustryCodes,
        powerMaxMw: s.utilities.power,
        waterMaxM3PerDay: s.utilities.water,
        sewerageMaxM3PerDay: s.utilities.sewerage,
        heatMaxGcalPerHour: s.utilities.heat,
        gasMaxM3PerHour: s.utilities.gas,
        railSpur: s.railSpur,
        distanceToRailKm: s.distanceToRailKm,
        distanceToRoadKm: s.distanceToRoadKm,
        siteType: s.siteType,
        dealForms: s.dealForms,
        leaseRateKztPerHaYear: s.leaseRateKztPerHaYear,
        priceKzt: s.priceKzt,
        cadastralNumber: s.cadastralNumber,
        zoning: s.zoning,
        status: s.status,
        districtId: districtId(s.districtCode),
        lat: s.location.lat,
        lon: s.location.lon,
        demo: s.demo,
        source: s.source,
      })),
      ['code'],
    );
    await this.recordPromisedCapacity(manager, sezId);

    return {
      districts: DISTRICTS.length,
      sectors: SECTORS.length,
      opportunities: OPPORTUNITIES.length,
      pppProjects: PPP_PROJECTS.length,
      programmes: PROGRAMMES.length,
      sezSlots: SEZ.slots.length,
    };
  }

  /**
   * The slots the zone's staff had already promised hold their capacity on the ledger, as
   * reservations recorded from agreements made before the portal (no investor account). Added
   * once, never overwritten; then every slot's status is set from its ledger.
   */
  private async recordPromisedCapacity(manager: EntityManager, sezId: string): Promise<void> {
    const PROMISED: Partial<Record<SlotStatus, { status: ReservationStatus; share: number }>> = {
      reserved: { status: 'held', share: 0.4 },
      under_negotiation: { status: 'under_negotiation', share: 0.6 },
      occupied: { status: 'contracted', share: 1 },
    };
    const first11 = '24014000000';
    const bin = `${first11}${binIinControlDigit(first11)}`;
    const expiresAt = new Date(Date.now() + DEFAULT_HOLD_DAYS * 86_400_000);
    const promised = SEZ.slots.flatMap((s) => {
      const promise = PROMISED[s.status];
      return promise ? [{ slot: s, ...promise }] : [];
    });
    if (promised.length) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(InvestorRequestEntity)
        .values(
          promised.map(({ slot, status, share }) => ({
            id: stableId('investor_request', slot.code),
            kind: 'reservation' as const,
            investorId: null,
            slotId: stableId('sez_slot', slot.code),
            status,
            company: `Demo investor ${slot.code.toUpperCase()}`,
            bin,
            product: 'Demo',
            sectorCode: slot.targetIndustryCodes[0] ?? null,
            plannedInvestmentKzt: 0,
            plannedJobs: 0,
            ...amountColumns(
              Object.fromEntries(UTILITIES.map((u) => [u, Math.floor(slot.utilities[u] * share * 1000) / 1000])),
            ),
            message: '',
            expiresAt: status === 'held' ? expiresAt : null,
            demo: true,
          })),
        )
        .orIgnore()
        .execute();
      await manager
        .createQueryBuilder()
        .insert()
        .into(InvestorRequestEventEntity)
        .values(
          promised.map(({ slot, status }) => ({
            id: stableId('investor_request_event', slot.code),
            requestId: stableId('investor_request', slot.code),
            actorId: null,
            action: 'created' as const,
            fromStatus: null,
            toStatus: status,
            reason: 'Recorded from an agreement made before the portal',
          })),
        )
        .orIgnore()
        .execute();
    }
    const active = await manager.getRepository(InvestorRequestEntity).find({
      select: { slotId: true, status: true },
      where: { kind: 'reservation', status: In([...ACTIVE_RESERVATION_STATUSES]) },
    });
    const slots = await manager.getRepository(SezSlotEntity).find({ select: { id: true }, where: { sezId } });
    for (const slot of slots) {
      const statuses = active.filter((r) => r.slotId === slot.id).map((r) => r.status as ReservationStatus);
      await manager.getRepository(SezSlotEntity).update({ id: slot.id }, { status: slotStatusOf(statuses) });
    }
  }
}
