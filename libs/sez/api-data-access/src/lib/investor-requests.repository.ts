import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACTIVE_RESERVATION_STATUSES,
  type InvestorRequestKind,
  type InvestorRequestStatus,
  type ReservationStatus,
  type SlotStatus,
  UTILITIES,
  type Utility,
  type UtilityAmounts,
} from '@kbdm/sez/domain';
import { PppProjectEntity } from '@kbdm/catalogue/api-data-access';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  InvestorRequestEntity,
  InvestorRequestEventEntity,
  InvestorRequestMessageEntity,
} from './investor-request.entity';
import { SezParticipantEntity } from './sez.entity';
import { SezSlotEntity } from './sez-slot.entity';

/** The request's column of each utility's amount. */
const AMOUNT_COLUMNS = {
  power: 'powerMw',
  water: 'waterM3PerDay',
  sewerage: 'sewerageM3PerDay',
  heat: 'heatGcalPerHour',
  gas: 'gasM3PerHour',
} as const satisfies Record<Utility, keyof InvestorRequestEntity>;

/** The slot's column of each utility's maximum. */
const MAXIMUM_COLUMNS = {
  power: 'powerMaxMw',
  water: 'waterMaxM3PerDay',
  sewerage: 'sewerageMaxM3PerDay',
  heat: 'heatMaxGcalPerHour',
  gas: 'gasMaxM3PerHour',
} as const satisfies Record<Utility, keyof SezSlotEntity>;

export function amountsOf(request: InvestorRequestEntity): Record<Utility, number> {
  return Object.fromEntries(UTILITIES.map((u) => [u, request[AMOUNT_COLUMNS[u]]])) as Record<Utility, number>;
}

export function amountColumns(amounts: Partial<Record<Utility, number>>): Partial<InvestorRequestEntity> {
  return Object.fromEntries(UTILITIES.map((u) => [AMOUNT_COLUMNS[u], amounts[u] ?? 0]));
}

export function maximumsOf(slot: SezSlotEntity): UtilityAmounts {
  return Object.fromEntries(UTILITIES.map((u) => [u, slot[MAXIMUM_COLUMNS[u]]])) as UtilityAmounts;
}

/** What a slot's active reservations hold, summed by the database, and their statuses. */
export type LedgerTotals = { taken: Record<Utility, number>; statuses: ReservationStatus[] };

export type InvestorRequestFilter = {
  investorId?: string;
  kinds?: InvestorRequestKind[];
  statuses?: InvestorRequestStatus[];
  sezId?: string;
  slotId?: string;
};

const NOTHING_TAKEN = (): LedgerTotals => ({
  taken: { power: 0, water: 0, sewerage: 0, heat: 0, gas: 0 },
  statuses: [],
});

/**
 * Investors' requests and the capacity ledger. Methods taking a manager run inside the caller's
 * transaction; `lockSlot` and `lockRequest` take row locks that hold until it commits.
 */
