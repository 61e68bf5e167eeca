import { validateEligibilityRules } from '@kbdm/catalogue/domain';
import type { GeoPoint } from '@kbdm/shared/domain';
import type { ProgrammeSeed, ProgrammeVersionSeed } from './demo-data.types';
import { DISTRICTS } from './districts';
import { OPPORTUNITIES } from './opportunities';
import { PPP_PROJECTS } from './ppp-projects';
import { PROGRAMMES } from './programmes';
import { SECTORS } from './sectors';
import { SEZ } from './sez';

const REGION_BOX = { minLat: 45.5, maxLat: 51.5, minLon: 68.5, maxLon: 78.5 };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const sectorCodes = new Set(SECTORS.map((s) => s.code));
const districtCodes = new Set(DISTRICTS.map((d) => d.code));

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

function unknown(values: string[], known: Set<string>): string[] {
  return values.filter((value) => !known.has(value));
}

function isInsideRegion(point: GeoPoint): boolean {
  return (
    point.lat >= REGION_BOX.minLat &&
    point.lat <= REGION_BOX.maxLat &&
    point.lon >= REGION_BOX.minLon &&
    point.lon <= REGION_BOX.maxLon
  );
}

/** Every object that looks like a LocalizedText, with its path, found anywhere inside `value`. */
function localizedTexts(value: unknown, path: string, found: { path: string; text: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => localizedTexts(item, `${path}[${i}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const isText = keys.length > 0 && keys.every((k) => ['kk', 'ru', 'en', 'drafts'].includes(k));
    if (isText && keys.some((k) => k !== 'drafts')) {
      found.push({ path, text: record });
    } else {
      for (const key of keys) localizedTexts(record[key], `${path}.${key}`, found);
    }
  }
  return found;
}

/** Every object with a `demo` flag, with its path, found anywhere inside `value`. */
function provenanced(value: unknown, path: string, found: { path: string; item: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => provenanced(item, `${path}[${i}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if ('demo' in record) found.push({ path, item: record });
    for (const key of Object.keys(record)) provenanced(record[key], `${path}.${key}`, found);
  }
  return found;
}

function required<T>(value: T | undefined, what = 'item'): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}

function programme(code: string): ProgrammeSeed {
  return required(
    PROGRAMMES.find((p) => p.code === code),
    `programme ${code}`,
  );
}

function versionInForce(seed: ProgrammeSeed): ProgrammeVersionSeed {
  return required(
    seed.versions.find((v) => v.status === 'in_force'),
    `version in force of ${seed.code}`,
  );
}

const ALL_DATA = {
  districts: DISTRICTS,
  sectors: SECTORS,
  opportunities: OPPORTUNITIES,
  pppProjects: PPP_PROJECTS,
  programmes: PROGRAMMES,
  sez: SEZ,
};

describe('demo and sourced catalogue data', () => {
  describe('districts', () => {
    it('are the 13 units of today’s Karaganda region: 6 cities and 7 districts', () => {
      expect(DISTRICTS).toHaveLength(13);
      expect(DISTRICTS.filter((d) => d.kind === 'city').map((d) => d.code)).toEqual([
        'karaganda',
        'temirtau',
        'balkhash',
        'saran',
        'shakhtinsk',
        'priozersk',
      ]);
      expect(DISTRICTS.filter((d) => d.kind === 'district').map((d) => d.code)).toEqual([
        'abay',
        'aktogay',
        'bukhar-zhyrau',
        'karkaraly',
        'nura',
        'osakarov',
        'shet',
      ]);
    });

    it('have unique codes and unique KATO codes of the region (35…)', () => {
      expect(duplicates(DISTRICTS.map((d) => d.code))).toEqual([]);
      expect(duplicates(DISTRICTS.map((d) => d.kato))).toEqual([]);
      for (const district of DISTRICTS) expect(district.kato).toMatch(/^35\d{7}$/);
    });

    it('have lowercase slug codes', () => {
      for (const district of DISTRICTS) expect(district.code).toMatch(/^[a-z][a-z0-9-]*$/);
    });

    it('each cite the boundary data set they come from', () => {
      for (const district of DISTRICTS) {
        expect(district.source.url).toBe('https://github.com/arodionoff/geokz');
        expect(district.source.date).toMatch(ISO_DATE);
      }
    });
  });

  describe('sectors', () => {
    it('have unique OKED codes: a section letter or a division', () => {
      expect(duplicates(SECTORS.map((s) => s.code))).toEqual([]);
      for (const sector of SECTORS) expect(sector.code).toMatch(/^[A-U](\d{2})?$/);
    });

    it('list the section of every division', () => {
      const divisions = SECTORS.filter((s) => s.code.length > 1);
      expect(
        unknown(
          divisions.map((s) => s.code[0]),
          sectorCodes,
        ),
      ).toEqual([]);
    });

    it('mark the anchor industries of the source report as priority', () => {
      const priority = SECTORS.filter((s) => s.priority).map((s) => s.code);
      expect(priority).toEqual(expect.arrayContaining(['F', 'C20', 'C21', 'C23', 'C24', 'C25']));
      expect(priority).not.toContain('C10');
    });
  });

  describe('import-substitution opportunities', () => {
    it('number at least 40, with unique codes', () => {
      expect(OPPORTUNITIES.length).toBeGreaterThanOrEqual(40);
      expect(duplicates(OPPORTUNITIES.map((o) => o.code))).toEqual([]);
    });

    it('refer only to known sectors and districts', () => {
      expect(
        unknown(
          OPPORTUNITIES.map((o) => o.sectorCode),
          sectorCodes,
        ),
      ).toEqual([]);
      const placed = OPPORTUNITIES.flatMap((o) => (o.districtCode ? [o.districtCode] : []));
      expect(unknown(placed, districtCodes)).toEqual([]);
      const fits = OPPORTUNITIES.flatMap((o) => o.districtFits.map((f) => f.districtCode));
      expect(unknown(fits, districtCodes)).toEqual([]);
    });

    it('have one to three district fits, each with at least one distinct reason', () => {
      for (const opportunity of OPPORTUNITIES) {
        expect(opportunity.districtFits.length).toBeGreaterThanOrEqual(1);
        expect(opportunity.districtFits.length).toBeLessThanOrEqual(3);
        expect(duplicates(opportunity.districtFits.map((f) => f.districtCode))).toEqual([]);
        for (const fit of opportunity.districtFits) {
          expect(fit.reasons.length).toBeGreaterThan(0);
          expect(duplicates(fit.reasons)).toEqual([]);
        }
      }
    });

    it('have a place and a district together, and a few on purpose have neither', () => {
      for (const opportunity of OPPORTUNITIES) {
        expect(opportunity.location === null).toBe(opportunity.districtCode === null);
      }
      const withoutPlace = OPPORTUNITIES.filter((o) => o.location === null);
      expect(withoutPlace.length).toBeGreaterThanOrEqual(2);
      expect(withoutPlace.length).toBeLessThanOrEqual(3);
    });

    it('carry plausible trade figures', () => {
      for (const o of OPPORTUNITIES) {
        expect(o.hsCode).toMatch(/^\d{4}(\d{2})?$/);
        expect(o.sourceCountries.length).toBeGreaterThanOrEqual(1);
        expect(o.sourceCountries.length).toBeLessThanOrEqual(3);
        for (const country of o.sourceCountries) expect(country).toMatch(/^[A-Z]{2}$/);
        expect(o.sourceCountries).not.toContain('KZ');
        expect(o.importVolume.amount).toBeGreaterThan(0);
        expect(['t', 'thousand_units', 'm3', 'm2', 'units']).toContain(o.importVolume.unit);
        expect(o.importValueUsd).toBeGreaterThan(0);
        expect(o.localProductionShare).toBeGreaterThanOrEqual(0);
        expect(o.localProductionShare).toBeLessThanOrEqual(100);
        expect(o.investmentKzt.min).toBeGreaterThan(0);
        expect(o.investmentKzt.min).toBeLessThanOrEqual(o.investmentKzt.max);
        expect(Number.isInteger(o.jobs) && o.jobs > 0).toBe(true);
      }
    });

    it('are mostly open, with a few investors found and one or two in production', () => {
      const count = (status: string) => OPPORTUNITIES.filter((o) => o.status === status).length;
      expect(count('open')).toBeGreaterThan(OPPORTUNITIES.length / 2);
      expect(count('investor_found')).toBeGreaterThanOrEqual(1);
      expect(count('in_production')).toBeGreaterThanOrEqual(1);
      expect(count('in_production')).toBeLessThanOrEqual(2);
    });

    it('cover the anchor industries and food', () => {
      const sectors = new Set(OPPORTUNITIES.map((o) => o.sectorCode));
      for (const code of ['C10', 'C20', 'C21', 'C23', 'C24', 'C25', 'C32']) expect(sectors).toContain(code);
    });

    it('are all demo data', () => {
      for (const opportunity of OPPORTUNITIES) {
        expect(opportunity.demo).toBe(true);
        expect(opportunity.source).toBeNull();
      }
    });
  });

  describe('PPP projects', () => {
    it('number at least 10, with unique codes', () => {
      expect(PPP_PROJECTS.length).toBeGreaterThanOrEqual(10);
      expect(duplicates(PPP_PROJECTS.map((p) => p.code))).toEqual([]);
    });

    it('refer only to known sectors and districts', () => {
      expect(
        unknown(
          PPP_PROJECTS.map((p) => p.sectorCode),
          sectorCodes,
        ),
      ).toEqual([]);
      const placed = PPP_PROJECTS.flatMap((p) => (p.districtCode ? [p.districtCode] : []));
      expect(unknown(placed, districtCodes)).toEqual([]);
    });

    it('answer every need named in the source report', () => {
      const needs = new Set(PPP_PROJECTS.map((p) => p.need));
      for (const need of [
        'drinking_water',
        'heat_supply',
        'clean_air',
        'green_technology',
        'higher_education',
        'health_care',
        'housing',
        'tourism',
        'transport',
      ]) {
        expect(needs).toContain(need);
      }
    });

    it('have a tender deadline between December 2026 and June 2027 exactly when at the tender stage', () => {
      for (const project of PPP_PROJECTS) {
        if (project.stage === 'tender') {
          expect(project.tenderDeadline).toMatch(ISO_DATE);
          const deadline = project.tenderDeadline ?? '';
          expect(deadline >= '2026-12-01' && deadline <= '2027-06-30').toBe(true);
        } else {
          expect(project.tenderDeadline).toBeNull();
        }
      }
    });

    it('have positive capital costs and terms, and a place together with a district', () => {
      for (const project of PPP_PROJECTS) {
        expect(project.capexKzt).toBeGreaterThan(0);
        expect(project.termYears).toBeGreaterThan(0);
        expect(project.location === null).toBe(project.districtCode === null);
      }
      expect(PPP_PROJECTS.some((p) => p.location === null)).toBe(true);
    });
  });

  describe('support programmes', () => {
    it('number at least 8, with unique codes and unique version codes within each', () => {
      expect(PROGRAMMES.length).toBeGreaterThanOrEqual(8);
      expect(duplicates(PROGRAMMES.map((p) => p.code))).toEqual([]);
      for (const programme of PROGRAMMES) {
        expect(programme.versions.length).toBeGreaterThan(0);
        expect(duplicates(programme.versions.map((v) => v.code))).toEqual([]);
      }
    });

    it('have at most one version in force each, and at least 6 programmes in force', () => {
      for (const programme of PROGRAMMES) {
        expect(programme.versions.filter((v) => v.status === 'in_force').length).toBeLessThanOrEqual(1);
      }
      const active = PROGRAMMES.filter((p) => p.versions.some((v) => v.status === 'in_force'));
      expect(active.length).toBeGreaterThanOrEqual(6);
    });

    it('keep versions oldest first with consistent dates', () => {
      for (const programme of PROGRAMMES) {
        const starts = programme.versions.map((v) => v.effectiveFrom);
        expect(starts).toEqual([...starts].sort());
        for (const version of programme.versions) {
          expect(version.effectiveFrom).toMatch(ISO_DATE);
          expect(version.legalAct.date).toMatch(ISO_DATE);
          if (version.effectiveTo !== null) expect(version.effectiveTo >= version.effectiveFrom).toBe(true);
          if (version.applicationWindow?.closesOn) {
            expect(version.applicationWindow.closesOn >= version.applicationWindow.opensOn).toBe(true);
          }
        }
      }
    });

    it('take applications only through versions in force, and name the act that annulled an annulled one', () => {
      for (const version of PROGRAMMES.flatMap((p) => p.versions)) {
        if (version.status === 'in_force') {
          expect(version.effectiveTo).toBeNull();
        } else {
          expect(version.acceptsApplications).toBe(false);
          expect(version.effectiveTo).not.toBeNull();
        }
        expect(version.status === 'annulled').toBe(version.legalAct.annulledBy !== undefined);
      }
    });

    it('list 3 to 6 required documents and a decision deadline for every version', () => {
      for (const version of PROGRAMMES.flatMap((p) => p.versions)) {
        expect(version.requiredDocuments.length).toBeGreaterThanOrEqual(3);
        expect(version.requiredDocuments.length).toBeLessThanOrEqual(6);
        expect(version.decisionDeadlineWorkingDays).toBeGreaterThan(0);
        if (version.minAmountKzt !== null && version.maxAmountKzt !== null) {
          expect(version.minAmountKzt).toBeLessThanOrEqual(version.maxAmountKzt);
        }
      }
    });

    it('keep eligibility rules that pass validation', () => {
      for (const programme of PROGRAMMES) {
        for (const version of programme.versions) {
          expect({
            at: `${programme.code}/${version.code}`,
            errors: validateEligibilityRules(version.eligibility),
          }).toEqual({ at: `${programme.code}/${version.code}`, errors: [] });
        }
      }
    });

    it('refer only to known sectors and districts in eligibility rules', () => {
      const rules = PROGRAMMES.flatMap((p) => p.versions.flatMap((v) => v.eligibility));
      const sectors = rules.flatMap((r) => (r.kind === 'sectors' ? [...(r.allowed ?? []), ...(r.excluded ?? [])] : []));
      const districts = rules.flatMap((r) => (r.kind === 'districts' ? r.allowed : []));
      expect(unknown(sectors, sectorCodes)).toEqual([]);
      expect(unknown(districts, districtCodes)).toEqual([]);
    });

    it('use varied rule kinds across the catalogue', () => {
      const kinds = new Set(PROGRAMMES.flatMap((p) => p.versions.flatMap((v) => v.eligibility.map((r) => r.kind))));
      for (const kind of [
        'applicantKind',
        'applicantAge',
        'applicantStatus',
        'businessAge',
        'businessSize',
        'sectors',
        'districts',
        'projectCost',
        'ownContribution',
        'certificate',
      ]) {
        expect(kinds).toContain(kind);
      }
    });

    it('show the source report’s programmes as historical versions', () => {
      const roadmap = required(programme('damu-interest-subsidy').versions.find((v) => v.legalAct.number === '522'));
      expect(roadmap.status).toBe('annulled');
      expect(roadmap.acceptsApplications).toBe(false);
      expect(roadmap.legalAct.annulledBy).toMatchObject({ number: '43', date: '2022-02-02' });

      expect(programme('damu-microcredit').versions[0]).toMatchObject({
        status: 'expired',
        effectiveFrom: '2017-01-01',
        effectiveTo: '2021-12-31',
      });
    });

    it('keep the sourced terms of the Іскер аймақ interest-rate subsidy', () => {
      const current = versionInForce(programme('damu-interest-subsidy'));
      expect(current).toMatchObject({
        acceptsApplications: true,
        applicationChannel: 'egov',
        maxAmountKzt: 200_000_000,
        rate: { kind: 'subsidy_share', percent: 40 },
        termMonths: 36,
        demo: false,
      });
      expect(current.legalAct).toMatchObject({ number: '1176', date: '2025-12-30' });
      expect(current.obligations).toHaveLength(2);
    });

    it('ask for a Bastau Business certificate issued within 24 months for the current microcredit', () => {
      const current = versionInForce(programme('damu-microcredit'));
      expect(current.eligibility).toContainEqual({
        kind: 'certificate',
        certificate: 'bastau_business',
        issuedWithinMonths: 24,
      });
    });
  });

  describe('special economic zone', () => {
    it('has exactly 15 participants, 6 of them operating, with unique codes', () => {
      expect(SEZ.participants).toHaveLength(15);
      expect(SEZ.participants.filter((p) => p.operating)).toHaveLength(6);
      expect(duplicates(SEZ.participants.map((p) => p.code))).toEqual([]);
    });

    it('has at least 20 anchor slots with unique codes and cadastral numbers', () => {
      expect(SEZ.slots.length).toBeGreaterThanOrEqual(20);
      expect(duplicates(SEZ.slots.map((s) => s.code))).toEqual([]);
      expect(duplicates(SEZ.slots.map((s) => s.cadastralNumber))).toEqual([]);
      for (const slot of SEZ.slots) expect(slot.cadastralNumber).toMatch(/^\d{2}-\d{3}-\d{3}-\d{3,4}$/);
    });

    it('refers only to known sectors and districts', () => {
      expect(unknown(SEZ.targetIndustryCodes, sectorCodes)).toEqual([]);
      expect(
        unknown(
          SEZ.participants.map((p) => p.sectorCode),
          sectorCodes,
        ),
      ).toEqual([]);
      expect(
        unknown(
          SEZ.slots.flatMap((s) => s.targetIndustryCodes),
          sectorCodes,
        ),
      ).toEqual([]);
      expect(districtCodes).toContain(SEZ.districtCode);
      expect(
        unknown(
          SEZ.slots.map((s) => s.districtCode),
          districtCodes,
        ),
      ).toEqual([]);
    });

    it('seeks anchor investors in construction, chemical, medical and metalworking industries', () => {
      expect(SEZ.targetIndustryCodes).toEqual(expect.arrayContaining(['C20', 'C21', 'C23', 'C24', 'C25']));
    });

    it('offers slots on its two sites, mostly available, with every status represented', () => {
      expect(new Set(SEZ.slots.map((s) => s.districtCode))).toEqual(new Set(['karaganda', 'saran']));
      const statuses = SEZ.slots.map((s) => s.status);
      for (const status of ['available', 'reserved', 'under_negotiation', 'occupied'])
        expect(statuses).toContain(status);
      expect(statuses.filter((s) => s === 'available').length).toBeGreaterThan(SEZ.slots.length / 2);
    });

    it('gives every slot sane utilities, distances and deal terms', () => {
      for (const slot of SEZ.slots) {
        expect(slot.areaHa).toBeGreaterThan(0);
        expect(slot.targetIndustryCodes.length).toBeGreaterThan(0);
        for (const capacity of Object.values(slot.utilities)) expect(capacity).toBeGreaterThanOrEqual(0);
        expect(slot.utilities.power).toBeGreaterThan(0);
        expect(slot.distanceToRailKm).toBeGreaterThanOrEqual(0);
        expect(slot.distanceToRoadKm).toBeGreaterThanOrEqual(0);
        expect(slot.dealForms.length).toBeGreaterThan(0);
        expect(slot.dealForms.includes('lease')).toBe(slot.leaseRateKztPerHaYear !== null);
        expect(slot.dealForms.includes('purchase')).toBe(slot.priceKzt !== null);
      }
      expect(SEZ.slots.some((s) => s.utilities.gas === 0)).toBe(true);
    });
  });

  describe('all catalogues', () => {
    it('give every localized text a non-empty Kazakh, Russian and English value', () => {
      const texts = localizedTexts(ALL_DATA, 'data');
      expect(texts.length).toBeGreaterThan(300);
      const incomplete = texts
        .filter(({ text }) =>
          ['kk', 'ru', 'en'].some((lang) => typeof text[lang] !== 'string' || !(text[lang] as string).trim()),
        )
        .map(({ path }) => path);
      expect(incomplete).toEqual([]);
    });

    it('place every location inside the region’s bounding box', () => {
      const points: { at: string; point: GeoPoint }[] = [
        ...DISTRICTS.map((d) => ({ at: d.code, point: d.centre })),
        ...OPPORTUNITIES.flatMap((o) => (o.location ? [{ at: o.code, point: o.location }] : [])),
        ...PPP_PROJECTS.flatMap((p) => (p.location ? [{ at: p.code, point: p.location }] : [])),
        { at: SEZ.code, point: SEZ.location },
        ...SEZ.slots.map((s) => ({ at: s.code, point: s.location })),
      ];
      expect(points.filter(({ point }) => !isInsideRegion(point)).map(({ at }) => at)).toEqual([]);
    });

    it('give every sourced item (demo: false) a source with a title and an ISO date', () => {
      const sourced = provenanced(ALL_DATA, 'data').filter(({ item }) => item['demo'] === false);
      expect(sourced.length).toBeGreaterThan(0);
      const unsourced = sourced
        .filter(({ item }) => {
          const source = item['source'] as { title?: string; date?: string } | null;
          return !source || !source.title || !ISO_DATE.test(source.date ?? '');
        })
        .map(({ path }) => path);
      expect(unsourced).toEqual([]);
    });
  });
});
