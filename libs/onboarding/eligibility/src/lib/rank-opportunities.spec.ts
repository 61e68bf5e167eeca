import type { DistrictFitReason } from '@kbdm/catalogue/domain';
import type { OnboardingAnswers } from './answers';
import type { MatchableOpportunity } from './rank-opportunities';
import {
  MATCH_WEIGHTS,
  experienceNeeded,
  matchOpportunity,
  raisableKzt,
  rankOpportunities,
} from './rank-opportunities';

const ref = (code: string) => ({ id: `id-${code}`, code, title: code });

function opportunity(
  code: string,
  over: {
    sector?: string;
    district?: string | null;
    fits?: [string, ...DistrictFitReason[]][];
    min?: number;
    max?: number;
    potential?: number;
  } = {},
): MatchableOpportunity {
  return {
    code,
    sector: ref(over.sector ?? 'C23'),
    district: over.district === null ? null : ref(over.district ?? 'karaganda'),
    districtFits: (over.fits ?? []).map(([district, ...reasons]) => ({ district: ref(district), reasons })),
    investmentKzt: { min: over.min ?? 50_000_000, max: over.max ?? 80_000_000 },
    potentialScore: { total: over.potential ?? 50, parts: [] },
  };
}

const SHET_BRICKMAKER: OnboardingAnswers = {
  district: 'shet',
  sectors: ['C23'],
  ownMoneyKzt: 10_000_000,
  experienceYears: 2,
};

const reason = (o: MatchableOpportunity, answers: OnboardingAnswers, part: keyof typeof MATCH_WEIGHTS) =>
  matchOpportunity(o, answers).reasons.find((r) => r.part === part);

