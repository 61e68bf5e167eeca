import type { District, Opportunity, Programme, PppProject, Sector } from '@kbdm/catalogue/domain';
import type { Page, ProblemDetails } from '@kbdm/shared/domain';
import { OPPORTUNITIES } from '../src/database/demo-data/opportunities';
import { PPP_PROJECTS } from '../src/database/demo-data/ppp-projects';
import { PROGRAMMES } from '../src/database/demo-data/programmes';
import { createTestApp, get, type TestApp } from './test-app';

describe('catalogue API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const list = <T>(url: string, headers?: Record<string, string>) => get<Page<T>>(t.app, url, headers);

  describe('districts', () => {
    it('serves the 13 units of today’s Karaganda region, 6 cities and 7 districts', async () => {
      const all = await list<District>('/api/v1/districts?pageSize=100');
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(13);
      expect(all.body.items.filter((d) => d.kind === 'city')).toHaveLength(6);
      const cities = await list<District>('/api/v1/districts?kind=city');
      expect(cities.body.total).toBe(6);
    });

    it('answers one district by id and 404 for an unknown one', async () => {
      const first = (await list<District>('/api/v1/districts?pageSize=1')).body.items[0];
      const one = await get<District>(t.app, `/api/v1/districts/${first.id}?lang=en`);
      expect(one.status).toBe(200);
      expect(one.body.title).toBe(first.name.en);
      const missing = await get<ProblemDetails>(t.app, '/api/v1/districts/00000000-0000-4000-8000-000000000000');
      expect(missing.status).toBe(404);
      expect(missing.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('sectors', () => {
    it('filters the priority industries and the divisions of a section', async () => {
      const priority = await list<Sector>('/api/v1/sectors?priority=true&pageSize=100');
      expect(priority.body.total).toBeGreaterThan(0);
      expect(priority.body.items.every((s) => s.priority)).toBe(true);
      const c = await list<Sector>('/api/v1/sectors?section=C&level=division&pageSize=100');
      expect(c.body.items.every((s) => s.section === 'C' && s.level === 'division')).toBe(true);
    });
  });

  describe('opportunities', () => {
    it('pages add up to the total without repeats', async () => {
      const first = await list<Opportunity>('/api/v1/opportunities?pageSize=7');
      const total = first.body.total;
      expect(total).toBe(OPPORTUNITIES.length);
      const ids: string[] = [];
      for (let page = 1; page <= Math.ceil(total / 7); page++) {
        const { body } = await list<Opportunity>(`/api/v1/opportunities?pageSize=7&page=${page}`);
        ids.push(...body.items.map((o) => o.id));
      }
      expect(ids).toHaveLength(total);
      expect(new Set(ids).size).toBe(total);
    });

    it('sorts by potential score by default and returns the score with its parts', async () => {
      const { body } = await list<Opportunity>('/api/v1/opportunities?pageSize=100');
      const totals = body.items.map((o) => o.potentialScore.total);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      const score = body.items[0].potentialScore;
      expect(score.parts.map((p) => p.part)).toEqual(['importValue', 'importDependence', 'jobs', 'capitalEfficiency', 'districtFit']);
      expect(score.total).toBeCloseTo(score.parts.reduce((s, p) => s + p.points, 0), 0);
    });

    it('narrows by sector (a section covers its divisions), status and district', async () => {
      const all = (await list<Opportunity>('/api/v1/opportunities?pageSize=100')).body;
      const c23 = (await list<Opportunity>('/api/v1/opportunities?sector=C23&pageSize=100')).body;
      expect(c23.total).toBeGreaterThan(0);
      expect(c23.total).toBeLessThan(all.total);
      expect(c23.items.every((o) => o.sector.code.startsWith('C23'))).toBe(true);
      const c = (await list<Opportunity>('/api/v1/opportunities?sector=C&pageSize=100')).body;
      expect(c.total).toBeGreaterThanOrEqual(c23.total);
      const open = (await list<Opportunity>('/api/v1/opportunities?status=open&pageSize=100')).body;
      expect(open.items.every((o) => o.status === 'open')).toBe(true);
      const expectedInTemirtau = OPPORTUNITIES.filter(
        (o) => o.districtCode === 'temirtau' || o.districtFits.some((f) => f.districtCode === 'temirtau'),
      ).length;
      const temirtau = (await list<Opportunity>('/api/v1/opportunities?district=temirtau&pageSize=100')).body;
      expect(temirtau.total).toBe(expectedInTemirtau);
    });

    it('filters amount ranges', async () => {
      const { body } = await list<Opportunity>('/api/v1/opportunities?minImportValue=20000000&pageSize=100');
      expect(body.total).toBe(OPPORTUNITIES.filter((o) => o.importValueUsd >= 20_000_000).length);
      expect(body.items.every((o) => o.importValueUsd >= 20_000_000)).toBe(true);
    });

    it('answers titles in the asked language, from ?lang= or Accept-Language', async () => {
      const en = (await list<Opportunity>('/api/v1/opportunities?pageSize=1&lang=en')).body.items[0];
      expect(en.title).toBe(en.name.en);
      const kk = (await list<Opportunity>('/api/v1/opportunities?pageSize=1', { 'accept-language': 'kk-KZ,kk;q=0.9' })).body.items[0];
      expect(kk.title).toBe(kk.name.kk);
    });

    it('finds a Russian word in another inflected form', async () => {
      // «кирпичи» is not a substring of «кирпича»: only the Russian stemmer joins them.
      const brick = OPPORTUNITIES.filter((o) => /кирпич/i.test(`${o.name.ru} ${o.description.ru}`));
      expect(brick.length).toBeGreaterThan(0);
      const { body } = await list<Opportunity>(`/api/v1/opportunities?q=${encodeURIComponent('кирпичами')}&pageSize=100`);
      expect(body.items.map((o) => o.code).sort()).toEqual(brick.map((o) => o.code).sort());
    });

    it('finds partial words and Kazakh words', async () => {
      const { body: partial } = await list<Opportunity>(`/api/v1/opportunities?q=${encodeURIComponent('кирп')}`);
      expect(partial.total).toBeGreaterThan(0);
      const kazakhWord = OPPORTUNITIES[0].name.kk!.split(/\s+/).find((w) => w.length > 4)!;
      const { body: kk } = await list<Opportunity>(`/api/v1/opportunities?q=${encodeURIComponent(kazakhWord)}&pageSize=100`);
      expect(kk.items.map((o) => o.code)).toContain(OPPORTUNITIES[0].code);
    });

    it('finds English words by their stem', async () => {
      const { body } = await list<Opportunity>('/api/v1/opportunities?q=pipes&pageSize=100&lang=en');
      expect(body.total).toBeGreaterThan(0);
      expect(body.items.every((o) => /pipe/i.test(`${o.name.en} ${o.description.en}`))).toBe(true);
    });
  });

  describe('PPP projects', () => {
    it('lists every project and filters by stage', async () => {
      const all = (await list<PppProject>('/api/v1/ppp-projects?pageSize=100')).body;
      expect(all.total).toBe(PPP_PROJECTS.length);
      const tender = (await list<PppProject>('/api/v1/ppp-projects?stage=tender&pageSize=100')).body;
      expect(tender.total).toBe(PPP_PROJECTS.filter((p) => p.stage === 'tender').length);
      expect(tender.items.every((p) => p.tenderDeadline !== null)).toBe(true);
    });

    it('sorts by capital cost', async () => {
      const { body } = await list<PppProject>('/api/v1/ppp-projects?sort=-capex&pageSize=100');
      const capex = body.items.map((p) => p.capexKzt);
      expect(capex).toEqual([...capex].sort((a, b) => b - a));
    });
  });

  describe('programmes', () => {
    it('keeps each programme as versions with the legal act behind each', async () => {
      const { body } = await list<Programme>('/api/v1/programmes?pageSize=100');
      expect(body.total).toBe(PROGRAMMES.length);
      const withAnnulled = body.items.find((p) => p.versions.some((v) => v.legalActNumber.includes('522')));
      expect(withAnnulled).toBeDefined();
      expect(withAnnulled!.versions.find((v) => v.legalActNumber.includes('522'))!.status).toBe('annulled');
    });

    it('shows the unified programme "Іскер аймақ" as current, taking applications', async () => {
      const { body } = await list<Programme>(`/api/v1/programmes?q=${encodeURIComponent('Іскер аймақ')}&status=active`);
      expect(body.total).toBeGreaterThan(0);
      const current = body.items[0].currentVersion;
      expect(current.status).toBe('in_force');
      expect(current.acceptsApplications).toBe(true);
      expect(current.legalAct.number).toContain('1176');
    });

    it('filters programmes active vs historical', async () => {
      const active = (await list<Programme>('/api/v1/programmes?status=active&pageSize=100')).body;
      expect(active.items.every((p) => p.status === 'active' && p.currentVersion.status === 'in_force')).toBe(true);
      const historical = (await list<Programme>('/api/v1/programmes?status=historical&pageSize=100')).body;
      expect(active.total + historical.total).toBe(PROGRAMMES.length);
      expect(historical.items.every((p) => !p.currentVersion.acceptsApplications)).toBe(true);
    });
  });
});
