import type { ApplicantKind, EligibilityRule } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import { APPLICANT_KIND_LABELS, APPLICANT_STATUS_LABELS } from '../labels';
import { formatNumber, joinAnd, joinOr, ruGenitive, ruPlural } from '../text';
import type { Profile, RuleEvaluation } from './rule-evaluation';
import { prefixed, whole } from './rule-evaluation';

type Rule<K extends EligibilityRule['kind']> = Extract<EligibilityRule, { kind: K }>;

const kindLabels = (kinds: readonly ApplicantKind[], lang: Lang): string =>
  joinOr(
    kinds.map((kind) => APPLICANT_KIND_LABELS[kind][lang]),
    lang,
  );

/**
 * Who may apply. Changeable when the programme takes some registered form: anyone can register
 * as an entrepreneur or found a legal entity, but nobody can go back to "not registered".
 */
export function evaluateApplicantKind(rule: Rule<'applicantKind'>, { answers }: Profile): RuleEvaluation {
  const kind = answers.applicantKind;
  const targets = rule.allowed.filter((allowed) => allowed !== 'individual' && allowed !== kind);
  const changeable = targets.length > 0;
  const allowed = (lang: Lang) => kindLabels(rule.allowed, lang);

  if (kind === undefined) {
    return {
      outcome: 'unknown',
      changeable,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk':
              return `өтінімді ${allowed(lang)} бере алады; кім ретінде өтінім беретініңізді көрсетіңіз.`;
            case 'ru':
              return `подать заявку может ${allowed(lang)}; укажите, кем вы являетесь.`;
            case 'en':
              return `${allowed(lang)} may apply; tell us who you are applying as.`;
          }
        }),
    };
  }
  const you = (lang: Lang) => APPLICANT_KIND_LABELS[kind][lang];
  if (rule.allowed.includes(kind)) {
    return {
      outcome: 'met',
      changeable,
      explain: () =>
        prefixed('met', (lang) => {
          switch (lang) {
            case 'kk':
              return `өтінімді ${allowed(lang)} бере алады, ал сіз — ${you(lang)}.`;
            case 'ru':
              return `подать заявку может ${allowed(lang)}, а вы — ${you(lang)}.`;
            case 'en':
              return `${allowed(lang)} may apply, and you are ${you(lang)}.`;
          }
        }),
    };
  }
  return {
    outcome: 'unmet',
    changeable,
    explain: (verdict) =>
      verdict === 'nearly' && changeable
        ? whole((lang) => {
            const register = kindLabels(targets, lang);
            switch (lang) {
              case 'kk':
                return `Егер ${register} ретінде тіркелсеңіз, бұл талапқа сай боласыз: өтінімді тек ${allowed(lang)} бере алады, ал сіз қазір — ${you(lang)}.`;
              case 'ru':
                return `Вы подойдёте, если зарегистрируетесь как ${register}: подать заявку может только ${allowed(lang)}, а вы сейчас — ${you(lang)}.`;
              case 'en':
                return `You would qualify if you registered as ${register}: only ${allowed(lang)} may apply, and you are now ${you(lang)}.`;
            }
          })
        : prefixed('not', (lang) => {
            switch (lang) {
              case 'kk':
                return `өтінімді тек ${allowed(lang)} бере алады, ал сіз — ${you(lang)}.`;
              case 'ru':
                return `подать заявку может только ${allowed(lang)}, а вы — ${you(lang)}.`;
              case 'en':
                return `only ${allowed(lang)} may apply, and you are ${you(lang)}.`;
            }
          }),
  };
}

/** The programme's age bounds as a phrase: "18–35", "at least 18", "at most 63". */
function ageRange({ min, max }: Rule<'applicantAge'>, lang: Lang): string {
  if (min !== undefined && max !== undefined) {
    switch (lang) {
      case 'kk':
        return `${min}–${max} жас`;
      case 'ru':
        return `от ${min} до ${max} ${ruGenitive(max, 'года', 'лет')}`;
      case 'en':
        return `${min}–${max}`;
    }
  }
  if (max !== undefined) {
    switch (lang) {
      case 'kk':
        return `ең көбі ${max} жас`;
      case 'ru':
        return `не старше ${max} ${ruGenitive(max, 'года', 'лет')}`;
      case 'en':
        return `at most ${max}`;
    }
  }
  // A rule with neither bound is refused by validateEligibilityRules; read it as "at least 0".
  const low = min ?? 0;
  switch (lang) {
    case 'kk':
      return `кемінде ${low} жас`;
    case 'ru':
      return `не моложе ${low} ${ruGenitive(low, 'года', 'лет')}`;
    case 'en':
      return `at least ${low}`;
  }
}