@Injectable()
export class InvestorRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The slot, locked against every other change of its ledger until the transaction ends. */
  lockSlot(manager: EntityManager, slotId: string): Promise<SezSlotEntity | null> {
    return manager
      .getRepository(SezSlotEntity)
      .createQueryBuilder('sl')
      .setLock('pessimistic_write')
      .where('sl.id = :slotId', { slotId })
      .getOne();
  }

  /** The request, locked: moves of one request happen one after the other. */
  lockRequest(manager: EntityManager, id: string): Promise<InvestorRequestEntity | null> {
    return manager
      .getRepository(InvestorRequestEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
  }

  /** Each slot's active reservations, summed in SQL. Slots without any hold nothing. */
  async ledgerOf(slotIds: string[], manager?: EntityManager): Promise<Map<string, LedgerTotals>> {
    const totals = new Map(slotIds.map((id) => [id, NOTHING_TAKEN()]));
    if (slotIds.length === 0) return totals;
    const rows = await this.manager(manager)
      .getRepository(InvestorRequestEntity)
      .createQueryBuilder('r')
      .select('r.slot_id', 'slotId')
      .addSelect('sum(r.power_mw)', 'power')
      .addSelect('sum(r.water_m3_per_day)', 'water')
      .addSelect('sum(r.sewerage_m3_per_day)', 'sewerage')
      .addSelect('sum(r.heat_gcal_per_hour)', 'heat')
      .addSelect('sum(r.gas_m3_per_hour)', 'gas')
      .addSelect('array_agg(DISTINCT r.status)', 'statuses')
      .where("r.kind = 'reservation'")
      .andWhere('r.status IN (:...active)', { active: ACTIVE_RESERVATION_STATUSES })
      .andWhere('r.slot_id IN (:...slotIds)', { slotIds })
      .groupBy('r.slot_id')
      .getRawMany<Record<Utility | 'slotId', string> & { statuses: ReservationStatus[] | string }>();
    for (const row of rows) {
      totals.set(row.slotId, {
        taken: Object.fromEntries(UTILITIES.map((u) => [u, Number(row[u])])) as Record<Utility, number>,
        statuses: parseArray(row.statuses) as ReservationStatus[],
      });
    }
    return totals;
  }

  setSlotStatus(manager: EntityManager, slotId: string, status: SlotStatus): Promise<unknown> {
    return manager.getRepository(SezSlotEntity).update({ id: slotId }, { status });
  }

  async insert(manager: EntityManager, values: Partial<InvestorRequestEntity>): Promise<string> {
    const result = await manager.getRepository(InvestorRequestEntity).insert(values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Applies `changes` if the request is still at `version`; false when someone changed it first. */
  async updateVersioned(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<Pick<InvestorRequestEntity, 'status' | 'expiresAt'>>,
  ): Promise<boolean> {
    const result = await manager
      .getRepository(InvestorRequestEntity)
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  addEvent(
    manager: EntityManager,
    event: Pick<InvestorRequestEventEntity, 'requestId' | 'actorId' | 'action' | 'fromStatus' | 'toStatus'> & {
      reason?: string | null;
    },
  ): Promise<unknown> {
    return manager.getRepository(InvestorRequestEventEntity).insert({ reason: null, ...event });
  }

  /** The request with its investor, target and the target's zone; `find`, so no DISTINCT query. */
  async findForView(id: string, manager?: EntityManager): Promise<InvestorRequestEntity | null> {
    const [found] = await this.manager(manager)
      .getRepository(InvestorRequestEntity)
      .find({ where: { id }, relations: { investor: true, slot: { sez: true }, pppProject: true }, take: 1 });
    return found ?? null;
  }

  eventsOf(requestId: string, manager?: EntityManager): Promise<InvestorRequestEventEntity[]> {
    return this.manager(manager)
      .getRepository(InvestorRequestEventEntity)
      .find({ where: { requestId }, relations: { actor: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The last officer or administrator who moved the request: they hear of the investor's news. */
  async lastStaffActorOf(requestId: string, investorId: string | null, manager?: EntityManager) {
    const events = await this.eventsOf(requestId, manager);
    return (
      events.reverse().find((e) => e.actor && e.actorId !== investorId && ['officer', 'admin'].includes(e.actor.role))
        ?.actor ?? null
    );
  }

  messagesOf(requestId: string): Promise<InvestorRequestMessageEntity[]> {
    return this.dataSource
      .getRepository(InvestorRequestMessageEntity)
      .find({ where: { requestId }, relations: { author: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async addMessage(
    manager: EntityManager,
    message: Pick<InvestorRequestMessageEntity, 'requestId' | 'authorId' | 'body'>,
  ): Promise<string> {
    const result = await manager.getRepository(InvestorRequestMessageEntity).insert(message);
    return (result.identifiers[0] as { id: string }).id;
  }

  async findMessage(id: string): Promise<InvestorRequestMessageEntity | null> {
    const [found] = await this.dataSource
      .getRepository(InvestorRequestMessageEntity)
      .find({ where: { id }, relations: { author: true }, take: 1 });
    return found ?? null;
  }

  /** A page of requests under the filter, newest first, with what a list shows of each. */
  async page(
    filter: InvestorRequestFilter,
    paging: { page: number; pageSize: number },
  ): Promise<[InvestorRequestEntity[], number]> {
    const qb = this.dataSource
      .getRepository(InvestorRequestEntity)
      .createQueryBuilder('r')
      .leftJoinAndSelect('r.investor', 'investor')
      .leftJoinAndSelect('r.slot', 'slot')
      .leftJoinAndSelect('slot.sez', 'sez')
      .leftJoinAndSelect('r.pppProject', 'ppp');
    if (filter.investorId) qb.andWhere('r.investor_id = :investorId', { investorId: filter.investorId });
    if (filter.kinds?.length) qb.andWhere('r.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.sezId) qb.andWhere('slot.sez_id = :sezId', { sezId: filter.sezId });
    if (filter.slotId) qb.andWhere('r.slot_id = :slotId', { slotId: filter.slotId });
    return qb
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .skip((paging.page - 1) * paging.pageSize)
      .take(paging.pageSize)
      .getManyAndCount();
  }

  /**
   * One request or hold past its date, locked for this transaction; `SKIP LOCKED` passes over one
   * another instance is expiring now, so no two instances ever expire the same request.
   */
  claimDueExpiry(manager: EntityManager, now: Date): Promise<InvestorRequestEntity | null> {
    return manager
      .getRepository(InvestorRequestEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('r.expires_at <= :now', { now })
      .andWhere("r.kind = 'reservation'")
      .andWhere("r.status IN ('requested', 'held')")
      .orderBy('r.expires_at', 'ASC')
      .limit(1)
      .getOne();
  }

  participantOf(reservationId: string, manager?: EntityManager): Promise<SezParticipantEntity | null> {
    return this.manager(manager).getRepository(SezParticipantEntity).findOneBy({ reservationId });
  }

  async addParticipant(manager: EntityManager, values: Partial<SezParticipantEntity>): Promise<string> {
    const result = await manager.getRepository(SezParticipantEntity).insert(values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Marks the participant operating; false when it already was (recorded once). */
  async markOperating(manager: EntityManager, participantId: string): Promise<boolean> {
    const result = await manager
      .getRepository(SezParticipantEntity)
      .update({ id: participantId, operating: false }, { operating: true });
    return (result.affected ?? 0) === 1;
  }

  /** The ids of the given statuses, for the queue's counts. */
  countsByStatus(filter: InvestorRequestFilter): Promise<{ status: InvestorRequestStatus; count: string }[]> {
    const qb = this.dataSource
      .getRepository(InvestorRequestEntity)
      .createQueryBuilder('r')
      .leftJoin('r.slot', 'slot')
      .select('r.status', 'status')
      .addSelect('count(*)', 'count')
      .groupBy('r.status');
    if (filter.kinds?.length) qb.andWhere('r.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.sezId) qb.andWhere('slot.sez_id = :sezId', { sezId: filter.sezId });
    return qb.getRawMany();
  }

  findSlotsByIds(ids: string[]): Promise<SezSlotEntity[]> {
    return this.dataSource.getRepository(SezSlotEntity).find({ where: { id: In(ids) } });
  }

  /** A published PPP project: an unpublished one takes no interest. */
  findPppProject(id: string): Promise<PppProjectEntity | null> {
    return this.dataSource.getRepository(PppProjectEntity).findOneBy({ id, published: true });
  }
}

/** PostgreSQL arrays arrive parsed from `pg`, and as `{a,b}` text from some drivers. */
function parseArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}
