import { AuditEventEntity, UserAccountEntity } from '@kbdm/accounts/api-data-access';
import type { AuditAction } from '@kbdm/accounts/domain';
import type { Clock } from '@kbdm/api/core-config';
import { DomainException, InvalidInputException, ItemNotFoundException } from '@kbdm/api/core-errors';
import type { AdminItemSummary, CatalogueChange, MissingTranslation, PublicationChange } from '@kbdm/catalogue/domain';
import { DEFAULT_PAGE_SIZE, type Page } from '@kbdm/shared/domain';
import { Brackets, type DataSource, type EntityManager, In } from 'typeorm';
import {
  type CatalogueItemKind,
  changedFields,
  columnsOf,
  type ItemInput,
  type ItemRow,
  loadReferences,
  missingTranslations,
  type References,
  validateItemInput,
} from './item-record';

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
  constructor(noun: string, code: string) {
    super('code_taken', 409, `Another ${noun} has the code ${code}.`, [
      { field: 'code', message: `is taken by another ${noun}` },
    ]);
  }
}

/** The audit row of a catalogue change; `fields` and `importId` are what the history shows. */
export function catalogueAuditRow(
  kind: { targetType: string },
  actor: Actor | null,
  action: AuditAction,
  targetId: string,
  details: { fields?: string[]; importId?: string; code?: string } = {},
): Partial<AuditEventEntity> {
  return {
    actorId: actor?.id ?? null,
    action,
    targetType: kind.targetType,
    targetId,
    ip: actor?.ip ?? null,
    details: {
      ...(details.code ? { code: details.code } : {}),
      ...(details.fields ? { fields: details.fields.join(',') } : {}),
      ...(details.importId ? { importId: details.importId } : {}),
    },
  };
}

export type AdminItemsQuery = { q?: string; published?: boolean; missing?: boolean; page?: number; pageSize?: number };

