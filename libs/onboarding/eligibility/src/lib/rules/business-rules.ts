import type { EligibilityRule } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import { BUSINESS_SIZE_LABELS } from '../labels';
import { sectorCovers } from '../sector-code';
import { enCount, formatNumber, joinAnd, joinOr, ruGenitive, ruPlural } from '../text';
import type { Profile, RuleEvaluation } from './rule-evaluation';
import { districtName, prefixed, sectorName } from './rule-evaluation';

type Rule<K extends EligibilityRule['kind']> = Extract<EligibilityRule, { kind: K }>;

const ruMonthsGenitive = (n: number) => ruGenitive(n, 'месяца', 'месяцев');

/** "12–36 months", "at least 12 months", "at most 36 months". */
function monthsRange({ minMonths: min, maxMonths: max }: Rule<'businessAge'>, lang: Lang): string {
  if (min !== undefined && max !== undefined) {
    switch (lang) {
      case 'kk':
        return `${min}–${max} ай`;
      case 'ru':
        return `от ${min} до ${max} ${ruMonthsGenitive(max)}`;
      case 'en':
        return `${min}–${max} months`;
    }
  }
  if (max !== undefined) {
    switch (lang) {
      case 'kk':
        return `ең көбі ${max} ай`;
      case 'ru':
        return `не более ${max} ${ruMonthsGenitive(max)}`;
      case 'en':
        return `at most ${enCount(max, 'month', 'months')}`;
    }
  }
  const low = min ?? 0;
  switch (lang) {
    case 'kk':
      return `кемінде ${low} ай`;
    case 'ru':
      return `не менее ${low} ${ruMonthsGenitive(low)}`;
    case 'en':
      return `at least ${enCount(low, 'month', 'months')}`;
  }
}

/**
 * How long the business has been registered, bounds inclusive. No business yet counts as
 * 0 months: it fits "at most 36 months" and misses "at least 12". Not changeable: only time helps.
 */
export function evaluateBusinessAge(rule: Rule<'businessAge'>, { answers }: Profile): RuleEvaluation {
  const range = (lang: Lang) => monthsRange(rule, lang);
  const requirement = (lang: Lang) => {
    switch (lang) {
      case 'kk':
        return `бағдарлама тіркелгеніне ${range(lang)} болған бизнеске арналған`;
      case 'ru':
        return `программа для бизнеса, которому ${range(lang)}`;
      case 'en':
        return `the programme is for businesses aged ${range(lang)}`;
    }
  };
  const given = answers.businessAgeMonths;
  if (given === undefined) {
    return {
      outcome: 'unknown',
      changeable: false,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk':
              return `${requirement(lang)}; бизнесіңіз неше ай жұмыс істеп тұрғанын немесе әзірге бизнес жоқ екенін көрсетіңіз.`;
            case 'ru':
              return `${requirement(lang)}; укажите, сколько месяцев работает ваш бизнес, или что его пока нет.`;
            case 'en':
              return `${requirement(lang)}; tell us how long your business has been running, or that you have none yet.`;
          }
        }),
    };
  }
  const months = given ?? 0;
  const met =
    (rule.minMonths === undefined || months >= rule.minMonths) &&
    (rule.maxMonths === undefined || months <= rule.maxMonths);
  const yours = (lang: Lang) => {
    if (given === null) {
      switch (lang) {
        case 'kk':
          return 'ал сізде әзірге бизнес жоқ';
        case 'ru':
          return 'а у вас бизнеса пока нет';
        case 'en':
          return 'and you have no business yet';
      }
    }
    switch (lang) {
      case 'kk':
        return `ал сіздің бизнесіңізге ${formatNumber(months, lang)} ай болды`;
      case 'ru':
        return `а вашему — ${formatNumber(months, lang)} ${ruPlural(months, 'месяц', 'месяца', 'месяцев')}`;
      case 'en':
        return `and yours is ${enCount(months, 'month', 'months')} old`;
    }
  };
  return {
    outcome: met ? 'met' : 'unmet',
    changeable: false,
    explain: () => prefixed(met ? 'met' : 'not', (lang) => `${requirement(lang)}, ${yours(lang)}.`),
  };
}

