import type { DistrictFigures } from '@kbdm/map/domain';
import { CLASS_COLOURS, districtScale, niceCeil, ZERO_COLOUR } from './district-scale';

function district(code: string, opportunities: number, freeSezAreaHa = 0): DistrictFigures {
  return {
    district: { id: code, code, title: code },
    centre: { lat: 49, lon: 73 },
    opportunities,
    importValueUsd: opportunities * 1_000_000,
    pppProjects: 0,
    freeSezAreaHa,
  };
}

describe('niceCeil', () => {
  it.each([
    [0, 0],
    [1, 1],
    [7.2, 7.2],
    [7.21, 7.3],
    [14, 14],
    [1487.3, 1500],
    [94.3, 95],
  ])('rounds %p up to two significant digits: %p', (value, nice) => {
    expect(niceCeil(value)).toBeCloseTo(nice, 10);
  });
});

describe('districtScale', () => {
  const figures = [0, 1, 2, 2, 3, 5, 8, 13, 21, 34].map((n, i) => district(`d${i}`, n));

  it('splits the non-zero values into five rising classes ending at the maximum', () => {
    const scale = districtScale(figures, 'opportunities');
    expect(scale.max).toBe(34);
    expect(scale.classes).toHaveLength(5);
    expect(scale.classes.map((c) => c.colour)).toEqual([...CLASS_COLOURS]);
    expect(scale.classes[0].from).toBe(0);
    expect(scale.classes.at(-1)?.to).toBe(34);
    for (let i = 1; i < scale.classes.length; i++) {
      expect(scale.classes[i].from).toBe(scale.classes[i - 1].to);
      expect(scale.classes[i].to).toBeGreaterThan(scale.classes[i].from);
    }
  });

  it('colours zero apart, the maximum darkest, and a value on a boundary in the lower class', () => {
    const scale = districtScale(figures, 'opportunities');
    expect(scale.colourOf(0)).toBe(ZERO_COLOUR);
    expect(scale.colourOf(34)).toBe(CLASS_COLOURS[4]);
    expect(scale.colourOf(scale.classes[1].to)).toBe(CLASS_COLOURS[1]);
  });

  it('sizes circles by area: four times the value, twice the growth over the smallest radius', () => {
    const scale = districtScale([district('a', 100)], 'opportunities');
    const growth = (v: number) => scale.radiusOf(v) - scale.radiusOf(0.0001);
    expect(growth(100) / growth(25)).toBeCloseTo(2, 2);
    expect(scale.radiusOf(0)).toBeLessThan(scale.radiusOf(1));
  });

  it('uses the darkest colour for a single class when one district holds everything', () => {
    const scale = districtScale([district('a', 0, 0), district('b', 0, 94.3)], 'freeSezAreaHa');
    expect(scale.classes).toEqual([{ from: 0, to: 94.3, colour: CLASS_COLOURS[4] }]);
  });

  it('has no classes when every figure is zero', () => {
    const scale = districtScale([district('a', 0)], 'opportunities');
    expect(scale.classes).toEqual([]);
    expect(scale.colourOf(0)).toBe(ZERO_COLOUR);
  });
});