/** An item as the edit form loads it: its input, publication, missing translations and version. */
export type AdminItem<I> = I & {
  id: string;
  published: boolean;
  missingTranslations: MissingTranslation[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

/**
 * The administrators' editing of one catalogue: every change versioned, in one transaction with
 * its audit event. New items start unpublished.
 */
export class AdminItemsService<E extends ItemRow, I extends ItemInput, Extra> {
  constructor(
    private readonly kind: CatalogueItemKind<E, I, Extra>,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(query: AdminItemsQuery): Promise<Page<AdminItemSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource.getRepository(this.kind.entity).createQueryBuilder('o');
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
      const empty = this.kind.textFields.map((f) => `coalesce(btrim(o.${snake(f)}->>l.lang), '') = ''`).join(' OR ');
      qb.andWhere(`EXISTS (SELECT 1 FROM unnest(ARRAY['kk', 'ru', 'en']) AS l(lang) WHERE ${empty})`);
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
        status: this.kind.stateOf(o),
        published: o.published,
        missingTranslations: missingTranslations(this.kind.textFields, o),
        demo: o.demo,
        updatedAt: o.updatedAt.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }

  async get(id: string): Promise<AdminItem<I>> {
    const entity = await this.dataSource.manager.findOneBy(this.kind.entity, { id } as never);
    if (!entity) throw new ItemNotFoundException(this.kind.targetType, id);
    return this.toAdmin(entity, await loadReferences(this.dataSource.manager));
  }

  async create(actor: Actor, body: I): Promise<AdminItem<I>> {
    return this.dataSource.transaction(async (manager) => {
      const references = await loadReferences(manager);
      const input = await this.checked(body, references);
      await this.assertCodeFree(manager, input.code, null);
      const columns = columnsOf(this.kind, input, references, null, undefined, this.clock.now());
      const { identifiers } = await manager.insert(this.kind.entity, {
        ...columns,
        published: false,
        version: 1,
      } as never);
      const id = identifiers[0]?.['id'] as string;
      await manager.insert(
        AuditEventEntity,
        catalogueAuditRow(this.kind, actor, 'catalogue.created', id, { code: input.code }),
      );
      return this.toAdmin(await manager.findOneByOrFail(this.kind.entity, { id } as never), references);
    });
  }

  async update(actor: Actor, id: string, body: I & { version: number }): Promise<AdminItem<I>> {
    const { version, ...rest } = body;
    return this.dataSource.transaction(async (manager) => {
      const previous = await this.locked(manager, id, version);
      const references = await loadReferences(manager);
      const input = await this.checked(rest as unknown as I, references);
      const fields = changedFields(this.kind.fields, this.kind.inputOf(previous, references), input);
      if (fields.length === 0) return this.toAdmin(previous, references);
      if (fields.includes('code')) await this.assertCodeFree(manager, input.code, id);
      const extra = this.kind.extras ? (await this.kind.extras(manager, [id])).get(id) : undefined;
      const columns = columnsOf(this.kind, input, references, previous, extra, this.clock.now());
      await manager.update(this.kind.entity, { id } as never, { ...columns, version: previous.version + 1 } as never);
      await manager.insert(
        AuditEventEntity,
        catalogueAuditRow(this.kind, actor, 'catalogue.updated', id, { code: input.code, fields }),
      );
      return this.toAdmin(await manager.findOneByOrFail(this.kind.entity, { id } as never), references);
    });
  }

  async setPublication(actor: Actor, id: string, change: PublicationChange): Promise<AdminItem<I>> {
    return this.dataSource.transaction(async (manager) => {
      const previous = await this.locked(manager, id, change.version);
      const references = await loadReferences(manager);
      if (previous.published === change.published) return this.toAdmin(previous, references);
      await manager.update(
        this.kind.entity,
        { id } as never,
        { published: change.published, version: previous.version + 1 } as never,
      );
      const action = change.published ? 'catalogue.published' : 'catalogue.unpublished';
      await manager.insert(AuditEventEntity, catalogueAuditRow(this.kind, actor, action, id, { code: previous.code }));
      return this.toAdmin(await manager.findOneByOrFail(this.kind.entity, { id } as never), references);
    });
  }

  /** Newest first: the form's edits, publications and the imports that changed it. */
  async history(id: string): Promise<CatalogueChange[]> {
    if (!(await this.dataSource.manager.existsBy(this.kind.entity, { id } as never))) {
      throw new ItemNotFoundException(this.kind.targetType, id);
    }
    const events = await this.dataSource.manager.find(AuditEventEntity, {
      where: { targetType: this.kind.targetType, targetId: id },
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

  private async checked(body: I, references: References): Promise<I> {
    // The body passed the DTO's rules already; the codes it names are checked here.
    const { input, errors } = await validateItemInput(
      this.kind,
      body as unknown as Record<string, unknown>,
      references,
    );
    if (!input) {
      throw new InvalidInputException(errors, `Invalid ${[...new Set(errors.map((e) => e.field))].join(', ')}.`);
    }
    return input;
  }

  private async locked(manager: EntityManager, id: string, version: number): Promise<E> {
    const entity = await manager.findOne(this.kind.entity, {
      where: { id } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!entity) throw new ItemNotFoundException(this.kind.targetType, id);
    if (entity.version !== version) throw new StaleVersionException(entity.version);
    return entity;
  }

  private async assertCodeFree(manager: EntityManager, code: string, exceptId: string | null): Promise<void> {
    const holder = await manager.findOne(this.kind.entity, { where: { code } as never, select: { id: true } as never });
    if (holder && holder.id !== exceptId) throw new CodeTakenException(this.kind.noun, code);
  }

  private toAdmin(entity: E, references: References): AdminItem<I> {
    return {
      id: entity.id,
      ...this.kind.inputOf(entity, references),
      published: entity.published,
      missingTranslations: missingTranslations(this.kind.textFields, entity),
      version: entity.version,
      createdAt: entity.createdAt.toISOString(),
      updatedAt: entity.updatedAt.toISOString(),
    };
  }
}

/** `publicPartner` → `public_partner`, as the naming strategy spells columns. */
const snake = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
