import type { EligibilityRule } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import { formatKzt, formatPercent } from '../text';
import type { Profile, RuleEvaluation } from './rule-evaluation';
import { prefixed, whole } from './rule-evaluation';

type Rule<K extends EligibilityRule['kind']> = Extract<EligibilityRule, { kind: K }>;

/** "from 20,000,000 ₸ to 1,500,000,000 ₸", "at least …", "at most …". */
function kztRange({ minKzt: min, maxKzt: max }: Rule<'projectCost'>, lang: Lang): string {
  const kzt = (value: number) => formatKzt(value, lang);
  if (min !== undefined && max !== undefined) {
    switch (lang) {
      case 'kk':
        // Every amount ends in ₸ (теңге, a vowel), so the conjunction is always "мен".
        return `${kzt(min)} мен ${kzt(max)} аралығында`;
      case 'ru':
        return `от ${kzt(min)} до ${kzt(max)}`;
      case 'en':
        return `from ${kzt(min)} to ${kzt(max)}`;
    }
  }
  if (max !== undefined) {
    switch (lang) {
      case 'kk':
        return `ең көбі ${kzt(max)}`;
      case 'ru':
        return `не более ${kzt(max)}`;
      case 'en':
        return `at most ${kzt(max)}`;
    }
  }
  const low = min ?? 0;
  switch (lang) {
    case 'kk':
      return `кемінде ${kzt(low)}`;
    case 'ru':
      return `не менее ${kzt(low)}`;
    case 'en':
      return `at least ${kzt(low)}`;
  }
}

/** The project's full cost, bounds inclusive. Changeable: a project can be scaled up or down. */
export function evaluateProjectCost(rule: Rule<'projectCost'>, { answers }: Profile): RuleEvaluation {
  const range = (lang: Lang) => kztRange(rule, lang);
  const requirement = (lang: Lang) => {
    switch (lang) {
      case 'kk':
        return `бағдарлама құны ${range(lang)} болатын жобаларды қолдайды`;
      case 'ru':
        return `программа поддерживает проекты стоимостью ${range(lang)}`;
      case 'en':
        return `the programme funds projects costing ${range(lang)}`;
    }
  };
  const cost = answers.projectCostKzt;
  if (cost === undefined) {
    return {
      outcome: 'unknown',
      changeable: true,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk':
              return `${requirement(lang)}; жобаңыздың құнын көрсетіңіз.`;
            case 'ru':
              return `${requirement(lang)}; укажите стоимость вашего проекта.`;
            case 'en':
              return `${requirement(lang)}; tell us the cost of your project.`;
          }
        }),
    };
  }
  const below = rule.minKzt !== undefined && cost < rule.minKzt;
  const above = rule.maxKzt !== undefined && cost > rule.maxKzt;
  const yours = (lang: Lang) => formatKzt(cost, lang);
  const stated = (met: boolean) =>
    prefixed(met ? 'met' : 'not', (lang) => {
      switch (lang) {
        case 'kk':
          return `${requirement(lang)}, ал сіздің жобаңыздың құны — ${yours(lang)}.`;
        case 'ru':
          return `${requirement(lang)}, а ваш проект стоит ${yours(lang)}.`;
        case 'en':
          return `${requirement(lang)}, and yours costs ${yours(lang)}.`;
      }
    });
  if (!below && !above) {
    return { outcome: 'met', changeable: true, explain: () => stated(true) };
  }
  const bound = below ? (rule.minKzt ?? 0) : (rule.maxKzt ?? 0);
  const gap = Math.abs(cost - bound);
  const wouldQualify = whole((lang) => {
    const [limit, diff] = [formatKzt(bound, lang), formatKzt(gap, lang)];
    switch (lang) {
      case 'kk':
        return below
          ? `Жобаның құны кемінде ${limit} болса, бұл талапқа сай боласыз: қазір ол — ${yours(lang)}, яғни ${diff} кем.`
          : `Жобаның құны ең көбі ${limit} болса, бұл талапқа сай боласыз: қазір ол — ${yours(lang)}, яғни ${diff} артық.`;
      case 'ru':
        return below
          ? `Вы подойдёте, если стоимость проекта будет не менее ${limit}: сейчас она ${yours(lang)}, на ${diff} меньше.`
          : `Вы подойдёте, если стоимость проекта будет не более ${limit}: сейчас она ${yours(lang)}, на ${diff} больше.`;
      case 'en':
        return below
          ? `You would qualify with a project of at least ${limit}: yours costs ${yours(lang)}, ${diff} less.`
          : `You would qualify with a project of at most ${limit}: yours costs ${yours(lang)}, ${diff} more.`;
    }
  });
  return {
    outcome: 'unmet',
    changeable: true,
    explain: (verdict) => (verdict === 'nearly' ? wouldQualify : stated(false)),
  };
}

