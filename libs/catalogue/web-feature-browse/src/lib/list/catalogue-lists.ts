import {
  OPPORTUNITY_STATUSES,
  PPP_FORMS,
  PPP_NEEDS,
  PPP_STAGES,
  PROGRAMME_INSTRUMENTS,
  PROGRAMME_STATUSES,
} from '@kbdm/catalogue/domain';
import type { Opportunity, PppProject, Programme } from '@kbdm/catalogue/domain';
import { OpportunityClient, PppProjectClient, ProgrammeClient } from '@kbdm/catalogue/web-data-access';
import { formatDate, formatMoney, formatNumber } from '@kbdm/shared/web-core';
import { type CatalogueStrings, defineList } from './list-config';

// Labels of a union by key: the dictionaries hold one label per key, never the key itself.
const label = <K extends string>(labels: Record<K, string>, key: string): string =>
  (labels as Record<string, string>)[key] ?? key;

export const OPPORTUNITY_LIST = defineList({
  path: 'opportunities',
  mapLayer: 'opportunities',
  title: (t) => t.titles.opportunities,
  loader: { client: OpportunityClient, load: (client, filter, lang) => client.list(filter, lang) },
  filters: [
    { kind: 'sector', key: 'sector' },
    { kind: 'district', key: 'district' },
    {
      kind: 'chips',
      key: 'status',
      label: (t) => t.list.status,
      options: OPPORTUNITY_STATUSES,
      optionLabel: (t, o) => label(t.opportunityStatus, o),
    },
    { kind: 'range', min: 'minImportValue', max: 'maxImportValue', label: (t) => t.list.importValueUsd },
    { kind: 'range', min: 'minInvestment', max: 'maxInvestment', label: (t) => t.list.investmentKzt },
    { kind: 'number', key: 'minScore', label: (t) => t.list.minScore },
  ],
  sorts: [
    { value: '-score', label: (t) => t.sorts.scoreDesc },
    { value: 'score', label: (t) => t.sorts.scoreAsc },
    { value: 'name', label: (t) => t.sorts.nameAsc },
    { value: '-name', label: (t) => t.sorts.nameDesc },
    { value: '-importValue', label: (t) => t.sorts.importValueDesc },
    { value: 'importValue', label: (t) => t.sorts.importValueAsc },
    { value: '-jobs', label: (t) => t.sorts.jobsDesc },
    { value: 'jobs', label: (t) => t.sorts.jobsAsc },
  ],
  status: (item: Opportunity, t) => label(t.opportunityStatus, item.status),
  subtitle: (item: Opportunity) => item.sector.title,
  figures: (item: Opportunity, t, lang) => [
    {
      label: t.opportunity.potentialScore,
      value: `${formatNumber(item.potentialScore.total, lang, 1)} ${t.opportunity.scoreOutOf}`,
    },
    { label: t.opportunity.importValue, value: formatMoney(item.importValueUsd, 'USD', lang, true) },
    {
      label: t.opportunity.investment,
      value: `${formatMoney(item.investmentKzt.min, 'KZT', lang, true)} – ${formatMoney(item.investmentKzt.max, 'KZT', lang, true)}`,
    },
    { label: t.opportunity.jobs, value: formatNumber(item.jobs, lang) },
  ],
});

