import { computePotentialScore, POTENTIAL_SCORE_WEIGHTS } from './potential-score';

const base = {
  importValueUsd: 300_000_000,
  localProductionShare: 0,
  jobs: 500,
  investmentKzt: { min: 10_000_000_000, max: 10_000_000_000 },
  districtFitReasonCounts: [3],
};

describe('computePotentialScore', () => {
  it('gives 100 when every part is at its ceiling', () => {
    const score = computePotentialScore(base);
    expect(score.total).toBe(100);
    expect(score.parts.every((p) => p.value === 1)).toBe(true);
  });

  it('weights add up to 100 and the total is the sum of the parts', () => {
    expect(Object.values(POTENTIAL_SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const score = computePotentialScore({ ...base, importValueUsd: 12_000_000, localProductionShare: 35, jobs: 120 });
    const sum = Math.round(score.parts.reduce((s, p) => s + p.points, 0) * 10) / 10;
    expect(score.total).toBeCloseTo(sum, 5);
  });

  it('scores no import value at or below USD 1 million and no dependence when fully produced locally', () => {
    const score = computePotentialScore({ ...base, importValueUsd: 1_000_000, localProductionShare: 100 });
    expect(score.parts.find((p) => p.part === 'importValue')?.value).toBe(0);
    expect(score.parts.find((p) => p.part === 'importDependence')?.value).toBe(0);
  });

  it('counts jobs per billion tenge of the midpoint investment', () => {
    // 100 jobs on KZT 5 bn = 20 jobs per billion = half of the ceiling of 40.
    const score = computePotentialScore({ ...base, jobs: 100, investmentKzt: { min: 4e9, max: 6e9 } });
    expect(score.parts.find((p) => p.part === 'capitalEfficiency')?.value).toBe(0.5);
  });

  it('takes the best district and survives an opportunity with none', () => {
    expect(
      computePotentialScore({ ...base, districtFitReasonCounts: [1, 2] }).parts.find((p) => p.part === 'districtFit')
        ?.value,
    ).toBeCloseTo(0.667, 3);
    expect(
      computePotentialScore({ ...base, districtFitReasonCounts: [] }).parts.find((p) => p.part === 'districtFit')
        ?.value,
    ).toBe(0);
  });
});