/** Age bounds are inclusive: 35 still fits "18–35" on the day before the 36th birthday. Not changeable. */
export function evaluateApplicantAge(rule: Rule<'applicantAge'>, { age }: Profile): RuleEvaluation {
  const range = (lang: Lang) => ageRange(rule, lang);
  if (age === undefined) {
    return {
      outcome: 'unknown',
      changeable: false,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk':
              return `бағдарлама талабы — ${range(lang)}; туған күніңізді немесе жасыңызды көрсетіңіз.`;
            case 'ru':
              return `программа требует возраст ${range(lang)}; укажите дату рождения или возраст.`;
            case 'en':
              return `the programme asks for an age of ${range(lang)}; tell us your birth date or age.`;
          }
        }),
    };
  }
  const met = (rule.min === undefined || age >= rule.min) && (rule.max === undefined || age <= rule.max);
  const body = (lang: Lang) => {
    const years = formatNumber(age, lang);
    switch (lang) {
      case 'kk':
        return `бағдарлама талабы — ${range(lang)}, ал сіздің жасыңыз — ${years}.`;
      case 'ru':
        return `программа требует возраст ${range(lang)}, а вам ${years} ${ruPlural(age, 'год', 'года', 'лет')}.`;
      case 'en':
        return `the programme asks for an age of ${range(lang)}, and you are ${years}.`;
    }
  };
  return {
    outcome: met ? 'met' : 'unmet',
    changeable: false,
    explain: () => prefixed(met ? 'met' : 'not', body),
  };
}

/** Any one of the listed statuses is enough. Statuses are what the applicant declares, none is derived. */
export function evaluateApplicantStatus(rule: Rule<'applicantStatus'>, { answers }: Profile): RuleEvaluation {
  const listed = (lang: Lang) =>
    joinOr(
      rule.anyOf.map((status) => APPLICANT_STATUS_LABELS[status][lang]),
      lang,
    );
  const requirement = (lang: Lang) => {
    switch (lang) {
      case 'kk':
        return `бағдарлама келесі мәртебелердің бірі бар өтініш берушілерге арналған: ${listed(lang)}`;
      case 'ru':
        return `программа для заявителей с одним из статусов: ${listed(lang)}`;
      case 'en':
        return `the programme is for applicants with one of these statuses: ${listed(lang)}`;
    }
  };
  if (answers.statuses === undefined) {
    return {
      outcome: 'unknown',
      changeable: false,
      explain: () =>
        prefixed('unknown', (lang) => {
          switch (lang) {
            case 'kk':
              return `${requirement(lang)}; олардың қайсысы сізге қатысты екенін көрсетіңіз.`;
            case 'ru':
              return `${requirement(lang)}; укажите, какие из них относятся к вам.`;
            case 'en':
              return `${requirement(lang)}; tell us which of them apply to you.`;
          }
        }),
    };
  }
  const matched = rule.anyOf.filter((status) => answers.statuses?.includes(status));
  if (matched.length > 0) {
    const yours = (lang: Lang) =>
      joinAnd(
        matched.map((status) => APPLICANT_STATUS_LABELS[status][lang]),
        lang,
      );
    return {
      outcome: 'met',
      changeable: false,
      explain: () =>
        prefixed('met', (lang) => {
          switch (lang) {
            case 'kk':
              return `${requirement(lang)}; сіздікі: ${yours(lang)}.`;
            case 'ru':
              return `${requirement(lang)}; у вас: ${yours(lang)}.`;
            case 'en':
              return `${requirement(lang)}; yours: ${yours(lang)}.`;
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
            return `${requirement(lang)}; сізде олардың ешқайсысы жоқ.`;
          case 'ru':
            return `${requirement(lang)}; у вас нет ни одного из них.`;
          case 'en':
            return `${requirement(lang)}; you named none of them.`;
        }
      }),
  };
}
