import type { EligibilityRule } from '@kbdm/catalogue/domain';
import type { OnboardingAnswers } from './answers';
import { assessProgramme } from './assess';
import type { TrilingualText } from './text';

// 11:00 in Karaganda on 10 March 2026.
const TODAY = new Date('2026-03-10T06:00:00Z');

/** The one outcome of a programme with a single rule. */
function outcomeOf(rule: EligibilityRule, answers: OnboardingAnswers) {
  const assessment = assessProgramme([rule], answers, TODAY);
  return { ...assessment.rules[0], verdict: assessment.verdict };
}

/** The explanation with no-break spaces made plain, so expectations stay readable. */
const plain = (text: TrilingualText): TrilingualText => ({
  kk: text.kk.replace(/\u00a0/g, ' '),
  ru: text.ru.replace(/\u00a0/g, ' '),
  en: text.en.replace(/\u00a0/g, ' '),
});

describe('applicantKind', () => {
  const rule: EligibilityRule = { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity'] };

  it('is met by an allowed kind and says who may apply', () => {
    const result = outcomeOf(rule, { applicantKind: 'legal_entity' });
    expect(result.outcome).toBe('met');
    expect(result.explanation).toEqual({
      kk: 'Сіз бұл талапқа сай келесіз: өтінімді жеке кәсіпкер немесе заңды тұлға бере алады, ал сіз — заңды тұлға.',
      ru: 'Вы подходите: подать заявку может индивидуальный предприниматель или юридическое лицо, а вы — юридическое лицо.',
      en: 'You qualify: an individual entrepreneur or a legal entity may apply, and you are a legal entity.',
    });
  });

  it('is unmet but changeable for someone not yet registered, who reads how to qualify', () => {
    const result = outcomeOf(rule, { applicantKind: 'individual' });
    expect(result).toMatchObject({ outcome: 'unmet', changeable: true, verdict: 'nearly' });
    expect(result.explanation).toEqual({
      kk: 'Егер жеке кәсіпкер немесе заңды тұлға ретінде тіркелсеңіз, бұл талапқа сай боласыз: өтінімді тек жеке кәсіпкер немесе заңды тұлға бере алады, ал сіз қазір — болашақ кәсіпкер (жеке тұлға).',
      ru: 'Вы подойдёте, если зарегистрируетесь как индивидуальный предприниматель или юридическое лицо: подать заявку может только индивидуальный предприниматель или юридическое лицо, а вы сейчас — будущий предприниматель (физическое лицо).',
      en: 'You would qualify if you registered as an individual entrepreneur or a legal entity: only an individual entrepreneur or a legal entity may apply, and you are now an individual planning a business.',
    });
  });

  it('offers only the forms the applicant does not have yet', () => {
    const result = outcomeOf(
      { kind: 'applicantKind', allowed: ['individual', 'legal_entity'] },
      { applicantKind: 'individual_entrepreneur' },
    );
    expect(result.explanation.en).toContain('if you registered as a legal entity:');
  });

  it('cannot be changed back to "not registered"', () => {
    const result = outcomeOf({ kind: 'applicantKind', allowed: ['individual'] }, { applicantKind: 'legal_entity' });
    expect(result).toMatchObject({ outcome: 'unmet', changeable: false, verdict: 'not' });
    expect(result.explanation.en).toBe(
      'You do not qualify: only an individual planning a business may apply, and you are a legal entity.',
    );
  });

  it('is unknown without the answer', () => {
    const result = outcomeOf(rule, {});
    expect(result.outcome).toBe('unknown');
    expect(result.explanation.en).toBe(
      'We cannot tell yet: an individual entrepreneur or a legal entity may apply; tell us who you are applying as.',
    );
  });
});

describe('applicantAge', () => {
  const rule: EligibilityRule = { kind: 'applicantAge', min: 18, max: 35 };

  it('is met within the bounds and says the age and the range', () => {
    const result = outcomeOf(rule, { age: 29 });
    expect(result.outcome).toBe('met');
    expect(result.explanation).toEqual({
      kk: 'Сіз бұл талапқа сай келесіз: бағдарлама талабы — 18–35 жас, ал сіздің жасыңыз — 29.',
      ru: 'Вы подходите: программа требует возраст от 18 до 35 лет, а вам 29 лет.',
      en: 'You qualify: the programme asks for an age of 18–35, and you are 29.',
    });
  });

  it('includes both bounds', () => {
    expect(outcomeOf(rule, { age: 18 }).outcome).toBe('met');
    expect(outcomeOf(rule, { age: 35 }).outcome).toBe('met');
    expect(outcomeOf(rule, { age: 17 }).outcome).toBe('unmet');
    expect(outcomeOf(rule, { age: 36 }).outcome).toBe('unmet');
  });

  it('turns on the 36th birthday itself: still 35 the day before, out on the day', () => {
    expect(outcomeOf(rule, { birthDate: '1990-03-11' }).outcome).toBe('met');
    expect(outcomeOf(rule, { birthDate: '1990-03-10' }).outcome).toBe('unmet');
  });

  it('lets in someone who turns 18 today but not someone who turns 18 tomorrow', () => {
    expect(outcomeOf(rule, { birthDate: '2008-03-10' }).outcome).toBe('met');
    const tomorrow = outcomeOf(rule, { birthDate: '2008-03-11' });
    expect(tomorrow).toMatchObject({ outcome: 'unmet', changeable: false, verdict: 'not' });
    expect(tomorrow.explanation.ru).toBe('Вы не подходите: программа требует возраст от 18 до 35 лет, а вам 17 лет.');
  });

  it('takes the birth date over a stated age', () => {
    expect(outcomeOf(rule, { birthDate: '2000-01-01', age: 40 }).outcome).toBe('met');
  });

  it('writes one-sided bounds in every language', () => {
    expect(plain(outcomeOf({ kind: 'applicantAge', min: 21 }, { age: 20 }).explanation)).toEqual({
      kk: 'Сіз бұл талапқа сай келмейсіз: бағдарлама талабы — кемінде 21 жас, ал сіздің жасыңыз — 20.',
      ru: 'Вы не подходите: программа требует возраст не моложе 21 года, а вам 20 лет.',
      en: 'You do not qualify: the programme asks for an age of at least 21, and you are 20.',
    });
    expect(outcomeOf({ kind: 'applicantAge', max: 63 }, { age: 63 }).explanation.en).toBe(
      'You qualify: the programme asks for an age of at most 63, and you are 63.',
    );
  });

  it('is unknown without a birth date or age', () => {
    expect(outcomeOf(rule, {}).explanation.kk).toBe(
      'Әзірге белгісіз: бағдарлама талабы — 18–35 жас; туған күніңізді немесе жасыңызды көрсетіңіз.',
    );
  });
});

describe('applicantStatus', () => {
  const rule: EligibilityRule = { kind: 'applicantStatus', anyOf: ['unemployed', 'youth'] };

  it('is met by any one listed status and names it', () => {
    const result = outcomeOf(rule, { statuses: ['woman', 'youth'] });
    expect(result.outcome).toBe('met');
    expect(result.explanation.en).toBe(
      'You qualify: the programme is for applicants with one of these statuses: unemployed or youth; yours: youth.',
    );
    expect(result.explanation.kk).toBe(
      'Сіз бұл талапқа сай келесіз: бағдарлама келесі мәртебелердің бірі бар өтініш берушілерге арналған: жұмыссыз немесе жастар; сіздікі: жастар.',
    );
  });

  it('is unmet and fixed when none is held', () => {
    const result = outcomeOf(rule, { statuses: [] });
    expect(result).toMatchObject({ outcome: 'unmet', changeable: false, verdict: 'not' });
    expect(result.explanation.ru).toBe(
      'Вы не подходите: программа для заявителей с одним из статусов: безработный или молодёжь; у вас нет ни одного из них.',
    );
  });

  it('does not derive youth from age', () => {
    expect(outcomeOf(rule, { age: 24, statuses: ['woman'] }).outcome).toBe('unmet');
  });

  it('is unknown when the question was not answered', () => {
    expect(outcomeOf(rule, {}).outcome).toBe('unknown');
  });
});

describe('businessAge', () => {
  it('counts no business yet as 0 months: within "at most 36"', () => {
    const result = outcomeOf({ kind: 'businessAge', maxMonths: 36 }, { businessAgeMonths: null });
    expect(result.outcome).toBe('met');
    expect(result.explanation).toEqual({
      kk: 'Сіз бұл талапқа сай келесіз: бағдарлама тіркелгеніне ең көбі 36 ай болған бизнеске арналған, ал сізде әзірге бизнес жоқ.',
      ru: 'Вы подходите: программа для бизнеса, которому не более 36 месяцев, а у вас бизнеса пока нет.',
      en: 'You qualify: the programme is for businesses aged at most 36 months, and you have no business yet.',
    });
  });

  it('includes the bounds and is fixed when missed', () => {
    const rule: EligibilityRule = { kind: 'businessAge', minMonths: 12, maxMonths: 36 };
    expect(outcomeOf(rule, { businessAgeMonths: 12 }).outcome).toBe('met');
    expect(outcomeOf(rule, { businessAgeMonths: 36 }).outcome).toBe('met');
    const young = outcomeOf(rule, { businessAgeMonths: 11 });
    expect(young).toMatchObject({ outcome: 'unmet', changeable: false });
    expect(young.explanation).toEqual({
      kk: 'Сіз бұл талапқа сай келмейсіз: бағдарлама тіркелгеніне 12–36 ай болған бизнеске арналған, ал сіздің бизнесіңізге 11 ай болды.',
      ru: 'Вы не подходите: программа для бизнеса, которому от 12 до 36 месяцев, а вашему — 11 месяцев.',
      en: 'You do not qualify: the programme is for businesses aged 12–36 months, and yours is 11 months old.',
    });
    expect(outcomeOf({ kind: 'businessAge', minMonths: 12 }, { businessAgeMonths: null }).outcome).toBe('unmet');
  });

  it('is unknown when the question was not answered', () => {
    expect(outcomeOf({ kind: 'businessAge', minMonths: 12 }, {}).outcome).toBe('unknown');
  });
});

describe('businessSize', () => {
  const rule: EligibilityRule = { kind: 'businessSize', allowed: ['micro', 'small'] };

  it('is met, unmet or unknown by the size given', () => {
    expect(outcomeOf(rule, { businessSize: 'micro' }).explanation.en).toBe(
      'You qualify: the programme is for micro or small businesses, and yours is micro.',
    );
    const medium = outcomeOf(rule, { businessSize: 'medium' });
    expect(medium).toMatchObject({ outcome: 'unmet', changeable: false, verdict: 'not' });
    expect(medium.explanation.ru).toBe(
      'Вы не подходите: программа рассчитана на микробизнес или малый бизнес, а ваш бизнес — средний бизнес.',
    );
    expect(outcomeOf(rule, {}).outcome).toBe('unknown');
  });
});

describe('sectors', () => {
  it('lets a section cover every division and deeper code under it', () => {
    const rule: EligibilityRule = { kind: 'sectors', allowed: ['C'] };
    expect(outcomeOf(rule, { sectors: ['C23'] }).outcome).toBe('met');
    expect(outcomeOf(rule, { sectors: ['C2351'] }).outcome).toBe('met');
    expect(outcomeOf({ kind: 'sectors', allowed: ['C23'] }, { sectors: ['C2351'] }).outcome).toBe('met');
    expect(outcomeOf({ kind: 'sectors', allowed: ['C23'] }, { sectors: ['C24'] }).outcome).toBe('unmet');
  });

  it('refuses a code under an excluded section and names the exclusion', () => {
    const rule: EligibilityRule = { kind: 'sectors', excluded: ['G', 'K'] };
    const result = outcomeOf(rule, { sectors: ['G47'] });
    expect(result).toMatchObject({ outcome: 'unmet', changeable: false, verdict: 'not' });
    expect(result.explanation).toEqual({
      kk: 'Сіз бұл талапқа сай келмейсіз: G47 алып тасталған G саласына жатады.',
      ru: 'Вы не подходите: G47 относится к исключённой отрасли G.',
      en: 'You do not qualify: G47 falls under the excluded sector G.',
    });
  });

  it('lets an exclusion win over an allowance', () => {
    const rule: EligibilityRule = { kind: 'sectors', allowed: ['C'], excluded: ['C12'] };
    expect(outcomeOf(rule, { sectors: ['C12'] }).outcome).toBe('unmet');
    const result = outcomeOf(rule, { sectors: ['C10'] });
    expect(result.outcome).toBe('met');
    expect(result.explanation.en).toBe(
      "You qualify: your sector C10 is among the programme's sectors (C) and is not among the excluded ones (C12).",
    );
  });

  it('is met when any one of several interests fits', () => {
    const result = outcomeOf({ kind: 'sectors', allowed: ['A01', 'C10'] }, { sectors: ['C23', 'C10'] });
    expect(result.outcome).toBe('met');
    expect(result.explanation.ru).toBe('Вы подходите: ваша отрасль C10 входит в отрасли программы (A01, C10).');
  });

  it('explains every interest that misses', () => {
    const result = outcomeOf(
      { kind: 'sectors', allowed: ['A01', 'C10'], excluded: ['G'] },
      { sectors: ['C23', 'G47'] },
    );
    expect(result.explanation.en).toBe(
      "You do not qualify: C23 is not among the programme's sectors (A01, C10); G47 falls under the excluded sector G.",
    );
  });

  it('is unknown for an interest wider than the programme, naming the codes that would fit', () => {
    const result = outcomeOf({ kind: 'sectors', allowed: ['C20', 'C23', 'F41'] }, { sectors: ['C'] });
    expect(result.outcome).toBe('unknown');
    expect(result.explanation.en).toBe(
      "We cannot tell yet: your interest C is broader than the programme's sectors (C20, C23); you qualify if your business is in one of them.",
    );
  });

  it('is unknown without sectors and names them with the catalogue names when given', () => {
    expect(outcomeOf({ kind: 'sectors', allowed: ['A'], excluded: ['A03'] }, { sectors: [] }).explanation.en).toBe(
      "We cannot tell yet: the programme's sectors are A, except A03; tell us the sector of your business.",
    );
    const named = assessProgramme([{ kind: 'sectors', allowed: ['C'] }], { sectors: ['C23'] }, TODAY, {
      sectors: {
        C23: { en: 'Other non-metallic mineral products', ru: 'Прочие неметаллические минеральные продукты' },
      },
    });
    expect(named.rules[0].explanation.en).toContain('C23 (Other non-metallic mineral products)');
    expect(named.rules[0].explanation.kk).toContain('C23 ');
  });
});

describe('districts', () => {
  const rule: EligibilityRule = { kind: 'districts', allowed: ['temirtau', 'saran'] };

  it('is met in a listed district and unmet, fixed, elsewhere', () => {
    expect(outcomeOf(rule, { district: 'saran' }).outcome).toBe('met');
    const result = outcomeOf(rule, { district: 'shet' });
    expect(result).toMatchObject({ outcome: 'unmet', changeable: false, verdict: 'not' });
    expect(result.explanation.en).toBe(
      'You do not qualify: the programme covers only temirtau and saran, and your district is shet.',
    );
  });

  it('names districts when the catalogue names are passed', () => {
    const names = {
      districts: {
        temirtau: { kk: 'Теміртау', ru: 'Темиртау', en: 'Temirtau' },
        saran: { kk: 'Саран', ru: 'Сарань', en: 'Saran' },
        shet: { kk: 'Шет ауданы', ru: 'Шетский район', en: 'Shet district' },
      },
    };
    const result = assessProgramme([rule], { district: 'shet' }, TODAY, names).rules[0];
    expect(result.explanation).toEqual({
      kk: 'Сіз бұл талапқа сай келмейсіз: бағдарлама тек мына жерлерде жұмыс істейді: Теміртау және Саран; сіздің ауданыңыз немесе қалаңыз — Шет ауданы.',
      ru: 'Вы не подходите: программа действует только здесь: Темиртау и Сарань; ваш район или город — Шетский район.',
      en: 'You do not qualify: the programme covers only Temirtau and Saran, and your district is Shet district.',
    });
  });

  it('is unknown without a district', () => {
    expect(outcomeOf(rule, {}).outcome).toBe('unknown');
  });
});

describe('projectCost', () => {
  const rule: EligibilityRule = { kind: 'projectCost', minKzt: 20_000_000, maxKzt: 1_500_000_000 };

  it('is met at exactly the maximum and exactly the minimum', () => {
    expect(outcomeOf({ kind: 'projectCost', maxKzt: 35_000_000 }, { projectCostKzt: 35_000_000 }).outcome).toBe('met');
    expect(outcomeOf({ kind: 'projectCost', maxKzt: 35_000_000 }, { projectCostKzt: 35_000_001 }).outcome).toBe(
      'unmet',
    );
    expect(outcomeOf(rule, { projectCostKzt: 20_000_000 }).outcome).toBe('met');
  });

  it('says by how much a project misses, as something the applicant can change', () => {
    const result = outcomeOf(rule, { projectCostKzt: 15_000_000 });
    expect(result).toMatchObject({ outcome: 'unmet', changeable: true, verdict: 'nearly' });
    expect(plain(result.explanation)).toEqual({
      kk: 'Жобаның құны кемінде 20 000 000 ₸ болса, бұл талапқа сай боласыз: қазір ол — 15 000 000 ₸, яғни 5 000 000 ₸ кем.',
      ru: 'Вы подойдёте, если стоимость проекта будет не менее 20 000 000 ₸: сейчас она 15 000 000 ₸, на 5 000 000 ₸ меньше.',
      en: 'You would qualify with a project of at least 20,000,000 ₸: yours costs 15,000,000 ₸, 5,000,000 ₸ less.',
    });
    expect(
      plain(outcomeOf({ kind: 'projectCost', maxKzt: 35_000_000 }, { projectCostKzt: 40_000_000 }).explanation).en,
    ).toBe('You would qualify with a project of at most 35,000,000 ₸: yours costs 40,000,000 ₸, 5,000,000 ₸ more.');
  });

  it('states the range when met', () => {
    expect(plain(outcomeOf(rule, { projectCostKzt: 50_000_000 }).explanation)).toEqual({
      kk: 'Сіз бұл талапқа сай келесіз: бағдарлама құны 20 000 000 ₸ мен 1 500 000 000 ₸ аралығында болатын жобаларды қолдайды, ал сіздің жобаңыздың құны — 50 000 000 ₸.',
      ru: 'Вы подходите: программа поддерживает проекты стоимостью от 20 000 000 ₸ до 1 500 000 000 ₸, а ваш проект стоит 50 000 000 ₸.',
      en: 'You qualify: the programme funds projects costing from 20,000,000 ₸ to 1,500,000,000 ₸, and yours costs 50,000,000 ₸.',
    });
  });

  it('is unknown without a cost', () => {
    expect(outcomeOf(rule, {}).outcome).toBe('unknown');
  });
});

describe('ownContribution', () => {
  const rule: EligibilityRule = { kind: 'ownContribution', minShare: 0.1 };

  it('is met at exactly the minimum share', () => {
    const result = outcomeOf(rule, { ownMoneyKzt: 2_000_000, projectCostKzt: 20_000_000 });
    expect(result.outcome).toBe('met');
    expect(plain(result.explanation).en).toBe(
      'You qualify: the programme asks for at least 10% of the cost of your own, and you have 10% (2,000,000 ₸ of 20,000,000 ₸).',
    );
    expect(
      outcomeOf({ kind: 'ownContribution', minShare: 0.2 }, { ownMoneyKzt: 3_000_000, projectCostKzt: 15_000_000 })
        .outcome,
    ).toBe('met');
    expect(
      outcomeOf({ kind: 'ownContribution', minShare: 0.3 }, { ownMoneyKzt: 3_000_000, projectCostKzt: 10_000_000 })
        .outcome,
    ).toBe('met');
  });

  it('is unmet a tenge below and says how much is missing', () => {
    expect(outcomeOf(rule, { ownMoneyKzt: 1_999_999, projectCostKzt: 20_000_000 }).outcome).toBe('unmet');
    const result = outcomeOf(rule, { ownMoneyKzt: 1_200_000, projectCostKzt: 20_000_000 });
    expect(result).toMatchObject({ outcome: 'unmet', changeable: true, verdict: 'nearly' });
    expect(plain(result.explanation)).toEqual({
      kk: 'Өз қаражатыңыз жоба құнының кемінде 10 %-ы болса, бұл талапқа сай боласыз: сізде — 6 % (20 000 000 ₸ ішінен 1 200 000 ₸), тағы 800 000 ₸ жетпейді.',
      ru: 'Вы подойдёте, если собственные средства составят не менее 10 % стоимости проекта: у вас 6 % (1 200 000 ₸ из 20 000 000 ₸), не хватает 800 000 ₸.',
      en: 'You would qualify with at least 10% of the cost of your own: you have 6% (1,200,000 ₸ of 20,000,000 ₸), 800,000 ₸ short.',
    });
  });

  it('never shows a share rounded up to the bound it misses', () => {
    const result = outcomeOf(rule, { ownMoneyKzt: 1_999_000, projectCostKzt: 20_000_000 });
    expect(plain(result.explanation).en).toContain('you have 9.9% (1,999,000 ₸ of 20,000,000 ₸), 1,000 ₸ short');
  });

  it('does not ask for one tenge too many at 20 % of 15 million', () => {
    const result = outcomeOf(
      { kind: 'ownContribution', minShare: 0.2 },
      { ownMoneyKzt: 2_000_000, projectCostKzt: 15_000_000 },
    );
    expect(plain(result.explanation).en).toContain('you have 13.3% (2,000,000 ₸ of 15,000,000 ₸), 1,000,000 ₸ short');
  });

  it('is unknown without the cost or the money', () => {
    expect(outcomeOf(rule, { ownMoneyKzt: 1_000_000 }).outcome).toBe('unknown');
    expect(outcomeOf(rule, { projectCostKzt: 1_000_000 }).outcome).toBe('unknown');
  });
});

describe('certificate', () => {
  const rule: EligibilityRule = { kind: 'certificate', certificate: 'bastau_business', issuedWithinMonths: 24 };

  it('counts a certificate issued exactly 24 months ago, not one a day older', () => {
    const exactly = outcomeOf(rule, { certificates: [{ certificate: 'bastau_business', issuedOn: '2024-03-10' }] });
    expect(exactly.outcome).toBe('met');
    expect(exactly.explanation).toEqual({
      kk: 'Сіз бұл талапқа сай келесіз: бағдарлама соңғы 24 айда берілген «Бастау Бизнес» сертификатын талап етеді, сіздікі 10.03.2024 берілген.',
      ru: 'Вы подходите: программа требует сертификат «Бастау Бизнес», выданный не ранее чем за 24 месяца до подачи заявки, ваш выдан 10.03.2024.',
      en: 'You qualify: the programme asks for a Bastau Business certificate issued within the last 24 months, and yours was issued on 10 March 2024.',
    });
    const older = outcomeOf(rule, { certificates: [{ certificate: 'bastau_business', issuedOn: '2024-03-09' }] });
    expect(older).toMatchObject({ outcome: 'unmet', changeable: true, verdict: 'nearly' });
    expect(older.explanation.en).toBe(
      'You would qualify with a new Bastau Business certificate: yours was issued on 9 March 2024, more than 24 months ago.',
    );
  });

  it('takes the latest of several', () => {
    const result = outcomeOf(rule, {
      certificates: [
        { certificate: 'bastau_business', issuedOn: '2020-01-01' },
        { certificate: 'bastau_business', issuedOn: '2025-06-01' },
      ],
    });
    expect(result.outcome).toBe('met');
  });

  it('tells someone without one how to qualify', () => {
    const result = outcomeOf(rule, { certificates: [] });
    expect(result.explanation).toEqual({
      kk: '«Бастау Бизнес» сертификатын алсаңыз, бұл талапқа сай боласыз (ол соңғы 24 айда берілген болуы керек): сізде ол әзірге жоқ.',
      ru: 'Вы подойдёте, если получите сертификат «Бастау Бизнес» (он должен быть выдан не ранее чем за 24 месяца до подачи заявки): у вас его пока нет.',
      en: 'You would qualify with a Bastau Business certificate issued within the last 24 months: you have none yet.',
    });
  });

  it('is unknown when the question was not answered', () => {
    expect(outcomeOf(rule, {}).outcome).toBe('unknown');
  });
});
