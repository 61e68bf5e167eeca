import type { EligibilityRule } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import type { HeldCertificate } from '../answers';
import { addMonths } from '../calendar';
import { CERTIFICATE_LABELS } from '../labels';
import { formatDate, ruGenitive, ruPlural } from '../text';
import type { Profile, RuleEvaluation } from './rule-evaluation';
import { prefixed, whole } from './rule-evaluation';

type Rule = Extract<EligibilityRule, { kind: 'certificate' }>;

/** The most recently issued certificate of the kind, if the applicant holds one. */
export function latestCertificate(held: readonly HeldCertificate[], rule: Rule): HeldCertificate | undefined {
  return held
    .filter((c) => c.certificate === rule.certificate)
    .reduce<HeldCertificate | undefined>(
      (latest, c) => (latest && latest.issuedOn >= c.issuedOn ? latest : c),
      undefined,
    );
}

/**
 * Whether a certificate issued on `issuedOn` is still within `months` on `today`, inclusively:
 * one issued on 10 March 2024 still counts on 10 March 2026 for a 24-month rule, not on the 11th.
 */
export function issuedWithin(issuedOn: string, months: number, today: string): boolean {
  const lastDay = addMonths(issuedOn, months);
  return lastDay !== null && today <= lastDay;
}

/** A training certificate, recent enough. Changeable: the training is open to anyone who applies. */
export function evaluateCertificate(rule: Rule, { answers, today }: Profile): RuleEvaluation {
  const label = CERTIFICATE_LABELS[rule.certificate];
  const n = rule.issuedWithinMonths;
  const requirement = (lang: Lang) => {
    switch (lang) {
      case 'kk':
        return `бағдарлама соңғы ${n} айда берілген ${label.kkAccusative} талап етеді`;
      case 'ru':
        return `программа требует ${label.ru}, выданный не ранее чем за ${n} ${ruPlural(n, 'месяц', 'месяца', 'месяцев')} до подачи заявки`;
      case 'en':
        return `the programme asks for a ${label.en} issued within the last ${n} months`;
    }
  };
  if (answers.certificates === undefined) {
    return {
      outcome: 'unknown',
      changeable: true,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk':
              return `${requirement(lang)}; оның бар-жоғын және қашан берілгенін көрсетіңіз.`;
            case 'ru':
              return `${requirement(lang)}; укажите, есть ли он у вас и когда выдан.`;
            case 'en':
              return `${requirement(lang)}; tell us whether you have one and when it was issued.`;
          }
        }),
    };
  }
  const held = latestCertificate(answers.certificates, rule);
  if (held && issuedWithin(held.issuedOn, n, today)) {
    return {
      outcome: 'met',
      changeable: true,
      explain: () =>
        prefixed('met', (lang) => {
          const on = formatDate(held.issuedOn, lang);
          switch (lang) {
            case 'kk':
              return `${requirement(lang)}, сіздікі ${on} берілген.`;
            case 'ru':
              return `${requirement(lang)}, ваш выдан ${on}.`;
            case 'en':
              return `${requirement(lang)}, and yours was issued on ${on}.`;
          }
        }),
    };
  }
  const stated = prefixed('not', (lang) => {
    if (!held) {
      switch (lang) {
        case 'kk':
          return `${requirement(lang)}, ал сізде ол жоқ.`;
        case 'ru':
          return `${requirement(lang)}, а у вас его нет.`;
        case 'en':
          return `${requirement(lang)}, and you have none.`;
      }
    }
    const on = formatDate(held.issuedOn, lang);
    switch (lang) {
      case 'kk':
        return `${requirement(lang)}, ал сіздікі ${on} берілген, яғни ${n} айдан астам уақыт бұрын.`;
      case 'ru':
        return `${requirement(lang)}, а ваш выдан ${on}, более ${n} ${ruGenitive(n, 'месяца', 'месяцев')} назад.`;
      case 'en':
        return `${requirement(lang)}, and yours was issued on ${on}, more than ${n} months ago.`;
    }
  });
  const wouldQualify = whole((lang) => {
    if (!held) {
      switch (lang) {
        case 'kk':
          return `${label.kkAccusative} алсаңыз, бұл талапқа сай боласыз (ол соңғы ${n} айда берілген болуы керек): сізде ол әзірге жоқ.`;
        case 'ru':
          return `Вы подойдёте, если получите ${label.ru} (он должен быть выдан не ранее чем за ${n} ${ruPlural(n, 'месяц', 'месяца', 'месяцев')} до подачи заявки): у вас его пока нет.`;
        case 'en':
          return `You would qualify with a ${label.en} issued within the last ${n} months: you have none yet.`;
      }
    }
    const on = formatDate(held.issuedOn, lang);
    switch (lang) {
      case 'kk':
        return `Жаңа ${label.kkAccusative} алсаңыз, бұл талапқа сай боласыз: сіздікі ${on} берілген, яғни ${n} айдан астам уақыт бұрын.`;
      case 'ru':
        return `Вы подойдёте, если получите новый ${label.ru}: ваш выдан ${on}, более ${n} ${ruGenitive(n, 'месяца', 'месяцев')} назад.`;
      case 'en':
        return `You would qualify with a new ${label.en}: yours was issued on ${on}, more than ${n} months ago.`;
    }
  });
  return {
    outcome: 'unmet',
    changeable: true,
    explain: (verdict) => (verdict === 'nearly' ? wouldQualify : stated),
  };
}