describe('MATCH_WEIGHTS', () => {
  it('add up to 100', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('matchOpportunity', () => {
  it('scores a perfect fit 100 and explains every part', () => {
    const perfect = opportunity('perfect', { district: 'shet', min: 40_000_000, potential: 100 });
    const result = matchOpportunity(perfect, { ...SHET_BRICKMAKER, experienceYears: 1 });
    expect(result.score).toBe(100);
    expect(result.reasons.map((r) => [r.part, r.points])).toEqual([
      ['district', 30],
      ['sector', 25],
      ['money', 25],
      ['experience', 10],
      ['potential', 10],
    ]);
    for (const { text } of result.reasons) {
      for (const sentence of [text.kk, text.ru, text.en]) {
        expect(sentence).toMatch(/^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ].*\.$/);
        expect(sentence).not.toMatch(/undefined|NaN/);
      }
    }
  });

  it('matches the district where the opportunity stands, or one of the districts it fits, with the reasons', () => {
    expect(reason(opportunity('here', { district: 'shet' }), SHET_BRICKMAKER, 'district')?.text.en).toBe(
      'It is located in your district.',
    );
    const fits = reason(
      opportunity('fits', { fits: [['shet', 'raw_materials', 'land']] }),
      SHET_BRICKMAKER,
      'district',
    );
    expect(fits?.value).toBe(1);
    expect(fits?.text).toEqual({
      kk: 'Сіздің ауданыңыз оған қолайлы: шикізат және жер.',
      ru: 'Ваш район или город подходит для неё: сырьё и земля.',
      en: 'Your district suits it: raw materials and land.',
    });
    expect(reason(opportunity('anywhere', { district: null }), SHET_BRICKMAKER, 'district')?.value).toBe(0.5);
    expect(reason(opportunity('elsewhere', { fits: [['nura', 'land']] }), SHET_BRICKMAKER, 'district')?.value).toBe(0);
    expect(reason(opportunity('unknown'), { sectors: ['C23'] }, 'district')?.text.en).toBe(
      'Tell us your district to see whether it fits.',
    );
  });

  it('matches the same code or one under the other fully, and the same section by half', () => {
    const value = (sector: string, sectors: string[]) =>
      reason(opportunity('o', { sector }), { sectors }, 'sector')?.value;
    expect(value('C23', ['C23'])).toBe(1);
    expect(value('C23', ['C'])).toBe(1);
    expect(value('C23', ['C2351'])).toBe(1);
    expect(value('C20', ['C23'])).toBe(0.5);
    expect(value('A01', ['C23'])).toBe(0);
    expect(value('C20', ['A01', 'C23', 'C20'])).toBe(1);
    expect(value('C20', [])).toBe(0);
    expect(reason(opportunity('o', { sector: 'C20' }), { sectors: ['A01', 'C23'] }, 'sector')?.text.en).toBe(
      'Its sector C20 is in the same section (C) as your interest C23.',
    );
  });

  it('compares own money plus a typical loan with the smallest investment, losing a third per tenfold shortfall', () => {
    expect(raisableKzt(2_000_000)).toEqual({ loan: 8_000_000, total: 10_000_000 });
    expect(raisableKzt(100_000_000)).toEqual({ loan: 200_000_000, total: 300_000_000 });
    const money = (min: number, ownMoneyKzt?: number) =>
      reason(opportunity('o', { min, max: min * 2 }), { ownMoneyKzt }, 'money');
    expect(money(10_000_000, 2_000_000)?.value).toBe(1);
    expect(money(100_000_000, 2_000_000)?.value).toBeCloseTo(0.667, 3);
    expect(money(1_000_000_000, 2_000_000)?.value).toBeCloseTo(0.333, 3);
    expect(money(10_000_000_000, 2_000_000)?.value).toBe(0);
    expect(money(10_000_000_000, 0)?.value).toBe(0);
    expect(money(10_000_000)?.value).toBe(0);
    expect(money(100_000_000, 2_000_000)?.text.en.replace(/\u00a0/g, ' ')).toBe(
      'The money falls short: 2,000,000 ₸ of your own and a typical loan of 8,000,000 ₸ make 10,000,000 ₸, and it needs 100,000,000 ₸ – 200,000,000 ₸ (10% of the smallest amount).',
    );
  });

  it('weighs experience against the size of the project', () => {
    expect([50_000_000, 500_000_000, 5_000_000_000].map(experienceNeeded)).toEqual([1, 3, 5]);
    const experience = (min: number, experienceYears?: number) =>
      reason(opportunity('o', { min }), { experienceYears }, 'experience');
    expect(experience(500_000_000, 3)?.value).toBe(1);
    expect(experience(5_000_000_000, 2)?.value).toBe(0.4);
    expect(experience(5_000_000_000)?.value).toBe(0);
    expect(experience(5_000_000_000, 1)?.text).toEqual({
      kk: 'Сіздің 1 жылдық тәжірибеңіз осындай ауқымдағы жобаға ұсынылатын 5 жылдан аз.',
      ru: 'Ваш опыт (1 год) меньше рекомендуемого для проекта такого масштаба (5 лет).',
      en: 'You have 1 year of experience; a project of this size calls for 5 years.',
    });
  });

  it('adds the opportunity’s potential score', () => {
    expect(reason(opportunity('o', { potential: 72.4 }), {}, 'potential')).toMatchObject({ value: 0.724, points: 7.2 });
    expect(reason(opportunity('o', { potential: 72.4 }), {}, 'potential')?.text.ru).toBe(
      'Её оценка потенциала — 72,4 из 100.',
    );
  });
});

describe('rankOpportunities', () => {
  const catalogue = [
    opportunity('far-unrelated', { sector: 'A01', district: 'nura', min: 5_000_000_000, potential: 90 }),
    opportunity('near-same-sector', { district: 'shet', min: 40_000_000, potential: 40 }),
    opportunity('fits-shet-sibling', { sector: 'C20', fits: [['shet', 'labour']], min: 40_000_000, potential: 60 }),
    opportunity('twin-b', { sector: 'C23', district: 'temirtau', potential: 55 }),
    opportunity('twin-a', { sector: 'C23', district: 'temirtau', potential: 55 }),
    opportunity('twin-higher-potential', { sector: 'C23', district: 'temirtau', potential: 56 }),
  ];

  it('puts the best fit first and numbers the ranks', () => {
    const ranked = rankOpportunities(catalogue, SHET_BRICKMAKER);
    expect(ranked.map((r) => [r.rank, r.opportunity.code, r.score])).toEqual([
      [1, 'near-same-sector', 94],
      // 30 + 12.5 (same section) + 25 + 10 + 6 = 83.5.
      [2, 'fits-shet-sibling', 84],
      // Another district: 0 + 25 + 25 + 10 + 5.6 (or 5.5), rounded to the same score.
      [3, 'twin-higher-potential', 66],
      [4, 'twin-a', 66],
      [5, 'twin-b', 66],
      // 0 + 0 + 8.3 (a hundredfold short) + 4 (2 of 5 years) + 9.
      [6, 'far-unrelated', 21],
    ]);
  });

  it('breaks ties by potential score, then by code, whatever the input order', () => {
    const forward = rankOpportunities(catalogue, SHET_BRICKMAKER).map((r) => r.opportunity.code);
    const backward = rankOpportunities([...catalogue].reverse(), SHET_BRICKMAKER).map((r) => r.opportunity.code);
    expect(backward).toEqual(forward);
  });

  it('keeps the caller’s objects and ranks nothing as nothing', () => {
    expect(rankOpportunities(catalogue, SHET_BRICKMAKER)[0].opportunity).toBe(catalogue[1]);
    expect(rankOpportunities([], SHET_BRICKMAKER)).toEqual([]);
  });

  it('ranks by potential alone when nothing is known about the applicant', () => {
    const ranked = rankOpportunities(catalogue, {});
    expect(ranked[0].opportunity.code).toBe('far-unrelated');
    expect(ranked[0].score).toBe(9);
  });
});
