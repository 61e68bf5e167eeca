import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Paging, findPageOf, whereSearch } from '@kbdm/catalogue/api-data-access';
import { Repository } from 'typeorm';
import { SezEntity, SezParticipantEntity } from './sez.entity';
import { SezSlotEntity } from './sez-slot.entity';

export type SezCounts = { registered: number; operating: number; slots: number };

@Injectable()
export class SezRepository {
  constructor(
    @InjectRepository(SezEntity) private readonly zones: Repository<SezEntity>,
    @InjectRepository(SezParticipantEntity) private readonly participants: Repository<SezParticipantEntity>,
    @InjectRepository(SezSlotEntity) private readonly slots: Repository<SezSlotEntity>,
  ) {}

  findPage(q: string | undefined, paging: Paging): Promise<{ items: SezEntity[]; total: number }> {
    return findPageOf(
      () => {
        const qb = this.zones.createQueryBuilder('z').leftJoin('z.district', 'd');
        whereSearch(qb, 'z', q);
        return qb;
      },
      (qb) => qb.addSelect('d').orderBy('z.code'),
      paging,
    );
  }

  findById(id: string): Promise<SezEntity | null> {
    return this.zones.findOne({ where: { id }, relations: { district: true } });
  }

  /** Participants registered and operating, and slots, per zone, counted in SQL. */
  async countsOf(sezIds: string[]): Promise<Map<string, SezCounts>> {
    const counts = new Map<string, SezCounts>(sezIds.map((id) => [id, { registered: 0, operating: 0, slots: 0 }]));
    if (sezIds.length === 0) return counts;
    const participantRows = await this.participants
      .createQueryBuilder('p')
      .select('p.sez_id', 'sezId')
      .addSelect('count(*)', 'registered')
      .addSelect('count(*) FILTER (WHERE p.operating)', 'operating')
      .where('p.sez_id IN (:...sezIds)', { sezIds })
      .groupBy('p.sez_id')
      .getRawMany<{ sezId: string; registered: string; operating: string }>();
    const slotRows = await this.slots
      .createQueryBuilder('s')
      .select('s.sez_id', 'sezId')
      .addSelect('count(*)', 'slots')
      .where('s.sez_id IN (:...sezIds)', { sezIds })
      .groupBy('s.sez_id')
      .getRawMany<{ sezId: string; slots: string }>();
    for (const row of participantRows) {
      const entry = counts.get(row.sezId);
      if (entry) Object.assign(entry, { registered: Number(row.registered), operating: Number(row.operating) });
    }
    for (const row of slotRows) {
      const entry = counts.get(row.sezId);
      if (entry) entry.slots = Number(row.slots);
    }
    return counts;
  }

  participantsOf(sezId: string): Promise<SezParticipantEntity[]> {
    return this.participants.find({
      where: { sezId },
      relations: { sector: true },
      order: { operating: 'DESC', code: 'ASC' },
    });
  }
}
