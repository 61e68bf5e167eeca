import { Injectable } from '@nestjs/common';
import { UserAccountEntity, UserAccountsRepository } from '@kbdm/accounts/api-data-access';
import {
  type AuthenticatedUser,
  type OwnershipPolicy,
  UnauthenticatedException,
  assertAccess,
} from '@kbdm/api/core-auth';
import { Clock, validateEnvironment } from '@kbdm/api/core-config';
import { InvalidInputException, ItemNotFoundException } from '@kbdm/api/core-errors';
import { ReferenceRepository, SectorEntity } from '@kbdm/catalogue/api-data-access';
import { refOf, titleOf } from '@kbdm/catalogue/api-feature';
import { Notifier } from '@kbdm/notifications/api-feature';
import {
  type InvestorRequestEntity,
  InvestorRequestsRepository,
  type InvestorRequestFilter,
  amountColumns,
  amountsOf,
  maximumsOf,
} from '@kbdm/sez/api-data-access';
import {
  DEFAULT_HOLD_DAYS,
  INTEREST_ACTIONS,
  type InterestAction,
  type InterestStatus,
  type InvestorRequest,
  type InvestorRequestAction,
  type InvestorRequestEvent,
  type InvestorRequestMessage,
  type InvestorRequestStatus,
  type InvestorRequestSummary,
  type InvestorRequestTransition,
  RESERVATION_ACTIONS,
  type ReservationAction,
  type ReservationActor,
  type ReservationStatus,
  UTILITIES,
  availableInterestMoves,
  availableReservationMoves,
  capacityShortfalls,
  planInterestMove,
  planReservationMove,
  remainingCapacity,
  slotStatusOf,
} from '@kbdm/sez/domain';
import type { Lang, Page } from '@kbdm/shared/domain';
import type { EntityManager } from 'typeorm';
import type { CreateInvestorRequestDto } from './investor-requests.dto';
import {
  CapacityExceededException,
  RequestClosedException,
  RequestMoveRefusedException,
  RequestTargetClosedException,
  RequestVersionConflictException,
} from './investor-requests.exceptions';

/** Officers and administrators see and act on every request; an investor only on their own. */
export const INVESTOR_REQUEST_POLICY: OwnershipPolicy = { kind: 'investor_request', staffRoles: ['officer', 'admin'] };
const DAY_MS = 86_400_000;
/** Ended without a deal: the thread is closed. */
const THREAD_CLOSED: readonly InvestorRequestStatus[] = ['released', 'expired', 'withdrawn', 'declined'];

/** `INV-2026-000012`: the year the request was made and its running number. */
export function requestReference(request: Pick<InvestorRequestEntity, 'number' | 'createdAt'>): string {
  return `INV-${request.createdAt.getUTCFullYear()}-${String(request.number).padStart(6, '0')}`;
}

const personOf = (account: UserAccountEntity | null | undefined) =>
  account ? { id: account.id, fullName: account.fullName, role: account.role } : null;

/**
 * Investors' reservations and expressions of interest. Every change is one transaction: the row
 * locks, the ledger check, the versioned update, the event, the slot's status and the
 * notification with its e-mail — all of it or none of it. Locks are taken request first, then
 * slot, in every path, so two transactions never wait on each other in a circle.
 */