/** The size of the business, or of the planned one. Not changeable: headcount and turnover decide it. */
export function evaluateBusinessSize(rule: Rule<'businessSize'>, { answers }: Profile): RuleEvaluation {
  const sizes = (lang: Lang) =>
    joinOr(
      rule.allowed.map((size) => BUSINESS_SIZE_LABELS[size][lang]),
      lang,
    );
  const requirement = (lang: Lang) => {
    switch (lang) {
      case 'kk':
        return `бағдарлама талабы — бизнес көлемі: ${sizes(lang)}`;
      case 'ru':
        return `программа рассчитана на ${sizes(lang)}`;
      case 'en':
        return `the programme is for ${sizes(lang)} businesses`;
    }
  };
  const size = answers.businessSize;
  if (size === undefined) {
    return {
      outcome: 'unknown',
      changeable: false,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk':
              return `${requirement(lang)}; бизнесіңіздің көлемін көрсетіңіз.`;
            case 'ru':
              return `${requirement(lang)}; укажите размер вашего бизнеса.`;
            case 'en':
              return `${requirement(lang)}; tell us the size of your business.`;
          }
        }),
    };
  }
  const met = rule.allowed.includes(size);
  return {
    outcome: met ? 'met' : 'unmet',
    changeable: false,
    explain: () =>
      prefixed(met ? 'met' : 'not', (lang) => {
        const yours = BUSINESS_SIZE_LABELS[size][lang];
        switch (lang) {
          case 'kk':
            return `${requirement(lang)}; сіздің бизнесіңіз — ${yours}.`;
          case 'ru':
            return `${requirement(lang)}, а ваш бизнес — ${yours}.`;
          case 'en':
            return `${requirement(lang)}, and yours is ${yours}.`;
        }
      }),
  };
}

/** Where one of the applicant's sector codes stands against a sectors rule. */
export type SectorStanding =
  | { code: string; standing: 'fits' }
  | { code: string; standing: 'excluded'; by: string }
  | { code: string; standing: 'outside' }
  // The interest is wider than the programme (`C` against `C23`): it fits if the business is in one of `under`.
  | { code: string; standing: 'broader'; under: string[] };

/** An exclusion wins over an allowance; a code covers every code under it. */
export function sectorStanding(code: string, rule: Rule<'sectors'>): SectorStanding {
  const excludedBy = rule.excluded?.find((excluded) => sectorCovers(excluded, code));
  if (excludedBy !== undefined) return { code, standing: 'excluded', by: excludedBy };
  if (rule.allowed === undefined || rule.allowed.some((allowed) => sectorCovers(allowed, code))) {
    return { code, standing: 'fits' };
  }
  const under = rule.allowed.filter(
    (allowed) => sectorCovers(code, allowed) && !rule.excluded?.some((excluded) => sectorCovers(excluded, allowed)),
  );
  return under.length > 0 ? { code, standing: 'broader', under } : { code, standing: 'outside' };
}

/**
 * Met when one of the applicant's sectors fits: they can choose that one. A wider interest
 * than the programme's codes is unknown, not unmet: the applicant has not narrowed it yet.
 * Not changeable: a different sector is a different business.
 */
