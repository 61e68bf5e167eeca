import { formatFigure, type MatchFacts, matchPppProject, matchSlot, rankSlots } from './slot-matching';

const K01: MatchFacts = {
  targetSectorCodes: ['C24', 'C25'],
  areaHa: 12.5,
  free: { power: 14, water: 400, sewerage: 320, heat: 4, gas: 0 },
  dealForms: ['lease', 'purchase'],
  priceKzt: 150_000_000,
  leaseRateKztPerHaYear: 450_000,
  railSpur: true,
  distanceToRailKm: 0.3,
};

describe('matching slots to an investor', () => {
  it('gives one reason per criterion, in each language', () => {
    const match = matchSlot({ sectorCode: 'C24.10', areaHa: 10, utilities: { power: 10 }, budgetKzt: 10_000_000 }, K01);
    expect(match.fits).toBe(true);
    expect(match.score).toBe(1);
    expect(match.reasons.map((reason) => reason.criterion)).toEqual(['sector', 'area', 'power', 'budget', 'rail']);
    expect(match.reasons.find((reason) => reason.criterion === 'power')?.text).toEqual({
      kk: 'электр қуаты: 14 МВт бос, сізге 10 керек',
      ru: 'электроэнергия: свободно 14 МВт, нужно 10',
      en: 'power: 14 MW free, you need 10',
    });
    // The lease of 12.5 ha at 450,000 ₸ a year is cheaper than buying the plot.
    expect(match.reasons.find((reason) => reason.criterion === 'budget')?.text.ru).toBe(
      'Аренда за первый год: 5\u00a0625\u00a0000 ₸, бюджет 10\u00a0000\u00a0000 ₸',
    );
    expect(match.reasons.at(-1)?.text.en).toBe('Rail spur on the plot');
  });

  it('says what falls short, and scores the share met', () => {
    const match = matchSlot(
      { sectorCode: 'C10', utilities: { power: 10, gas: 50 }, areaHa: 20 },
      { ...K01, railSpur: false },
    );
    expect(match.fits).toBe(false);
    expect(match.score).toBe(0.25);
    expect(match.reasons.filter((reason) => !reason.met).map((reason) => reason.criterion)).toEqual([
      'sector',
      'area',
      'gas',
      'rail',
    ]);
    expect(match.reasons.find((reason) => reason.criterion === 'area')?.text.en).toBe('12.5 ha, you need 20');
    expect(match.reasons.find((reason) => reason.criterion === 'area')?.text.kk).toBe('12,5 га, сізге 20 керек');
    expect(match.reasons.at(-1)?.text.ru).toBe('До железной дороги 0,3 км');
  });

  it('judges only what was asked: no needs, every slot fits', () => {
    expect(matchSlot({}, K01)).toMatchObject({ fits: true, score: 1 });
    expect(matchSlot({}, K01).reasons.map((reason) => reason.criterion)).toEqual(['rail']);
  });

  it('ranks the fitting slots first, then by the share met, the rail spur and the free power', () => {
    const slots = [
      { code: 'small', facts: { ...K01, free: { ...K01.free, power: 4 } } },
      { code: 'no-rail', facts: { ...K01, railSpur: false, free: { ...K01.free, power: 30 } } },
      { code: 'k-01', facts: K01 },
      { code: 'big', facts: { ...K01, free: { ...K01.free, power: 20 } } },
    ];
    const ranked = rankSlots({ utilities: { power: 10 } }, slots, (slot) => slot.facts).map((entry) => entry.slot.code);
    expect(ranked).toEqual(['big', 'k-01', 'no-rail', 'small']);
  });

  it('writes figures the way each language does, without locale data', () => {
    expect(formatFigure(1234567.891, 'en')).toBe('1,234,567.89');
    expect(formatFigure(1234567.891, 'ru')).toBe('1\u00a0234\u00a0567,89');
    expect(formatFigure(0.5, 'kk')).toBe('0,5');
  });
});

describe('matching PPP projects to an investor', () => {
  const project = { sectorCode: 'D35', capexKzt: 12_000_000_000, tenderDeadline: '2027-03-01' };

  it('judges the sector and the budget against the capex, and says whether a tender is open', () => {
    const match = matchPppProject({ sectorCode: 'D35.30', budgetKzt: 15_000_000_000 }, project);
    expect(match).toMatchObject({ fits: true, score: 1 });
    expect(match.reasons.map((r) => [r.criterion, r.met])).toEqual([
      ['sector', true],
      ['budget', true],
      ['tender', true],
    ]);
    expect(match.reasons[1].text.en).toBe('Capex: 12,000,000,000 ₸, budget 15,000,000,000 ₸');
    expect(match.reasons[2].text.ru).toBe('Конкурс до 2027-03-01');
  });

  it('says what falls short', () => {
    const match = matchPppProject({ sectorCode: 'C24', budgetKzt: 1_000_000 }, { ...project, tenderDeadline: null });
    expect(match).toMatchObject({ fits: false, score: 0 });
    expect(match.reasons[0].text.en).toBe('The project is in D35, not C24');
    expect(match.reasons[2]).toMatchObject({ met: false, text: { en: 'No tender announced yet' } });
  });
});
