import type { EligibilityRule } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import { fill, formatMoney, formatNumber } from '@kbdm/shared/web-core';
import { label } from '../list/catalogue-lists';
import type { CatalogueStrings } from '../list/list-config';

function range(t: CatalogueStrings, min: string | undefined, max: string | undefined): string {
  return [min && fill(t.rules.from, { value: min }), max && fill(t.rules.to, { value: max })].filter(Boolean).join(' ');
}

/** One eligibility rule as a sentence a reader understands, in the interface language. */
export function eligibilitySentence(
  rule: EligibilityRule,
  t: CatalogueStrings,
  lang: Lang,
  districtName: (code: string) => string,
): string {
  const num = (value: number | undefined) => (value === undefined ? undefined : formatNumber(value, lang));
  const money = (value: number | undefined) => (value === undefined ? undefined : formatMoney(value, 'KZT', lang));
  switch (rule.kind) {
    case 'applicantKind':
      return fill(t.rules.applicantKind, { list: rule.allowed.map((k) => label(t.applicantKind, k)).join(', ') });
    case 'applicantAge':
      return fill(t.rules.applicantAge, { range: range(t, num(rule.min), num(rule.max)) });
    case 'applicantStatus':
      return fill(t.rules.applicantStatus, { list: rule.anyOf.map((s) => label(t.applicantStatus, s)).join(', ') });
    case 'businessAge':
      return fill(t.rules.businessAge, { range: range(t, num(rule.minMonths), num(rule.maxMonths)) });
    case 'businessSize':
      return fill(t.rules.businessSize, { list: rule.allowed.map((s) => label(t.businessSize, s)).join(', ') });
    case 'sectors':
      return [
        rule.allowed && fill(t.rules.sectorsAllowed, { list: rule.allowed.join(', ') }),
        rule.excluded && fill(t.rules.sectorsExcluded, { list: rule.excluded.join(', ') }),
      ]
        .filter(Boolean)
        .join(' ');
    case 'districts':
      return fill(t.rules.districts, { list: rule.allowed.map(districtName).join(', ') });
    case 'projectCost':
      return fill(t.rules.projectCost, { range: range(t, money(rule.minKzt), money(rule.maxKzt)) });
    case 'ownContribution':
      return fill(t.rules.ownContribution, { share: `${formatNumber(rule.minShare * 100, lang)} %` });
    case 'certificate':
      return fill(t.rules.certificate, {
        certificate: label(t.certificate, rule.certificate),
        months: formatNumber(rule.issuedWithinMonths, lang),
      });
  }
}
