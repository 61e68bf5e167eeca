import { Get, Injectable, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Clock } from '@kbdm/api/core-config';
import { RequestLang, StatsQueryDto, StatsRoutes, assertPeriod } from '@kbdm/api/core-http';
import { ApplicationStatsRepository, type StatsFilter } from '@kbdm/applications/api-data-access';
import {
  APPLICATION_TARGET_KINDS,
  type ApplicationDecisionTimes,
  type ApplicationFunnel,
  type ApplicationTargetKind,
  type DecisionTimeCounts,
  type FunnelCounts,
} from '@kbdm/applications/domain';
import { CatalogueCodesService, titleOf } from '@kbdm/catalogue/api-feature';
import { type Lang, type LocalizedText, regionDate } from '@kbdm/shared/domain';

const KIND_TITLES: Record<Exclude<ApplicationTargetKind, 'programme'>, LocalizedText> = {
  opportunity: {
    kk: 'Импортты алмастыру мүмкіндіктері',
    ru: 'Возможности импортозамещения',
    en: 'Import-substitution opportunities',
  },
  ppp_project: { kk: 'МЖӘ жобалары', ru: 'Проекты ГЧП', en: 'PPP projects' },
};

class FunnelRowDto implements FunnelCounts {
  @ApiProperty({ example: 'service-support' }) key!: string;
  @ApiProperty({ enum: APPLICATION_TARGET_KINDS }) kind!: ApplicationTargetKind;
  @ApiProperty() title!: string;
  @ApiProperty() submitted!: number;
  @ApiProperty({ description: 'Submitted, in review, information requested or resubmitted' }) open!: number;
  @ApiProperty() approved!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty() withdrawn!: number;
}

class FunnelTotalDto implements FunnelCounts {
  @ApiProperty() submitted!: number;
  @ApiProperty() open!: number;
  @ApiProperty() approved!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty() withdrawn!: number;
}

export class ApplicationFunnelResponse implements ApplicationFunnel {
  @ApiProperty({ type: [FunnelRowDto] }) rows!: ApplicationFunnel['rows'];
  @ApiProperty({ type: FunnelTotalDto }) total!: FunnelCounts;
}

class DecisionTimeTotalDto implements DecisionTimeCounts {
  @ApiProperty() decided!: number;
  @ApiProperty() onTime!: number;
  @ApiProperty() late!: number;
  @ApiProperty() openOverdue!: number;
  @ApiProperty() openInTime!: number;
  @ApiProperty({ type: Number, nullable: true }) overdueShare!: number | null;
  @ApiProperty({ type: Number, nullable: true }) medianDays!: number | null;
}

class DecisionTimeRowDto extends DecisionTimeTotalDto {
  @ApiProperty() key!: string;
  @ApiProperty({ enum: APPLICATION_TARGET_KINDS }) kind!: ApplicationTargetKind;
  @ApiProperty() title!: string;
}

export class ApplicationDecisionTimesResponse implements ApplicationDecisionTimes {
  @ApiProperty({ type: [DecisionTimeRowDto] }) rows!: ApplicationDecisionTimes['rows'];
  @ApiProperty({ type: DecisionTimeTotalDto }) total!: DecisionTimeCounts;
}

const FUNNEL_KEYS = ['submitted', 'open', 'approved', 'rejected', 'withdrawn'] as const;

function decisionCounts(
  row: Omit<DecisionTimeCounts, 'overdueShare' | 'medianDays'> & { medianDays: number | string | null },
): DecisionTimeCounts {
  const counted = row.decided + row.openOverdue + row.openInTime;
  return {
    decided: row.decided,
    onTime: row.onTime,
    late: row.late,
    openOverdue: row.openOverdue,
    openInTime: row.openInTime,
    overdueShare: counted ? Math.round(((row.late + row.openOverdue) / counted) * 1000) / 1000 : null,
    medianDays: row.medianDays === null ? null : Math.round(Number(row.medianDays) * 10) / 10,
  };
}

/** The applications' dashboard figures: the funnel and the decision times against the deadlines. */
@Injectable()
export class ApplicationStatsService {
  constructor(
    private readonly stats: ApplicationStatsRepository,
    private readonly codes: CatalogueCodesService,
    private readonly clock: Clock,
  ) {}

  private async filterOf(query: StatsQueryDto): Promise<StatsFilter> {
    assertPeriod(query);
    await this.codes.assertKnown({ district: query.district });
    return { from: query.from, to: query.to, districtCodes: query.district, today: regionDate(this.clock.now()) };
  }

  private title(row: { kind: ApplicationTargetKind; name: LocalizedText | null; key: string }, lang: Lang): string {
    if (row.name) return titleOf(row.name, lang);
    return row.kind === 'programme' ? row.key : titleOf(KIND_TITLES[row.kind], lang);
  }

  async funnel(query: StatsQueryDto, lang: Lang): Promise<ApplicationFunnel> {
    const rows = await this.stats.funnel(await this.filterOf(query));
    const total = Object.fromEntries(
      FUNNEL_KEYS.map((k) => [k, rows.reduce((sum, row) => sum + row[k], 0)]),
    ) as FunnelCounts;
    return {
      rows: rows.map((row) => ({
        key: row.key,
        kind: row.kind,
        title: this.title(row, lang),
        ...Object.fromEntries(FUNNEL_KEYS.map((k) => [k, row[k]])),
      })) as ApplicationFunnel['rows'],
      total,
    };
  }

  async decisionTimes(query: StatsQueryDto, lang: Lang): Promise<ApplicationDecisionTimes> {
    const filter = await this.filterOf(query);
    const [rows, [total]] = await Promise.all([
      this.stats.decisionTimes(filter, false),
      this.stats.decisionTimes(filter, true),
    ]);
    return {
      rows: rows.map((row) => ({ key: row.key, kind: row.kind, title: this.title(row, lang), ...decisionCounts(row) })),
      total: decisionCounts(total),
    };
  }
}

@StatsRoutes('stats/applications')
export class ApplicationStatsController {
  constructor(private readonly stats: ApplicationStatsService) {}

  @Get('funnel')
  @ApiOperation({ summary: 'Applications submitted in the period, per programme: open, approved, rejected, withdrawn' })
  @ApiOkResponse({ type: ApplicationFunnelResponse })
  funnel(@Query() query: StatsQueryDto, @RequestLang() lang: Lang): Promise<ApplicationFunnel> {
    return this.stats.funnel(query, lang);
  }

  @Get('decision-times')
  @ApiOperation({ summary: 'Decisions on time or late against their deadlines, open ones overdue, the median days' })
  @ApiOkResponse({ type: ApplicationDecisionTimesResponse })
  decisionTimes(@Query() query: StatsQueryDto, @RequestLang() lang: Lang): Promise<ApplicationDecisionTimes> {
    return this.stats.decisionTimes(query, lang);
  }
}
