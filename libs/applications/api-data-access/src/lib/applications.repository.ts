import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DeepPartial, DataSource, type EntityManager, Repository } from 'typeorm';
import {
  ApplicationDocumentEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationMessageEntity,
  IdempotencyKeyEntity,
  WorkingCalendarDayEntity,
} from './application.entity';

/** What an application is shown with: its people, target and place. */
const VIEW_RELATIONS = {
  applicant: true,
  assignee: true,
  programme: true,
  programmeVersion: true,
  opportunity: true,
  pppProject: true,
  district: true,
} as const;

type Changes = Omit<DeepPartial<ApplicationEntity>, 'id' | 'version' | 'number'>;

/** Applications, their events, documents and messages: narrow named reads and writes. */
@Injectable()
export class ApplicationsRepository {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    @InjectRepository(ApplicationDocumentEntity) private readonly documents: Repository<ApplicationDocumentEntity>,
    @InjectRepository(ApplicationMessageEntity) private readonly messages: Repository<ApplicationMessageEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The application with its people, target and district; null when there is none. */
  async findForView(id: string, manager?: EntityManager): Promise<ApplicationEntity | null> {
    // `find`, not `findOne`: a limit over joined relations makes TypeORM run a DISTINCT query for
    // the ids first. Every relation here is many-to-one, so the id alone yields one row.
    const [found] = await (manager ?? this.dataSource.manager).find(ApplicationEntity, {
      where: { id },
      relations: VIEW_RELATIONS,
    });
    return found ?? null;
  }

  findById(id: string, manager?: EntityManager): Promise<ApplicationEntity | null> {
    return (manager ?? this.dataSource.manager).findOneBy(ApplicationEntity, { id });
  }

  /** The person's applications, newest first. */
  pageOfApplicant(
    applicantId: string,
    options: { statuses?: string[]; page: number; pageSize: number },
  ): Promise<[ApplicationEntity[], number]> {
    const qb = this.applications
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.applicant', 'applicant')
      .leftJoinAndSelect('a.assignee', 'assignee')
      .leftJoinAndSelect('a.programme', 'programme')
      .leftJoinAndSelect('a.opportunity', 'opportunity')
      .leftJoinAndSelect('a.pppProject', 'pppProject')
      .leftJoinAndSelect('a.district', 'district')
      .where('a.applicant_id = :applicantId', { applicantId });
    if (options.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: options.statuses });
    return qb
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .skip((options.page - 1) * options.pageSize)
      .take(options.pageSize)
      .getManyAndCount();
  }

  async insert(manager: EntityManager, application: Changes): Promise<string> {
    const result = await manager.insert(ApplicationEntity, application);
    return String(result.identifiers[0]?.['id']);
  }

  /**
   * Applies `changes` if the application is still at `expectedVersion`, bumping the version:
   * the optimistic lock. False when someone else changed it first (or it is gone). Under
   * concurrent calls the row lock makes the second wait, then see the new version and miss.
   */
  async updateVersioned(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    changes: Changes,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ApplicationEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  async deleteDraft(manager: EntityManager, id: string, expectedVersion: number): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(ApplicationEntity)
      .where(`id = :id AND version = :expectedVersion AND status = 'draft'`, { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  async addEvent(manager: EntityManager, event: DeepPartial<ApplicationEventEntity>): Promise<void> {
    // The wall clock, not the transaction's start (`now()`): two events of one transaction keep their order.
    await manager.insert(ApplicationEventEntity, { ...event, createdAt: () => 'clock_timestamp()' });
  }

  /** Oldest first, with who acted. */
  eventsOf(applicationId: string, manager?: EntityManager): Promise<ApplicationEventEntity[]> {
    return (manager ?? this.dataSource.manager).find(ApplicationEventEntity, {
      where: { applicationId },
      relations: { actor: true, assignee: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  documentsOf(applicationId: string, manager?: EntityManager): Promise<ApplicationDocumentEntity[]> {
    return (manager ?? this.dataSource.manager).find(ApplicationDocumentEntity, {
      where: { applicationId },
      relations: { uploadedBy: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  findDocument(applicationId: string, id: string): Promise<ApplicationDocumentEntity | null> {
    return this.documents.findOne({ where: { applicationId, id }, relations: { uploadedBy: true } });
  }

  async addDocument(manager: EntityManager, document: DeepPartial<ApplicationDocumentEntity>): Promise<string> {
    const result = await manager.insert(ApplicationDocumentEntity, document);
    return String(result.identifiers[0]?.['id']);
  }

  async deleteDocument(manager: EntityManager, applicationId: string, id: string): Promise<boolean> {
    const result = await manager.delete(ApplicationDocumentEntity, { applicationId, id });
    return result.affected === 1;
  }

  /** The storage keys of every document of an application (to remove the files of a deleted draft). */
  async storageKeysOf(applicationId: string, manager: EntityManager): Promise<string[]> {
    const rows = await manager.find(ApplicationDocumentEntity, {
      where: { applicationId },
      select: { storageKey: true },
    });
    return rows.map((row) => row.storageKey);
  }

  messagesOf(applicationId: string): Promise<ApplicationMessageEntity[]> {
    return this.messages.find({
      where: { applicationId },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async addMessage(manager: EntityManager, message: DeepPartial<ApplicationMessageEntity>): Promise<string> {
    const result = await manager.insert(ApplicationMessageEntity, message);
    return String(result.identifiers[0]?.['id']);
  }

  findMessage(id: string): Promise<ApplicationMessageEntity | null> {
    return this.messages.findOne({ where: { id }, relations: { author: true } });
  }

  /**
   * Claims an idempotency key for `userId` inside `manager`'s transaction. If another request
   * holds the same key in a transaction still open, PostgreSQL makes this wait for it; true when
   * this request now owns the key, false when a committed request had it first.
   */
  async claimIdempotencyKey(
    manager: EntityManager,
    key: { userId: string; key: string; requestHash: string; applicationId: string },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO idempotency_key (user_id, key, request_hash, application_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
      [key.userId, key.key, key.requestHash, key.applicationId],
    );
    return rows.length === 1;
  }

  findIdempotencyKey(userId: string, key: string): Promise<IdempotencyKeyEntity | null> {
    return this.dataSource.manager.findOneBy(IdempotencyKeyEntity, { userId, key });
  }

  /** Kazakhstan's days off and working weekend days (a few dozen rows a year). */
  async workingCalendar(): Promise<{ daysOff: Set<string>; workingWeekendDays: Set<string> }> {
    const days = await this.dataSource.manager.find(WorkingCalendarDayEntity);
    return {
      daysOff: new Set(days.filter((d) => d.kind === 'day_off').map((d) => d.day)),
      workingWeekendDays: new Set(days.filter((d) => d.kind === 'working_day').map((d) => d.day)),
    };
  }
}
