import type { Session } from '@kbdm/accounts/domain';
import { AdminUsersService } from '@kbdm/accounts/api-feature';
import { Clock } from '@kbdm/api/core-config';
import type { ApplicationDecisionTimes, ApplicationFunnel } from '@kbdm/applications/domain';
import { DataSource } from 'typeorm';
import { createAdmin } from '../src/commands/create-admin.command';
import { createTestApp, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';
const ADMIN_PASSWORD = 'Karaganda admin passphrase 2026';
const ROUTES = [
  '/api/v1/stats/applications/funnel',
  '/api/v1/stats/applications/decision-times',
  '/api/v1/stats/sez/occupancy',
  '/api/v1/stats/ppp/pipeline',
  '/api/v1/stats/opportunities',
];

describe('stats for the dashboards', () => {
  let t: TestApp;
  let officer: string;
  let entrepreneur: { id: string; token: string };
  const clock = { now: () => new Date('2026-05-01T06:00:00Z') };

  const get = async <T>(url: string, token?: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.statusCode, body: response.json<T>() };
  };
  const sql = (query: string, params: unknown[] = []) => t.app.get(DataSource).query(query, params);
  const signIn = async (email: string, password = PASSWORD) => {
    const answer = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
    const session = answer.json<Session>();
    return { id: session.user.id, token: session.accessToken };
  };

  beforeAll(async () => {
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '100000';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '100000';
    t = await createTestApp({ providers: [{ provide: Clock, useValue: clock }] });
    const adminEmail = `root.stats.${Date.now()}@akimat.kz`;
    await createAdmin(t.app.get(AdminUsersService), {
      email: adminEmail,
      fullName: 'Serik Admin',
      password: ADMIN_PASSWORD,
    });
    const admin = await signIn(adminEmail, ADMIN_PASSWORD);
    const officerEmail = `officer.stats.${Date.now()}@akimat.kz`;
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { email: officerEmail, fullName: 'Dana Amanzholova', role: 'officer', password: PASSWORD },
      headers: { authorization: `Bearer ${admin.token}` },
    });
    officer = (await signIn(officerEmail)).token;
    const email = `applicant.stats.${Date.now()}@mail.kz`;
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email, password: PASSWORD, role: 'entrepreneur', fullName: 'Aruzhan Bekova' },
    });
    entrepreneur = await signIn(email);

    // Applications with known fates, written straight into the table: the figures are then known.
    const [programme] = await sql(
      `SELECT p.id, v.id AS version FROM programme p JOIN programme_version v ON v.programme_id = p.id
        WHERE p.code = 'service-support' ORDER BY v.effective_from DESC LIMIT 1`,
    );
    const [opportunity] = await sql(`SELECT id FROM opportunity ORDER BY code LIMIT 1`);
    const district = async (code: string) => (await sql('SELECT id FROM district WHERE code = $1', [code]))[0].id;
    const [temirtau, karkaraly] = [await district('temirtau'), await district('karkaraly')];
    const rows: [string, string | null, string | null, string | null, string, boolean][] = [
      // status, submitted, due, decided, district, to the programme (else the opportunity)
      ['approved', '2026-03-02T07:00:00Z', '2026-03-20', '2026-03-10T07:00:00Z', temirtau, true],
      ['rejected', '2026-03-05T07:00:00Z', '2026-03-12', '2026-03-19T07:00:00Z', karkaraly, true],
      ['in_review', '2026-04-01T07:00:00Z', '2026-04-10', null, karkaraly, true],
      ['submitted', '2026-04-28T07:00:00Z', '2026-05-15', null, karkaraly, true],
      ['withdrawn', '2026-02-10T07:00:00Z', '2026-03-01', '2026-02-11T07:00:00Z', temirtau, false],
      ['draft', null, null, null, temirtau, true],
    ];
    for (const [status, submitted, due, decided, districtId, toProgramme] of rows) {
      await sql(
        `INSERT INTO application (applicant_id, target_kind, programme_id, programme_version_id, opportunity_id, status,
           form, district_id, filing_channel, decision_working_days, submitted_at, decision_due, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, '{}', $7, 'portal', 10, $8, $9, $10)`,
        [
          entrepreneur.id,
          toProgramme ? 'programme' : 'opportunity',
          toProgramme ? programme.id : null,
          toProgramme ? programme.version : null,
          toProgramme ? null : opportunity.id,
          status,
          districtId,
          submitted,
          due,
          decided,
        ],
      );
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('counts the funnel per programme, under the period and the districts, as plain SQL does', async () => {
    const all = await get<ApplicationFunnel>('/api/v1/stats/applications/funnel?lang=en', officer);
    expect(all.status).toBe(200);
    expect(all.body.rows.find((r) => r.key === 'service-support')).toMatchObject({
      kind: 'programme',
      title: 'Service support for entrepreneurs',
      submitted: 4,
      open: 2,
      approved: 1,
      rejected: 1,
      withdrawn: 0,
    });
    expect(all.body.rows.find((r) => r.key === 'opportunity')).toMatchObject({ submitted: 1, withdrawn: 1 });
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM application WHERE status <> 'draft'`);
    expect(all.body.total.submitted).toBe(n);

    const march = await get<ApplicationFunnel>(
      '/api/v1/stats/applications/funnel?from=2026-03-01&to=2026-03-31',
      officer,
    );
    expect(march.body.total).toEqual({ submitted: 2, open: 0, approved: 1, rejected: 1, withdrawn: 0 });
    const karkaraly = await get<ApplicationFunnel>('/api/v1/stats/applications/funnel?district=karkaraly', officer);
    expect(karkaraly.body.total).toMatchObject({ submitted: 3, open: 2, rejected: 1 });
  });

  it('measures decisions against their deadlines: on time, late, overdue today, the median days', async () => {
    const answer = await get<ApplicationDecisionTimes>('/api/v1/stats/applications/decision-times', officer);
    expect(answer.status).toBe(200);
    expect(answer.body.rows.find((r) => r.key === 'service-support')).toMatchObject({
      decided: 2,
      onTime: 1,
      late: 1,
      openOverdue: 1,
      openInTime: 1,
      overdueShare: 0.5,
      medianDays: 11,
    });
    expect(answer.body.total).toMatchObject({ decided: 2, late: 1, openOverdue: 1, openInTime: 1 });
  });

  it('sums the SEZ, the PPP pipeline and the opportunities in SQL, matching plain counts', async () => {
    const occupancy = await get<{
      zones: {
        registered: number;
        operating: number;
        slots: Record<string, number>;
        utilities: { utility: string; maximum: number; taken: number }[];
      }[];
    }>('/api/v1/stats/sez/occupancy', officer);
    expect(occupancy.status).toBe(200);
    const [zone] = occupancy.body.zones;
    const [participants] = await sql(
      `SELECT count(*)::int AS registered, count(*) FILTER (WHERE operating)::int AS operating FROM sez_participant`,
    );
    expect({ registered: zone.registered, operating: zone.operating }).toEqual(participants);
    const [slots] = await sql(`SELECT count(*)::int AS n FROM sez_slot`);
    expect(Object.values(zone.slots).reduce((a, b) => a + b, 0)).toBe(slots.n);
    const [power] = await sql(
      `SELECT (SELECT sum(power_max_mw) FROM sez_slot)::float8 AS maximum,
              (SELECT coalesce(sum(power_mw), 0) FROM investor_request WHERE kind = 'reservation'
                 AND status IN ('requested', 'held', 'under_negotiation', 'contracted'))::float8 AS taken`,
    );
    expect(zone.utilities.find((u) => u.utility === 'power')).toMatchObject(power);
    expect(power.taken).toBeGreaterThan(0);

    const pipeline = await get<{ stages: { stage: string; projects: number; capexKzt: number }[] }>(
      '/api/v1/stats/ppp/pipeline',
      officer,
    );
    const byStage = await sql(
      `SELECT stage, count(*)::int AS projects, sum(capex_kzt)::float8 AS capex FROM ppp_project GROUP BY stage`,
    );
    for (const row of byStage) {
      expect(pipeline.body.stages.find((s) => s.stage === row.stage)).toEqual({
        stage: row.stage,
        projects: row.projects,
        capexKzt: row.capex,
      });
    }
    expect(pipeline.body.stages.map((s) => s.stage)).toEqual(['idea', 'concept', 'tender', 'contract', 'operation']);

    const opportunities = await get<{
      bySector: { opportunities: number }[];
      byDistrict: { code: string; opportunities: number }[];
    }>('/api/v1/stats/opportunities?district=temirtau', officer);
    const [inTemirtau] = await sql(
      `SELECT count(*)::int AS n FROM opportunity o JOIN district d ON d.id = o.district_id WHERE d.code = 'temirtau'`,
    );
    expect(opportunities.body.bySector.reduce((sum, row) => sum + row.opportunities, 0)).toBe(inTemirtau.n);
    expect(opportunities.body.byDistrict).toEqual([
      expect.objectContaining({ code: 'temirtau', opportunities: inTemirtau.n }),
    ]);
  });

  it('refuses everyone but officers and administrators, and names a wrong filter', async () => {
    for (const route of ROUTES) {
      expect((await get(route)).status).toBe(401);
      expect((await get(route, entrepreneur.token)).status).toBe(403);
      const wrong = await get<{ errors: { field: string }[] }>(`${route}?from=2026-13-01&district=atlantis`, officer);
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors.map((e) => e.field)).toContain('from');
      const reversed = await get<{ errors: { field: string }[] }>(`${route}?from=2026-05-01&to=2026-04-01`, officer);
      expect(reversed.body.errors.map((e) => e.field)).toEqual(['to']);
      const unknown = await get<{ errors: { field: string }[] }>(`${route}?district=atlantis`, officer);
      expect(unknown.body.errors.map((e) => e.field)).toEqual(['district']);
    }
  });
});