export function evaluateSectors(rule: Rule<'sectors'>, { answers, names }: Profile): RuleEvaluation {
  const allowed = rule.allowed?.join(', ') ?? '';
  const excluded = rule.excluded?.join(', ') ?? '';
  const codes = answers.sectors ?? [];
  if (codes.length === 0) {
    return {
      outcome: 'unknown',
      changeable: false,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk': {
              const which = rule.allowed
                ? `бағдарлама салалары: ${allowed}${rule.excluded ? ` (мына салаларды қоспағанда: ${excluded})` : ''}`
                : `бағдарлама мына салаларды қамтымайды: ${excluded}`;
              return `${which}; бизнесіңіздің саласын көрсетіңіз.`;
            }
            case 'ru': {
              const which = rule.allowed
                ? `отрасли программы: ${allowed}${rule.excluded ? `, кроме ${excluded}` : ''}`
                : `программа исключает отрасли: ${excluded}`;
              return `${which}; укажите отрасль вашего бизнеса.`;
            }
            case 'en': {
              const which = rule.allowed
                ? `the programme's sectors are ${allowed}${rule.excluded ? `, except ${excluded}` : ''}`
                : `the programme excludes the sectors ${excluded}`;
              return `${which}; tell us the sector of your business.`;
            }
          }
        }),
    };
  }
  const standings = codes.map((code) => sectorStanding(code, rule));
  const fitting = standings.find((s) => s.standing === 'fits');
  if (fitting) {
    return {
      outcome: 'met',
      changeable: false,
      explain: () =>
        prefixed('met', (lang) => {
          const yours = sectorName(fitting.code, lang, names);
          switch (lang) {
            case 'kk': {
              const parts = [
                ...(rule.allowed ? [`бағдарлама салаларына кіреді (${allowed})`] : []),
                ...(rule.excluded ? [`алып тасталған салаларға жатпайды (${excluded})`] : []),
              ];
              return `сіздің салаңыз ${yours} ${parts.join(' және ')}.`;
            }
            case 'ru': {
              const parts = [
                ...(rule.allowed ? [`входит в отрасли программы (${allowed})`] : []),
                ...(rule.excluded ? [`не входит в исключённые отрасли (${excluded})`] : []),
              ];
              return `ваша отрасль ${yours} ${parts.join(' и ')}.`;
            }
            case 'en': {
              const parts = [
                ...(rule.allowed ? [`is among the programme's sectors (${allowed})`] : []),
                ...(rule.excluded ? [`is not among the excluded ones (${excluded})`] : []),
              ];
              return `your sector ${yours} ${parts.join(' and ')}.`;
            }
          }
        }),
    };
  }
  const broader = standings.find((s) => s.standing === 'broader');
  if (broader) {
    return {
      outcome: 'unknown',
      changeable: false,
      explain: () =>
        prefixed('unknown', (lang) => {
          const yours = sectorName(broader.code, lang, names);
          const under = broader.under.join(', ');
          switch (lang) {
            case 'kk':
              return `сіздің салаңыз ${yours} бағдарлама салаларынан (${under}) кеңірек; бизнесіңіз солардың біріне жатса, талапқа сай боласыз.`;
            case 'ru':
              return `ваша отрасль ${yours} шире отраслей программы (${under}); вы подойдёте, если ваш бизнес относится к одной из них.`;
            case 'en':
              return `your interest ${yours} is broader than the programme's sectors (${under}); you qualify if your business is in one of them.`;
          }
        }),
    };
  }
  return {
    outcome: 'unmet',
    changeable: false,
    explain: () =>
      prefixed('not', (lang) => {
        const reasons = standings.map((s) => {
          const code = sectorName(s.code, lang, names);
          const by = s.standing === 'excluded' ? s.by : '';
          switch (lang) {
            case 'kk':
              return by
                ? `${code} алып тасталған ${by} саласына жатады`
                : `${code} бағдарлама салаларына кірмейді (${allowed})`;
            case 'ru':
              return by
                ? `${code} относится к исключённой отрасли ${by}`
                : `${code} не входит в отрасли программы (${allowed})`;
            case 'en':
              return by
                ? `${code} falls under the excluded sector ${by}`
                : `${code} is not among the programme's sectors (${allowed})`;
          }
        });
        return `${reasons.join('; ')}.`;
      }),
  };
}

/** Where the business would be. Not changeable: it is where the applicant lives and works. */
export function evaluateDistricts(rule: Rule<'districts'>, { answers, names }: Profile): RuleEvaluation {
  const listed = (lang: Lang) =>
    joinAnd(
      rule.allowed.map((code) => districtName(code, lang, names)),
      lang,
    );
  const only = (lang: Lang) => {
    switch (lang) {
      case 'kk':
        return `бағдарлама тек мына жерлерде жұмыс істейді: ${listed(lang)}`;
      case 'ru':
        return `программа действует только здесь: ${listed(lang)}`;
      case 'en':
        return `the programme covers only ${listed(lang)}`;
    }
  };
  const district = answers.district;
  if (district === undefined) {
    return {
      outcome: 'unknown',
      changeable: false,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk':
              return `${only(lang)}; ауданыңызды немесе қалаңызды көрсетіңіз.`;
            case 'ru':
              return `${only(lang)}; укажите ваш район или город.`;
            case 'en':
              return `${only(lang)}; tell us your district.`;
          }
        }),
    };
  }
  const yours = (lang: Lang) => districtName(district, lang, names);
  if (rule.allowed.includes(district)) {
    return {
      outcome: 'met',
      changeable: false,
      explain: () =>
        prefixed('met', (lang) => {
          switch (lang) {
            case 'kk':
              return `бағдарлама сіздің ауданыңызда немесе қалаңызда жұмыс істейді: ${yours(lang)}.`;
            case 'ru':
              return `программа действует в вашем районе или городе: ${yours(lang)}.`;
            case 'en':
              return `the programme covers your district, ${yours(lang)}.`;
          }
        }),
    };
  }
  return {
    outcome: 'unmet',
    changeable: false,
    explain: () =>
      prefixed('not', (lang) => {
        switch (lang) {
          case 'kk':
            return `${only(lang)}; сіздің ауданыңыз немесе қалаңыз — ${yours(lang)}.`;
          case 'ru':
            return `${only(lang)}; ваш район или город — ${yours(lang)}.`;
          case 'en':
            return `${only(lang)}, and your district is ${yours(lang)}.`;
        }
      }),
  };
}