@Injectable()
export class InvestorRequestsService {
  constructor(
    private readonly requests: InvestorRequestsRepository,
    private readonly accounts: UserAccountsRepository,
    private readonly reference: ReferenceRepository,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /** `RESERVATION_HOLD_DAYS`, else 30. */
  holdDays(): number {
    return validateEnvironment(process.env).RESERVATION_HOLD_DAYS ?? DEFAULT_HOLD_DAYS;
  }

  private actorOf(user: AuthenticatedUser, request: Pick<InvestorRequestEntity, 'investorId'>): ReservationActor {
    return request.investorId === user.id ? 'investor' : 'staff';
  }

  private async accessible(
    user: AuthenticatedUser,
    id: string,
    manager?: EntityManager,
  ): Promise<InvestorRequestEntity> {
    const found = await this.requests.findForView(id, manager);
    return assertAccess(
      user,
      found && Object.assign(found, { ownerId: found.investorId ?? '' }),
      INVESTOR_REQUEST_POLICY,
      id,
    );
  }

  async create(user: AuthenticatedUser, body: CreateInvestorRequestDto, lang: Lang): Promise<InvestorRequest> {
    const investor = await this.accounts.findById(user.id);
    if (!investor || investor.deactivatedAt) {
      throw new UnauthenticatedException('The account no longer exists or is deactivated.');
    }
    if (body.kind === 'reservation' && body.target.kind !== 'sez_slot') {
      throw new InvalidInputException(
        [{ field: 'target.kind', message: 'a reservation is of an SEZ slot' }],
        'A reservation is of an SEZ slot.',
      );
    }
    const amounts = Object.fromEntries(UTILITIES.map((u) => [u, body.utilities[u] ?? 0]));
    if (body.kind === 'reservation' && UTILITIES.every((u) => amounts[u] === 0)) {
      throw new InvalidInputException(
        [{ field: 'utilities', message: 'a reservation holds some capacity: give at least one utility' }],
        'A reservation holds some capacity: give at least one utility.',
      );
    }
    if ((await this.reference.unknownSectorCodes([body.sectorCode])).length) {
      throw new InvalidInputException(
        [{ field: 'sectorCode', message: 'is not a known sector' }],
        'Unknown sectorCode.',
      );
    }
    await this.assertTargetOpen(body.target);
    const now = this.clock.now();
    const values: Partial<InvestorRequestEntity> = {
      kind: body.kind,
      investorId: user.id,
      slotId: body.target.kind === 'sez_slot' ? body.target.id : null,
      pppProjectId: body.target.kind === 'ppp_project' ? body.target.id : null,
      company: body.company,
      bin: body.bin,
      product: body.product,
      sectorCode: body.sectorCode,
      plannedInvestmentKzt: body.plannedInvestmentKzt,
      plannedJobs: body.plannedJobs,
      message: body.message ?? '',
      ...amountColumns(amounts),
    };
    const id = await this.requests.transaction(async (manager) => {
      if (body.kind === 'interest') {
        const newId = await this.requests.insert(manager, { ...values, status: 'submitted', expiresAt: null });
        await this.requests.addEvent(manager, {
          requestId: newId,
          actorId: user.id,
          action: 'created',
          fromStatus: null,
          toStatus: 'submitted',
        });
        return newId;
      }
      // The slot's row lock serialises every change of its ledger: of many requests for the last
      // capacity, each sees what the one before it took, so exactly as many as fit succeed.
      const slot = await this.requests.lockSlot(manager, body.target.id);
      if (!slot) throw new ItemNotFoundException('sez_slot', body.target.id);
      const ledger = (await this.requests.ledgerOf([slot.id], manager)).get(slot.id)!;
      const shortfalls = capacityShortfalls(amounts, remainingCapacity(maximumsOf(slot), ledger.taken));
      if (shortfalls.length) throw new CapacityExceededException(shortfalls);
      const newId = await this.requests.insert(manager, {
        ...values,
        status: 'requested',
        expiresAt: new Date(now.getTime() + this.holdDays() * DAY_MS),
      });
      await this.requests.addEvent(manager, {
        requestId: newId,
        actorId: user.id,
        action: 'created',
        fromStatus: null,
        toStatus: 'requested',
      });
      await this.requests.setSlotStatus(manager, slot.id, slotStatusOf([...ledger.statuses, 'requested']));
      return newId;
    });
    return this.view(user, id, lang);
  }

  private async assertTargetOpen(target: { kind: 'sez_slot' | 'ppp_project'; id: string }): Promise<void> {
    if (target.kind === 'sez_slot') {
      if (!(await this.requests.findSlotsByIds([target.id])).length)
        throw new ItemNotFoundException('sez_slot', target.id);
      return;
    }
    const project = await this.requests.findPppProject(target.id);
    if (!project) throw new ItemNotFoundException('ppp_project', target.id);
    if (project.stage === 'contract' || project.stage === 'operation') {
      throw new RequestTargetClosedException('The PPP project has its private partner; it takes no new interest.');
    }
  }

  async view(user: AuthenticatedUser, id: string, lang: Lang, manager?: EntityManager): Promise<InvestorRequest> {
    const request = await this.accessible(user, id, manager);
    const [events, participant, sectors] = await Promise.all([
      this.requests.eventsOf(id, manager),
      request.kind === 'reservation' ? this.requests.participantOf(id, manager) : Promise.resolve(null),
      request.sectorCode ? this.reference.sectorsByCode([request.sectorCode]) : Promise.resolve([]),
    ]);
    const actor = this.actorOf(user, request);
    const actions: InvestorRequestAction[] =
      request.kind === 'reservation'
        ? availableReservationMoves(request.status as ReservationStatus, actor).filter(
            (action) => action !== 'record_production' || (participant !== null && !participant.operating),
          )
        : availableInterestMoves(request.status as InterestStatus, actor);
    return {
      ...this.summaryOf(request, lang),
      version: request.version,
      bin: request.bin,
      product: request.product,
      sector: sectors[0] ? refOf(sectors[0], lang) : null,
      plannedInvestmentKzt: request.plannedInvestmentKzt,
      plannedJobs: request.plannedJobs,
      utilities: amountsOf(request),
      message: request.message,
      participant: participant ? { id: participant.id, operating: participant.operating } : null,
      events: events.map((e): InvestorRequestEvent => ({
        id: e.id,
        at: e.createdAt.toISOString(),
        actor: personOf(e.actor),
        action: e.action,
        from: e.fromStatus,
        to: e.toStatus,
        reason: e.reason,
      })),
      actions,
    };
  }

  private summaryOf(request: InvestorRequestEntity, lang: Lang): InvestorRequestSummary {
    const slot = request.slot;
    const project = request.pppProject;
    return {
      id: request.id,
      reference: requestReference(request),
      kind: request.kind,
      status: request.status,
      target: slot
        ? {
            kind: 'sez_slot',
            id: slot.id,
            code: slot.code,
            title: titleOf(slot.name, lang),
            sez: slot.sez ? refOf(slot.sez, lang) : null,
          }
        : { kind: 'ppp_project', id: project!.id, code: project!.code, title: titleOf(project!.name, lang), sez: null },
      company: request.company,
      investor: personOf(request.investor),
      expiresAt: request.expiresAt?.toISOString() ?? null,
      createdAt: request.createdAt.toISOString(),
      updatedAt: request.updatedAt.toISOString(),
    };
  }

  async page(
    filter: InvestorRequestFilter,
    paging: { page: number; pageSize: number },
    lang: Lang,
  ): Promise<Page<InvestorRequestSummary>> {
    const [rows, total] = await this.requests.page(filter, paging);
    return { items: rows.map((r) => this.summaryOf(r, lang)), total, ...paging };
  }

  /**
   * One move, by the table of the request's kind, at the version the caller saw. Who may act is
   * answered first; then a stale version; then whether the move fits the status.
   */
  async transition(
    user: AuthenticatedUser,
    id: string,
    move: InvestorRequestTransition,
    lang: Lang,
  ): Promise<InvestorRequest> {
    const seen = await this.accessible(user, id);
    const actor = this.actorOf(user, seen);
    const reason = move.reason?.trim() || null;
    const kindActions: readonly string[] = seen.kind === 'reservation' ? RESERVATION_ACTIONS : INTEREST_ACTIONS;
    if (!kindActions.includes(move.action) || move.action === 'expire') {
      throw new InvalidInputException(
        [
          {
            field: 'action',
            message: `is not a move of ${seen.kind === 'reservation' ? 'a reservation' : 'an expression of interest'}`,
          },
        ],
        `${move.action} is not a move of this request.`,
      );
    }
    const plan = (status: InvestorRequestStatus) =>
      seen.kind === 'reservation'
        ? planReservationMove(move.action as ReservationAction, status as ReservationStatus, actor, reason)
        : planInterestMove(move.action as InterestAction, status as InterestStatus, actor, reason);
    const first = plan(seen.status);
    if (!first.ok && first.code === 'not_allowed_for_actor') throw new RequestMoveRefusedException(first);
    if (seen.version !== move.version) throw new RequestVersionConflictException(seen.version);
    if (!first.ok) throw new RequestMoveRefusedException(first);

    await this.requests.transaction(async (manager) => {
      // Locked and read again: the expiry job or another officer may have moved it meanwhile.
      const request = await this.requests.lockRequest(manager, id);
      if (!request || request.version !== move.version)
        throw new RequestVersionConflictException(request?.version ?? null);
      const planned = plan(request.status);
      if (!planned.ok) throw new RequestMoveRefusedException(planned);
      const slot =
        request.kind === 'reservation' && request.slotId ? await this.requests.lockSlot(manager, request.slotId) : null;
      const now = this.clock.now();
      let expiresAt: Date | null = null;
      if (move.action === 'hold') expiresAt = new Date(now.getTime() + (move.days ?? this.holdDays()) * DAY_MS);
      if (move.action === 'extend') {
        const from = Math.max(now.getTime(), request.expiresAt?.getTime() ?? now.getTime());
        expiresAt = new Date(from + (move.days ?? this.holdDays()) * DAY_MS);
      }
      if (move.action === 'contract') await this.registerParticipant(manager, request, seen);
      if (move.action === 'record_production') {
        const participant = await this.requests.participantOf(request.id, manager);
        if (!participant || !(await this.requests.markOperating(manager, participant.id))) {
          throw new RequestMoveRefusedException({
            code: 'not_allowed_from_status',
            message: 'The participant’s production start is already recorded.',
          });
        }
      }
      if (!(await this.requests.updateVersioned(manager, id, move.version, { status: planned.to, expiresAt }))) {
        throw new RequestVersionConflictException(null);
      }
      await this.requests.addEvent(manager, {
        requestId: id,
        actorId: user.id,
        action: move.action,
        fromStatus: request.status,
        toStatus: planned.to,
        reason,
      });
      if (slot) await this.refreshSlotStatus(manager, slot.id);
      await this.tell(manager, user, seen, 'investor_request.status_changed', planned.to);
    });
    return this.view(user, id, lang);
  }

  /** The slot's status as its ledger now makes it; inside the transaction holding the slot's lock. */
  async refreshSlotStatus(manager: EntityManager, slotId: string): Promise<void> {
    const ledger = (await this.requests.ledgerOf([slotId], manager)).get(slotId)!;
    await this.requests.setSlotStatus(manager, slotId, slotStatusOf(ledger.statuses));
  }

  /** A contract makes the investor's company a registered participant of the zone (not yet operating). */
  private async registerParticipant(
    manager: EntityManager,
    request: InvestorRequestEntity,
    seen: InvestorRequestEntity,
  ): Promise<void> {
    const sector = request.sectorCode ? await manager.findOneBy(SectorEntity, { code: request.sectorCode }) : null;
    if (!sector || !seen.slot) return;
    await this.requests.addParticipant(manager, {
      sezId: seen.slot.sezId,
      code: requestReference(request).toLowerCase(),
      name: { kk: request.company, ru: request.company, en: request.company },
      product: { kk: request.product, ru: request.product, en: request.product },
      sectorId: sector.id,
      operating: false,
      demo: false,
      source: null,
      reservationId: request.id,
    });
  }

  /**
   * The news of a change to the other side: to the investor when staff acted, or the expiry job;
   * to the last officer who handled it when the investor did.
   */
  async tell(
    manager: EntityManager,
    user: AuthenticatedUser | null,
    request: InvestorRequestEntity,
    kind: 'investor_request.status_changed' | 'investor_request.message',
    status?: InvestorRequestStatus,
  ): Promise<void> {
    const params = {
      reference: requestReference(request),
      requestId: request.id,
      ...(status ? { status } : {}),
      subject: request.company,
    };
    const byInvestor = user !== null && user.id === request.investorId;
    const recipient = byInvestor
      ? await this.requests.lastStaffActorOf(request.id, request.investorId, manager)
      : request.investorId
        ? await manager.findOneBy(UserAccountEntity, { id: request.investorId })
        : null;
    if (recipient && recipient.id !== user?.id) {
      await this.notifier.notify(manager, { id: recipient.id, email: recipient.email }, kind, params);
    }
  }

  async messages(user: AuthenticatedUser, id: string): Promise<InvestorRequestMessage[]> {
    await this.accessible(user, id);
    return (await this.requests.messagesOf(id)).map(toMessage);
  }

  async postMessage(user: AuthenticatedUser, id: string, body: string): Promise<InvestorRequestMessage> {
    const request = await this.accessible(user, id);
    if (THREAD_CLOSED.includes(request.status)) throw new RequestClosedException();
    const messageId = await this.requests.transaction(async (manager) => {
      const newId = await this.requests.addMessage(manager, { requestId: id, authorId: user.id, body });
      await this.tell(manager, user, request, 'investor_request.message');
      return newId;
    });
    return toMessage((await this.requests.findMessage(messageId))!);
  }
}

function toMessage(message: {
  id: string;
  createdAt: Date;
  body: string;
  author?: UserAccountEntity;
}): InvestorRequestMessage {
  return { id: message.id, at: message.createdAt.toISOString(), author: personOf(message.author)!, body: message.body };
}
