import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEventEntity, UserAccountEntity } from '@kbdm/accounts/api-data-access';
import type { AuditAction } from '@kbdm/accounts/domain';
import { Clock } from '@kbdm/api/core-config';
import { DomainException, InvalidInputException, ItemNotFoundException } from '@kbdm/api/core-errors';
import { OpportunityDistrictFitEntity, OpportunityEntity } from '@kbdm/catalogue/api-data-access';
import type {
  AdminItemSummary,
  AdminOpportunity,
  CatalogueChange,
  OpportunityInput,
  PublicationChange,
  UpdateOpportunity,
} from '@kbdm/catalogue/domain';
import { DEFAULT_PAGE_SIZE, type Page } from '@kbdm/shared/domain';
import { Brackets, type DataSource, type EntityManager, In } from 'typeorm';
import {
  changedFields,
  columnsOf,
  inputOf,
  loadReferences,
  missingTranslations,
  type OpportunityReferences,
  validateOpportunityInput,
} from './opportunity-record';

/** Who acts, and from where, for the audit log. */
export type Actor = { id: string; ip: string | null };

export class StaleVersionException extends DomainException {
  constructor(current: number) {
    super('stale_version', 409, `The item was changed meanwhile (it is at version ${current}); load it again.`, [
      { field: 'version', message: `is not the current version (${current})` },
    ]);
  }
}

export class CodeTakenException extends DomainException {
  constructor(code: string) {
    super('code_taken', 409, `Another opportunity has the code ${code}.`, [
      { field: 'code', message: 'is taken by another opportunity' },
    ]);
  }
}

/** The audit row of a catalogue change; `fields` and `importId` are what the history shows. */
export function catalogueAuditRow(
  actor: Actor | null,
  action: AuditAction,
  targetId: string,
  details: { fields?: string[]; importId?: string; code?: string } = {},
): Partial<AuditEventEntity> {
  return {
    actorId: actor?.id ?? null,
    action,
    targetType: 'opportunity',
    targetId,
    ip: actor?.ip ?? null,
    details: {
      ...(details.code ? { code: details.code } : {}),
      ...(details.fields ? { fields: details.fields.join(',') } : {}),
      ...(details.importId ? { importId: details.importId } : {}),
    },
  };
}