export const PPP_PROJECT_LIST = defineList({
  path: 'ppp-projects',
  mapLayer: 'ppp',
  title: (t) => t.titles.pppProjects,
  loader: { client: PppProjectClient, load: (client, filter, lang) => client.list(filter, lang) },
  filters: [
    { kind: 'sector', key: 'sector' },
    { kind: 'district', key: 'district' },
    {
      kind: 'chips',
      key: 'stage',
      label: (t) => t.list.stage,
      options: PPP_STAGES,
      optionLabel: (t, o) => label(t.pppStage, o),
    },
    {
      kind: 'chips',
      key: 'form',
      label: (t) => t.list.form,
      options: PPP_FORMS,
      optionLabel: (t, o) => label(t.pppForm, o),
    },
    {
      kind: 'chips',
      key: 'need',
      label: (t) => t.list.need,
      options: PPP_NEEDS,
      optionLabel: (t, o) => label(t.pppNeed, o),
    },
    { kind: 'range', min: 'minCapex', max: 'maxCapex', label: (t) => t.list.capexKzt },
  ],
  sorts: [
    { value: 'name', label: (t) => t.sorts.nameAsc },
    { value: '-name', label: (t) => t.sorts.nameDesc },
    { value: '-capex', label: (t) => t.sorts.capexDesc },
    { value: 'capex', label: (t) => t.sorts.capexAsc },
    { value: 'tenderDeadline', label: (t) => t.sorts.tenderDeadlineAsc },
    { value: '-tenderDeadline', label: (t) => t.sorts.tenderDeadlineDesc },
    { value: 'stage', label: (t) => t.sorts.stageAsc },
    { value: '-stage', label: (t) => t.sorts.stageDesc },
  ],
  status: (item: PppProject, t) => label(t.pppStage, item.stage),
  subtitle: (item: PppProject, t) => `${label(t.pppForm, item.form)} · ${item.sector.title}`,
  figures: (item: PppProject, t, lang) => [
    { label: t.ppp.capex, value: formatMoney(item.capexKzt, 'KZT', lang, true) },
    { label: t.ppp.term, value: `${formatNumber(item.termYears, lang)} ${t.ppp.years}` },
    { label: t.ppp.need, value: label(t.pppNeed, item.need) },
    {
      label: t.ppp.tenderDeadline,
      value: item.tenderDeadline ? formatDate(item.tenderDeadline, lang) : t.ppp.noTender,
    },
  ],
});

function amountRange(programme: Programme, t: CatalogueStrings, lang: Parameters<typeof formatNumber>[1]): string {
  const { minAmountKzt: min, maxAmountKzt: max } = programme.currentVersion;
  if (min !== null && max !== null)
    return `${formatMoney(min, 'KZT', lang, true)} – ${formatMoney(max, 'KZT', lang, true)}`;
  if (max !== null) return `${t.list.to} ${formatMoney(max, 'KZT', lang, true)}`;
  if (min !== null) return `${t.list.from} ${formatMoney(min, 'KZT', lang, true)}`;
  return t.detail.none;
}

export const PROGRAMME_LIST = defineList({
  path: 'programmes',
  title: (t) => t.titles.programmes,
  loader: { client: ProgrammeClient, load: (client, filter, lang) => client.list(filter, lang) },
  filters: [
    {
      kind: 'chips',
      key: 'status',
      label: (t) => t.list.status,
      options: PROGRAMME_STATUSES,
      optionLabel: (t, o) => label(t.programmeStatus, o),
    },
    {
      kind: 'chips',
      key: 'instrument',
      label: (t) => t.list.instrument,
      options: PROGRAMME_INSTRUMENTS,
      optionLabel: (t, o) => label(t.instrument, o),
    },
    { kind: 'sector', key: 'sector' },
    { kind: 'range', min: 'minAmount', max: 'maxAmount', label: (t) => t.list.amountKzt },
  ],
  sorts: [
    { value: 'name', label: (t) => t.sorts.nameAsc },
    { value: '-name', label: (t) => t.sorts.nameDesc },
    { value: '-maxAmount', label: (t) => t.sorts.maxAmountDesc },
    { value: 'maxAmount', label: (t) => t.sorts.maxAmountAsc },
    { value: '-effectiveFrom', label: (t) => t.sorts.effectiveFromDesc },
    { value: 'effectiveFrom', label: (t) => t.sorts.effectiveFromAsc },
  ],
  status: (item: Programme, t) => label(t.programmeStatus, item.status),
  subtitle: (item: Programme, t) => label(t.instrument, item.instrument),
  figures: (item: Programme, t, lang) => [
    { label: t.programme.amount, value: amountRange(item, t, lang) },
    {
      label: t.programme.rate,
      value: item.currentVersion.rate
        ? `${label(t.rateKind, item.currentVersion.rate.kind)}: ${formatNumber(item.currentVersion.rate.percent, lang)} %`
        : t.detail.none,
    },
    {
      label: t.programme.term,
      value: item.currentVersion.termMonths
        ? `${formatNumber(item.currentVersion.termMonths, lang)} ${t.programme.months}`
        : t.detail.none,
    },
    { label: t.programme.currentVersion, value: item.currentVersion.legalAct.number },
  ],
});

export { label };
