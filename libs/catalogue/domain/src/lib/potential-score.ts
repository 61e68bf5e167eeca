/**
 * The potential score of an import-substitution opportunity, 0–100, and how it was reached.
 *
 * Five parts, each a value between 0 and 1 multiplied by its weight (the weights add up to 100):
 * - importValue (30): how much the region spends on the import; log-scaled so that
 *   USD 1 million scores 0 and USD 300 million or more scores 1.
 * - importDependence (25): the share of demand not covered locally, 1 − localProductionShare / 100.
 * - jobs (15): jobs created, 500 or more scores 1.
 * - capitalEfficiency (15): jobs per KZT 1 billion of the midpoint investment, 40 or more scores 1.
 * - districtFit (15): the best district's count of fit reasons (raw materials, anchor buyers,
 *   land, labour, logistics), three or more scores 1.
 */
export const POTENTIAL_SCORE_PARTS = [
  'importValue',
  'importDependence',
  'jobs',
  'capitalEfficiency',
  'districtFit',
] as const;
export type PotentialScorePart = (typeof POTENTIAL_SCORE_PARTS)[number];

export const POTENTIAL_SCORE_WEIGHTS: Record<PotentialScorePart, number> = {
  importValue: 30,
  importDependence: 25,
  jobs: 15,
  capitalEfficiency: 15,
  districtFit: 15,
};

export type PotentialScoreInput = {
  importValueUsd: number;
  localProductionShare: number;
  jobs: number;
  investmentKzt: { min: number; max: number };
  /** For each suggested district, how many fit reasons it has. */
  districtFitReasonCounts: number[];
};

export type PotentialScoreComponent = {
  part: PotentialScorePart;
  weight: number;
  /** 0–1, before weighting. */
  value: number;
  /** weight × value, rounded to one decimal. */
  points: number;
};

export type PotentialScore = {
  total: number;
  parts: PotentialScoreComponent[];
};

const IMPORT_VALUE_FLOOR_USD = 1_000_000;
const IMPORT_VALUE_CEILING_USD = 300_000_000;
const JOBS_CEILING = 500;
const JOBS_PER_BILLION_CEILING = 40;
const FIT_REASONS_CEILING = 3;

const clamp01 = (value: number): number => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
const round1 = (value: number): number => Math.round(value * 10) / 10;

function partValues(input: PotentialScoreInput): Record<PotentialScorePart, number> {
  const importValue =
    input.importValueUsd <= IMPORT_VALUE_FLOOR_USD
      ? 0
      : Math.log(input.importValueUsd / IMPORT_VALUE_FLOOR_USD) /
        Math.log(IMPORT_VALUE_CEILING_USD / IMPORT_VALUE_FLOOR_USD);
  const midInvestmentBn = (input.investmentKzt.min + input.investmentKzt.max) / 2 / 1_000_000_000;
  const jobsPerBillion = midInvestmentBn > 0 ? input.jobs / midInvestmentBn : 0;
  return {
    importValue: clamp01(importValue),
    importDependence: clamp01(1 - input.localProductionShare / 100),
    jobs: clamp01(input.jobs / JOBS_CEILING),
    capitalEfficiency: clamp01(jobsPerBillion / JOBS_PER_BILLION_CEILING),
    districtFit: clamp01(Math.max(0, ...input.districtFitReasonCounts) / FIT_REASONS_CEILING),
  };
}

/** Computes the score with its parts; the total is the sum of the parts' points. */
export function computePotentialScore(input: PotentialScoreInput): PotentialScore {
  const values = partValues(input);
  const parts = POTENTIAL_SCORE_PARTS.map((part) => {
    const weight = POTENTIAL_SCORE_WEIGHTS[part];
    const value = Math.round(values[part] * 1000) / 1000;
    return { part, weight, value, points: round1(weight * values[part]) };
  });
  return { total: round1(parts.reduce((sum, p) => sum + p.points, 0)), parts };
}