/**
 * A percentage to show beside a verdict that was decided on exact numbers: one decimal, but
 * never rounded across the bound (9.96 % of a 10 % rule shows 9.9 %, not 10 %).
 */
export function shownPercent(share: number, minShare: number, met: boolean): number {
  const shown = Math.round(share * 1000) / 10;
  const bound = Math.round(minShare * 1000) / 10;
  return met ? Math.max(shown, bound) : Math.min(shown, Math.round(bound * 10 - 1) / 10);
}

/**
 * Money of the applicant's own as a share of the project cost, the bound inclusive.
 * Changeable: save more, bring in a partner, or trim the project.
 */
export function evaluateOwnContribution(rule: Rule<'ownContribution'>, { answers }: Profile): RuleEvaluation {
  const percent = (lang: Lang) => formatPercent(Math.round(rule.minShare * 1000) / 10, lang);
  const requirement = (lang: Lang) => {
    switch (lang) {
      case 'kk':
        return `өз қаражатыңыз жоба құнының кемінде ${percent(lang)}-ы болуы керек`;
      case 'ru':
        return `программа требует собственных средств не менее ${percent(lang)} стоимости проекта`;
      case 'en':
        return `the programme asks for at least ${percent(lang)} of the cost of your own`;
    }
  };
  const { ownMoneyKzt: own, projectCostKzt: cost } = answers;
  if (own === undefined || cost === undefined || cost <= 0) {
    return {
      outcome: 'unknown',
      changeable: true,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk':
              return `${requirement(lang)}; жобаның құнын және өз қаражатыңыздың сомасын көрсетіңіз.`;
            case 'ru':
              return `${requirement(lang)}; укажите стоимость проекта и сумму собственных средств.`;
            case 'en':
              return `${requirement(lang)}; tell us the cost of your project and how much money of your own you have.`;
          }
        }),
    };
  }
  // Dividing keeps the bound exact: 2,000,000 / 20,000,000 is the same double as the rule's 0.1.
  const share = own / cost;
  const met = share >= rule.minShare;
  const yours = (lang: Lang) => formatPercent(shownPercent(share, rule.minShare, met), lang);
  const amounts = (lang: Lang) => {
    switch (lang) {
      case 'kk':
        return `${formatKzt(cost, lang)} ішінен ${formatKzt(own, lang)}`;
      case 'ru':
        return `${formatKzt(own, lang)} из ${formatKzt(cost, lang)}`;
      case 'en':
        return `${formatKzt(own, lang)} of ${formatKzt(cost, lang)}`;
    }
  };
  const stated = (isMet: boolean) =>
    prefixed(isMet ? 'met' : 'not', (lang) => {
      switch (lang) {
        case 'kk':
          return `${requirement(lang)}, сізде — ${yours(lang)} (${amounts(lang)}).`;
        case 'ru':
          return `${requirement(lang)}, у вас ${yours(lang)} (${amounts(lang)}).`;
        case 'en':
          return `${requirement(lang)}, and you have ${yours(lang)} (${amounts(lang)}).`;
      }
    });
  if (met) return { outcome: 'met', changeable: true, explain: () => stated(true) };
  // The tenge still missing; the epsilon stops 0.2 × 15,000,000 = 3,000,000.0000000005 asking for one more.
  const missing = Math.max(0, Math.ceil(rule.minShare * cost - 1e-6) - own);
  const wouldQualify = whole((lang) => {
    const short = formatKzt(missing, lang);
    switch (lang) {
      case 'kk':
        return `Өз қаражатыңыз жоба құнының кемінде ${percent(lang)}-ы болса, бұл талапқа сай боласыз: сізде — ${yours(lang)} (${amounts(lang)}), тағы ${short} жетпейді.`;
      case 'ru':
        return `Вы подойдёте, если собственные средства составят не менее ${percent(lang)} стоимости проекта: у вас ${yours(lang)} (${amounts(lang)}), не хватает ${short}.`;
      case 'en':
        return `You would qualify with at least ${percent(lang)} of the cost of your own: you have ${yours(lang)} (${amounts(lang)}), ${short} short.`;
    }
  });
  return {
    outcome: 'unmet',
    changeable: true,
    explain: (verdict) => (verdict === 'nearly' ? wouldQualify : stated(false)),
  };
}
