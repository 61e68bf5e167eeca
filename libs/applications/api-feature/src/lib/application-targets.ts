import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidInputException, ItemNotFoundException } from '@kbdm/api/core-errors';
import { type ApplicationTarget, DEFAULT_DECISION_WORKING_DAYS, type FilingChannel } from '@kbdm/applications/domain';
import {
  OpportunityEntity,
  PppProjectEntity,
  ProgrammeEntity,
  ProgrammeVersionEntity,
} from '@kbdm/catalogue/api-data-access';
import type { LocalizedText } from '@kbdm/shared/domain';
import { DataSource } from 'typeorm';

/** What an application takes from its target: where it is filed, its documents, limits and term. */
export type ResolvedTarget = {
  columns: {
    targetKind: ApplicationTarget['kind'];
    programmeId: string | null;
    programmeVersionId: string | null;
    opportunityId: string | null;
    pppProjectId: string | null;
  };
  filingChannel: FilingChannel;
  decisionWorkingDays: number;
  /** Why it takes no applications now; null when it does. */
  closedBecause: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** PPP projects take applications until the contract is signed. */
const OPEN_PPP_STAGES = ['idea', 'concept', 'tender'];

/** Resolves an application's target in the catalogue and says whether it takes applications. */
@Injectable()
export class ApplicationTargets {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(target: ApplicationTarget, today: string): Promise<ResolvedTarget> {
    if (!UUID.test(target.id)) throw InvalidInputException.field('target.id', 'must be a UUID');
    const none = { programmeId: null, programmeVersionId: null, opportunityId: null, pppProjectId: null };
    switch (target.kind) {
      case 'programme': {
        const programme = await this.dataSource.manager.findOneBy(ProgrammeEntity, { id: target.id });
        if (!programme) throw new ItemNotFoundException('programme', target.id);
        const version = await this.dataSource.manager.findOneBy(ProgrammeVersionEntity, {
          programmeId: programme.id,
          status: 'in_force',
        });
        if (!version) {
          return {
            columns: { ...none, targetKind: 'programme', programmeId: programme.id },
            filingChannel: 'portal',
            decisionWorkingDays: DEFAULT_DECISION_WORKING_DAYS,
            closedBecause: 'The programme has no version in force; it takes no applications.',
          };
        }
        return {
          columns: { ...none, targetKind: 'programme', programmeId: programme.id, programmeVersionId: version.id },
          filingChannel: version.applicationChannel,
          decisionWorkingDays: version.decisionDeadlineWorkingDays,
          closedBecause: programmeClosedBecause(version, today),
        };
      }
      case 'opportunity': {
        const opportunity = await this.dataSource.manager.findOneBy(OpportunityEntity, {
          id: target.id,
          published: true,
        });
        if (!opportunity) throw new ItemNotFoundException('opportunity', target.id);
        return {
          columns: { ...none, targetKind: 'opportunity', opportunityId: opportunity.id },
          filingChannel: 'portal',
          decisionWorkingDays: DEFAULT_DECISION_WORKING_DAYS,
          closedBecause: opportunity.status === 'open' ? null : 'The opportunity is no longer open for applications.',
        };
      }
      case 'ppp_project': {
        const project = await this.dataSource.manager.findOneBy(PppProjectEntity, { id: target.id, published: true });
        if (!project) throw new ItemNotFoundException('ppp_project', target.id);
        let closedBecause: string | null = null;
        if (!OPEN_PPP_STAGES.includes(project.stage)) closedBecause = 'The PPP project is past its tender.';
        else if (project.tenderDeadline !== null && project.tenderDeadline < today)
          closedBecause = `The PPP project’s tender closed on ${project.tenderDeadline}.`;
        return {
          columns: { ...none, targetKind: 'ppp_project', pppProjectId: project.id },
          filingChannel: 'portal',
          decisionWorkingDays: DEFAULT_DECISION_WORKING_DAYS,
          closedBecause,
        };
      }
    }
  }
}

export function programmeClosedBecause(version: ProgrammeVersionEntity, today: string): string | null {
  if (version.status !== 'in_force' || !version.acceptsApplications)
    return 'The programme takes no applications under its current terms.';
  const window = version.applicationWindow;
  if (window && window.opensOn > today) return `Applications open on ${window.opensOn}.`;
  if (window?.closesOn && window.closesOn < today) return `Applications closed on ${window.closesOn}.`;
  return null;
}

/** The documents an application must carry: the programme version's list; none for other targets. */
export function requiredDocumentsOf(version: ProgrammeVersionEntity | null | undefined): LocalizedText[] {
  return version?.requiredDocuments ?? [];
}