/** The administrators' editing of opportunities: every change versioned and on the audit log. */
@Injectable()
export class AdminOpportunitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(query: {
    q?: string;
    published?: boolean;
    missing?: boolean;
    page?: number;
    pageSize?: number;
  }): Promise<Page<AdminItemSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource.getRepository(OpportunityEntity).createQueryBuilder('o');
    if (query.q) {
      const words = query.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
      words.forEach((word, i) =>
        qb.andWhere(
          new Brackets((w) =>
            w
              .where(`lower(o.code) LIKE :w${i}`)
              .orWhere(`lower(o.name->>'kk') LIKE :w${i}`)
              .orWhere(`lower(o.name->>'ru') LIKE :w${i}`)
              .orWhere(`lower(o.name->>'en') LIKE :w${i}`),
          ),
          { [`w${i}`]: `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
        ),
      );
    }
    if (query.published !== undefined) qb.andWhere('o.published = :published', { published: query.published });
    if (query.missing) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM unnest(ARRAY['kk', 'ru', 'en']) AS l(lang)
          WHERE coalesce(btrim(o.name->>l.lang), '') = '' OR coalesce(btrim(o.description->>l.lang), '') = '')`,
      );
    }
    const [rows, total] = await qb
      .orderBy('o.updated_at', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return {
      items: rows.map((o) => ({
        id: o.id,
        code: o.code,
        name: o.name,
        status: o.status,
        published: o.published,
        missingTranslations: missingTranslations(o),
        demo: o.demo,
        updatedAt: o.updatedAt.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }

  async get(id: string): Promise<AdminOpportunity> {
    const entity = await this.dataSource.manager.findOneBy(OpportunityEntity, { id });
    if (!entity) throw new ItemNotFoundException('opportunity', id);
    return this.toAdmin(entity, await loadReferences(this.dataSource.manager));
  }

  /** A new opportunity starts unpublished: an administrator publishes it once it reads right. */
  async create(actor: Actor, body: OpportunityInput): Promise<AdminOpportunity> {
    return this.dataSource.transaction(async (manager) => {
      const references = await loadReferences(manager);
      const input = await this.checked(body, references);
      await this.assertCodeFree(manager, input.code, null);
      const columns = columnsOf(input, references, null, [], this.clock.now());
      const { identifiers } = await manager.insert(OpportunityEntity, { ...columns, published: false, version: 1 });
      const id = identifiers[0]?.['id'] as string;
      await manager.insert(AuditEventEntity, catalogueAuditRow(actor, 'catalogue.created', id, { code: input.code }));
      return this.toAdmin(await manager.findOneByOrFail(OpportunityEntity, { id }), references);
    });
  }

  async update(actor: Actor, id: string, body: UpdateOpportunity): Promise<AdminOpportunity> {
    const { version, ...rest } = body;
    return this.dataSource.transaction(async (manager) => {
      const previous = await this.locked(manager, id, version);
      const references = await loadReferences(manager);
      const input = await this.checked(rest, references);
      const fields = changedFields(inputOf(previous, references), input);
      if (fields.length === 0) return this.toAdmin(previous, references);
      if (fields.includes('code')) await this.assertCodeFree(manager, input.code, id);
      const fits = await manager.findBy(OpportunityDistrictFitEntity, { opportunityId: id });
      const columns = columnsOf(
        input,
        references,
        previous,
        fits.map((f) => f.reasons.length),
        this.clock.now(),
      );
      await manager.update(OpportunityEntity, { id }, { ...columns, version: previous.version + 1 });
      await manager.insert(
        AuditEventEntity,
        catalogueAuditRow(actor, 'catalogue.updated', id, { code: input.code, fields }),
      );
      return this.toAdmin(await manager.findOneByOrFail(OpportunityEntity, { id }), references);
    });
  }

  async setPublication(actor: Actor, id: string, change: PublicationChange): Promise<AdminOpportunity> {
    return this.dataSource.transaction(async (manager) => {
      const previous = await this.locked(manager, id, change.version);
      const references = await loadReferences(manager);
      if (previous.published === change.published) return this.toAdmin(previous, references);
      await manager.update(OpportunityEntity, { id }, { published: change.published, version: previous.version + 1 });
      const action = change.published ? 'catalogue.published' : 'catalogue.unpublished';
      await manager.insert(AuditEventEntity, catalogueAuditRow(actor, action, id, { code: previous.code }));
      return this.toAdmin(await manager.findOneByOrFail(OpportunityEntity, { id }), references);
    });
  }

  /** Newest first: the form's edits, publications and the imports that changed it. */
  async history(id: string): Promise<CatalogueChange[]> {
    if (!(await this.dataSource.manager.existsBy(OpportunityEntity, { id }))) {
      throw new ItemNotFoundException('opportunity', id);
    }
    const events = await this.dataSource.manager.find(AuditEventEntity, {
      where: { targetType: 'opportunity', targetId: id },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 100,
    });
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((a): a is string => a !== null))];
    const actors = actorIds.length
      ? await this.dataSource.manager.find(UserAccountEntity, {
          where: { id: In(actorIds) },
          select: { id: true, fullName: true },
        })
      : [];
    const names = new Map(actors.map((a) => [a.id, a.fullName]));
    return events.map((e) => ({
      id: e.id,
      action: e.action,
      actor: e.actorId ? { id: e.actorId, fullName: names.get(e.actorId) ?? '' } : null,
      at: e.createdAt.toISOString(),
      fields: typeof e.details['fields'] === 'string' && e.details['fields'] ? e.details['fields'].split(',') : [],
      importId: typeof e.details['importId'] === 'string' ? e.details['importId'] : null,
    }));
  }

  private async checked(body: OpportunityInput, references: OpportunityReferences): Promise<OpportunityInput> {
    // The body passed the DTO's rules already; the codes it names are checked here.
    const { input, errors } = await validateOpportunityInput(body as unknown as Record<string, unknown>, references);
    if (!input)
      throw new InvalidInputException(errors, `Invalid ${[...new Set(errors.map((e) => e.field))].join(', ')}.`);
    return input;
  }

  private async locked(manager: EntityManager, id: string, version: number): Promise<OpportunityEntity> {
    const entity = await manager.findOne(OpportunityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entity) throw new ItemNotFoundException('opportunity', id);
    if (entity.version !== version) throw new StaleVersionException(entity.version);
    return entity;
  }

  private async assertCodeFree(manager: EntityManager, code: string, exceptId: string | null): Promise<void> {
    const holder = await manager.findOne(OpportunityEntity, { where: { code }, select: { id: true } });
    if (holder && holder.id !== exceptId) throw new CodeTakenException(code);
  }

  private toAdmin(entity: OpportunityEntity, references: OpportunityReferences): AdminOpportunity {
    return {
      id: entity.id,
      ...inputOf(entity, references),
      published: entity.published,
      missingTranslations: missingTranslations(entity),
      version: entity.version,
      createdAt: entity.createdAt.toISOString(),
      updatedAt: entity.updatedAt.toISOString(),
    };
  }
}
