import type { DistrictFigure, DistrictFigures } from '@kbdm/map/domain';

/**
 * Five classes from light to dark: a sequential ramp (ColorBrewer "YlGnBu") that stays
 * readable for the common kinds of colour blindness; the darkest classes take white labels.
 */
export const CLASS_COLOURS = ['#edf8b1', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** The colour of a district whose figure is zero: nothing to colour. */
export const ZERO_COLOUR = '#ffffff';

/** One class of the legend: values above `from` up to and including `to`. */
export type ScaleClass = { from: number; to: number; colour: string };

export type DistrictScale = {
  classes: ScaleClass[];
  max: number;
  colourOf(value: number): string;
  /** A circle's radius in pixels: its area grows with the value, so big numbers don't dwarf small ones. */
  radiusOf(value: number): number;
};

const MIN_RADIUS = 6;
const MAX_RADIUS = 30;

/** Rounds a class boundary up to two significant digits, so the legend reads 1 500, not 1 487.3. */
export function niceCeil(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.ceil(value / magnitude) * magnitude;
}

/**
 * Classes by quantiles of the non-zero values (each class holds about as many districts), with
 * rounded, strictly rising boundaries: with 13 districts and skewed figures (one city holds most
 * of the SEZ) equal intervals would leave every district but one in the first class.
 */
export function districtScale(figures: readonly DistrictFigures[], figure: DistrictFigure): DistrictScale {
  const values = figures
    .map((f) => f[figure])
    .filter((v) => v > 0)
    .sort((a, b) => a - b);
  const max = values.at(-1) ?? 0;
  const classes: ScaleClass[] = [];
  let from = 0;
  for (let i = 1; i <= CLASS_COLOURS.length && from < max; i++) {
    const quantile = values[Math.min(values.length - 1, Math.ceil((i / CLASS_COLOURS.length) * values.length) - 1)];
    const to = i === CLASS_COLOURS.length ? max : Math.min(max, niceCeil(quantile));
    if (to <= from) continue;
    classes.push({ from, to, colour: '' });
    from = to;
  }
  // Fewer classes spread over the ramp: the darkest colour always marks the highest class.
  const last = CLASS_COLOURS.length - 1;
  classes.forEach((c, i) => {
    c.colour = CLASS_COLOURS[classes.length === 1 ? last : Math.round((i * last) / (classes.length - 1))];
  });
  return {
    classes,
    max,
    colourOf: (value) =>
      value <= 0 ? ZERO_COLOUR : ((classes.find((c) => value <= c.to) ?? classes.at(-1))?.colour ?? ZERO_COLOUR),
    radiusOf: (value) =>
      value <= 0 || max <= 0 ? MIN_RADIUS / 2 : MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(value / max),
  };
}
