import fc from 'fast-check';
import { AdminUsersService } from '@kbdm/accounts/api-feature';
import type { AuditEventView, Profile, Session } from '@kbdm/accounts/domain';
import type { Assessment, OnboardingAnswers, OnboardingDemand } from '@kbdm/onboarding/eligibility';
import type { Page, ProblemDetails } from '@kbdm/shared/domain';
import { DataSource } from 'typeorm';
import { createAdmin } from '../src/commands/create-admin.command';
import { createTestApp, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';
const ADMIN_PASSWORD = 'coal trains at Shakhtinsk dawn';
const ASSESSMENTS = '/api/v1/onboarding/assessments';
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

type Answer<T> = { status: number; headers: Record<string, string | string[] | number | undefined>; body: T };
type Method = 'GET' | 'POST';

/** The eligibility library's demo-programmes.spec profile: a 25-year-old unemployed person in Shet with a micro C23 idea. */
const SHET_PROFILE: OnboardingAnswers = {
  applicantKind: 'individual',
  birthDate: '2001-06-15',
  statuses: ['unemployed'],
  businessAgeMonths: null,
  businessSize: 'micro',
  sectors: ['C23'],
  district: 'shet',
  projectCostKzt: 15_000_000,
  ownMoneyKzt: 2_000_000,
  certificates: [],
};

describe('onboarding API', () => {
  let t: TestApp;
  let people = 0;
  let admin: { id: string; token: string };
  let officer: { token: string };

  const call = async <T>(
    method: Method,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> => {
    const response = await t.app.inject({ method, url, payload: payload as object, headers });
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    return {
      status: response.statusCode,
      headers: response.headers,
      body: (isJson ? response.json() : response.body) as T,
    };
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const create = (answers: unknown, headers: Record<string, string> = {}) =>
    call<Assessment>('POST', `${ASSESSMENTS}?lang=en`, { answers }, headers);

  const expectProblem = (answer: Answer<unknown>, status: number, fields: string[] = []): ProblemDetails => {
    expect(answer.status).toBe(status);
    expect(String(answer.headers['content-type'])).toContain('application/problem+json');
    const body = answer.body as ProblemDetails;
    expect(body.status).toBe(status);
    for (const field of fields) expect(body.errors?.map((e) => e.field)).toContain(field);
    return body;
  };

  const signIn = async (email: string, password = PASSWORD): Promise<string> => {
    const session = await call<Session>('POST', '/api/v1/auth/sign-in', { email, password });
    expect(session.status).toBe(200);
    return session.body.accessToken;
  };

  /** A freshly registered entrepreneur, signed in; `districtId` set on the profile if given. */
  const newEntrepreneur = async (districtId?: string) => {
    const email = `onboarding${++people}.${Date.now()}@mail.kz`;
    const registered = await call<Profile>('POST', '/api/v1/auth/register', {
      email,
      password: PASSWORD,
      role: 'entrepreneur',
      fullName: 'Aruzhan Bekova',
      ...(districtId ? { districtId } : {}),
    });
    expect(registered.status).toBe(201);
    return { id: registered.body.id, token: await signIn(email) };
  };

  const districtId = async (code: string): Promise<string> => {
    const [row] = await t.app.get(DataSource).query('SELECT id FROM district WHERE code = $1', [code]);
    return row.id;
  };

  beforeAll(async () => {
    // These tests save assessments and sign in far faster than people do; throttling has its own spec.
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '100000';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '100000';
    process.env['THROTTLE_ASSESSMENTS_PER_MINUTE'] = '100000';
    t = await createTestApp();
    const adminEmail = `root.onboarding.${Date.now()}@akimat.kz`;
    const created = await createAdmin(t.app.get(AdminUsersService), {
      email: adminEmail,
      fullName: 'Serik Admin',
      password: ADMIN_PASSWORD,
    });
    admin = { id: created.id, token: await signIn(adminEmail, ADMIN_PASSWORD) };
    const officerEmail = `officer.onboarding.${Date.now()}@akimat.kz`;
    const appointed = await call(
      'POST',
      '/api/v1/admin/users',
      {
        email: officerEmail,
        fullName: 'Dana Amanzholova',
        role: 'officer',
        password: PASSWORD,
      },
      bearer(admin.token),
    );
    expect(appointed.status).toBe(201);
    officer = { token: await signIn(officerEmail) };
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('POST and GET /api/v1/onboarding/assessments', () => {
    it('gives the known profile the known verdicts against the seeded demo programmes', async () => {
      const created = await create(SHET_PROFILE);
      expect(created.status).toBe(201);
      const assessment = created.body;
      expect(assessment.id).toMatch(TOKEN);
      expect(assessment.claimed).toBe(false);
      expect(assessment.answers).toEqual(SHET_PROFILE);
      expect(assessment.programmes.map((p) => [p.programme.code, p.verdict])).toEqual([
        ['bastau-business', 'eligible'],
        ['service-support', 'eligible'],
        ['damu-interest-subsidy', 'nearly'],
        ['damu-microcredit', 'nearly'],
        ['grants-new-entrepreneurs', 'nearly'],
        ['damu-loan-guarantee', 'nearly'],
        ['small-towns-microcredit', 'not'],
        ['agri-investment-subsidy', 'not'],
        ['rural-microcredit', 'not'],
        ['regional-manufacturing-cofinancing', 'not'],
      ]);
      expect(assessment.summary).toEqual({ eligible: 2, nearly: 4, not: 4, total: 10 });

      const byCode = (code: string) => {
        const found = assessment.programmes.find((p) => p.programme.code === code);
        if (!found) throw new Error(`no verdict for ${code}`);
        return found;
      };
      const guarantee = byCode('damu-loan-guarantee');
      expect(guarantee.rules.map((r) => [r.kind, r.outcome])).toEqual([
        ['applicantKind', 'unmet'],
        ['businessSize', 'met'],
        ['sectors', 'met'],
        ['ownContribution', 'unmet'],
      ]);
      expect(guarantee.rules[3].explanation.en.replace(/\u00a0/g, ' ')).toBe(
        'You would qualify with at least 20% of the cost of your own: you have 13.3% (2,000,000 ₸ of 15,000,000 ₸), 1,000,000 ₸ short.',
      );
      expect(Object.keys(guarantee.rules[3].explanation).sort()).toEqual(['en', 'kk', 'ru']);
      // Explanations name the catalogue's districts, not their codes.
      const smallTowns = byCode('small-towns-microcredit');
      expect(smallTowns.rules.find((r) => r.kind === 'districts')?.explanation.en).toContain('Temirtau');
      expect(smallTowns.programme).toMatchObject({
        title: smallTowns.programme.name.en,
        maxAmountKzt: expect.any(Number),
      });

      // The opportunities: at most ten, ranked, each with a reason per part of its score.
      expect(assessment.opportunities.length).toBeGreaterThan(0);
      expect(assessment.opportunities.length).toBeLessThanOrEqual(10);
      expect(assessment.opportunities.map((o) => o.rank)).toEqual(assessment.opportunities.map((_, i) => i + 1));
      const scores = assessment.opportunities.map((o) => o.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const match of assessment.opportunities) {
        expect(match.reasons.map((r) => r.part)).toEqual(['district', 'sector', 'money', 'experience', 'potential']);
        expect(match.opportunity.sector.code).toMatch(/^[A-U]/);
      }
      // In Shet: the best matches suit the district; the C23 (building materials) ones are among the ten.
      expect(assessment.opportunities[0].reasons[0]).toMatchObject({ part: 'district', value: 1 });
      expect(assessment.opportunities.some((o) => o.opportunity.sector.code.startsWith('C23'))).toBe(true);
    });

    it('shows the same results to whoever holds the id, with titles in the language asked for', async () => {
      const created = await create(SHET_PROFILE);
      const again = await call<Assessment>('GET', `${ASSESSMENTS}/${created.body.id}?lang=en`);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(created.body);

      const inRussian = await call<Assessment>('GET', `${ASSESSMENTS}/${created.body.id}`, undefined, {
        'accept-language': 'ru',
      });
      expect(inRussian.body.programmes.map((p) => p.verdict)).toEqual(created.body.programmes.map((p) => p.verdict));
      expect(inRussian.body.programmes[0].programme.title).toBe(created.body.programmes[0].programme.name.ru);
    });

    it('makes a new 22-character base64url id for every assessment', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await create(SHET_PROFILE)).body.id);
      for (const id of ids) expect(id).toMatch(TOKEN);
      expect(new Set(ids).size).toBe(3);
    });

    it('refuses wrong answers with 400 naming each one, and saves nothing', async () => {
      const before = await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM onboarding_assessment');
      const wrong = await create({
        applicantKind: 'individual',
        age: 7,
        district: 'atlantis',
        ownMoneyKzt: -5,
        sectors: ['C23', 'steel', 'C99'],
        favouriteColour: 'red',
      });
      const body = expectProblem(wrong, 400, [
        'answers.age',
        'answers.district',
        'answers.ownMoneyKzt',
        'answers.sectors[1]',
        'answers.sectors[2]',
        'answers.favouriteColour',
      ]);
      expect(body.code).toBe('invalid_input');
      expectProblem(await create({ applicantKind: 'individual', district: 'shet' }), 400, ['answers.birthDate']);
      expectProblem(await create('not an object'), 400, ['answers']);
      expectProblem(await call('POST', ASSESSMENTS, {}), 400, ['answers']);
      expectProblem(await call('POST', ASSESSMENTS, { answers: SHET_PROFILE, extra: 1 }), 400, ['extra']);
      const after = await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM onboarding_assessment');
      expect(after[0].n).toBe(before[0].n);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      for (const id of [
        'AAAAAAAAAAAAAAAAAAAAAA',
        'short',
        'x'.repeat(23),
        '6f1f2d9c-0000-4000-8000-000000000000',
        'a%2Fb',
      ]) {
        const body = expectProblem(await call('GET', `${ASSESSMENTS}/${id}`), 404);
        expect(body.code).toBe('assessment_not_found');
      }
    });

    it('is described in OpenAPI', async () => {
      const docs = await call<{ paths: Record<string, unknown> }>('GET', '/api/docs/openapi.json');
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining([
          ASSESSMENTS,
          `${ASSESSMENTS}/{id}`,
          `${ASSESSMENTS}/{id}/claim`,
          '/api/v1/me/assessments',
          '/api/v1/onboarding/demand',
        ]),
      );
    });

    it('refuses an access token that is sent but invalid, instead of treating the caller as anonymous', async () => {
      expectProblem(await create(SHET_PROFILE, bearer('not.a.token')), 401);
    });

    it('never answers 5xx to junk bodies', async () => {
      const field = fc.constantFrom(
        'applicantKind',
        'birthDate',
        'age',
        'statuses',
        'businessAgeMonths',
        'businessSize',
        'sectors',
        'district',
        'projectCostKzt',
        'ownMoneyKzt',
        'experienceYears',
        'certificates',
        '__proto__',
        'constructor',
        'x',
      );
      const junkValue = fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), { maxLength: 4 }),
        fc.object({ maxDepth: 1 }),
      );
      // Nearly valid answers too, so that junk also reaches the engine and the database.
      const nearlyValid = fc.record({
        applicantKind: fc.constantFrom('individual', 'individual_entrepreneur', 'legal_entity', 'robot'),
        age: fc.integer({ min: 10, max: 110 }),
        // Not nura or karkaraly: the demand tests below count the assessments saved there.
        district: fc.constantFrom('shet', 'temirtau', 'priozersk', 'atlantis', ''),
        sectors: fc.array(fc.constantFrom('C', 'C23', 'A01', 'C10', 'Z9', 'G'), { maxLength: 3 }),
        projectCostKzt: fc.oneof(fc.integer({ min: -10, max: 2_000_000_000 }), fc.double()),
        ownMoneyKzt: fc.integer({ min: -10, max: 200_000_000 }),
        statuses: fc.array(fc.constantFrom('youth', 'unemployed', 'rural_resident', 'pirate'), { maxLength: 3 }),
      });
      const answers = fc.oneof(
        nearlyValid,
        fc.dictionary(field, junkValue, { maxKeys: 6 }),
        fc.anything({ maxDepth: 2 }),
      );
      const body = fc.oneof(
        answers.map((a) => ({ answers: a })),
        fc.anything({ maxDepth: 2 }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const response = await t.app.inject({
            method: 'POST',
            url: ASSESSMENTS,
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify(payload) ?? 'undefined',
          });
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400)
            expect(response.headers['content-type']).toContain('application/problem+json');
        }),
        { numRuns: 150 },
      );
    }, 120_000);
  });

  describe('claiming an assessment', () => {
    it('attaches it to the caller, fills their empty district, and shuts everybody else out', async () => {
      const created = await create(SHET_PROFILE);
      const id = created.body.id;
      const first = await newEntrepreneur();
      const second = await newEntrepreneur();

      const claimed = await call<Assessment>('POST', `${ASSESSMENTS}/${id}/claim`, undefined, bearer(first.token));
      expect(claimed.status).toBe(200);
      expect(claimed.body).toMatchObject({ id, claimed: true, summary: created.body.summary });

      const profile = await call<Profile>('GET', '/api/v1/me', undefined, bearer(first.token));
      expect(profile.body.districtId).toBe(await districtId('shet'));

      // The owner still reads it, and claiming it again changes nothing.
      expect((await call('GET', `${ASSESSMENTS}/${id}`, undefined, bearer(first.token))).status).toBe(200);
      expect((await call('POST', `${ASSESSMENTS}/${id}/claim`, undefined, bearer(first.token))).status).toBe(200);
      const mine = await call<Assessment[]>('GET', '/api/v1/me/assessments', undefined, bearer(first.token));
      expect(mine.body.map((a) => a.id)).toEqual([id]);

      // A second person cannot take it, read it or list it; nor can the link alone any more.
      expectProblem(await call('POST', `${ASSESSMENTS}/${id}/claim`, undefined, bearer(second.token)), 409);
      expectProblem(await call('GET', `${ASSESSMENTS}/${id}`, undefined, bearer(second.token)), 404);
      expectProblem(await call('GET', `${ASSESSMENTS}/${id}`), 404);
      expect((await call<Assessment[]>('GET', '/api/v1/me/assessments', undefined, bearer(second.token))).body).toEqual(
        [],
      );
      // Not even an administrator reads a person's answers through this route.
      expectProblem(await call('GET', `${ASSESSMENTS}/${id}`, undefined, bearer(admin.token)), 404);

      const audit = await call<Page<AuditEventView>>(
        'GET',
        `/api/v1/admin/audit-events?action=assessment.claimed&targetId=${id}`,
        undefined,
        bearer(admin.token),
      );
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]).toMatchObject({
        actorId: first.id,
        targetType: 'onboarding_assessment',
        details: { profileFields: 'districtId' },
      });
    });

    it('leaves a district the profile already has as it is', async () => {
      const temirtau = await districtId('temirtau');
      const person = await newEntrepreneur(temirtau);
      const created = await create(SHET_PROFILE);
      expect(
        (await call('POST', `${ASSESSMENTS}/${created.body.id}/claim`, undefined, bearer(person.token))).status,
      ).toBe(200);
      expect((await call<Profile>('GET', '/api/v1/me', undefined, bearer(person.token))).body.districtId).toBe(
        temirtau,
      );
    });

    it('saves an assessment made while signed in to the account at once, newest first in the list', async () => {
      const person = await newEntrepreneur();
      const older = await create(SHET_PROFILE, bearer(person.token));
      const newer = await create({ ...SHET_PROFILE, district: 'temirtau' }, bearer(person.token));
      expect(newer.status).toBe(201);
      expect(newer.body.claimed).toBe(true);
      expectProblem(await call('GET', `${ASSESSMENTS}/${newer.body.id}`), 404);
      const mine = await call<Assessment[]>('GET', '/api/v1/me/assessments?lang=en', undefined, bearer(person.token));
      expect(mine.status).toBe(200);
      expect(mine.body.map((a) => a.id)).toEqual([newer.body.id, older.body.id]);
      expect(mine.body[1]).toEqual(older.body);
    });

    it('needs a signed-in person, and answers 404 for an unknown or malformed id', async () => {
      const created = await create(SHET_PROFILE);
      expectProblem(await call('POST', `${ASSESSMENTS}/${created.body.id}/claim`), 401);
      expectProblem(await call('GET', '/api/v1/me/assessments'), 401);
      const person = await newEntrepreneur();
      expectProblem(
        await call('POST', `${ASSESSMENTS}/BBBBBBBBBBBBBBBBBBBBBB/claim`, undefined, bearer(person.token)),
        404,
      );
      expectProblem(await call('POST', `${ASSESSMENTS}/nope/claim`, undefined, bearer(person.token)), 404);
    });
  });

  describe('GET /api/v1/onboarding/demand', () => {
    const DEMAND = '/api/v1/onboarding/demand';
    const karkaraly = (overrides: OnboardingAnswers = {}): OnboardingAnswers => ({
      applicantKind: 'individual',
      age: 30,
      statuses: ['rural_resident'],
      district: 'karkaraly',
      sectors: ['A01'],
      projectCostKzt: 5_000_000,
      ownMoneyKzt: 1_000_000,
      ...overrides,
    });

    beforeAll(async () => {
      // Three in Karkaraly (one also interested in C10) and a single one in Nura.
      for (const answers of [
        karkaraly(),
        karkaraly(),
        karkaraly({ sectors: ['A01', 'C10'] }),
        karkaraly({ district: 'nura' }),
      ]) {
        expect((await create(answers)).status).toBe(201);
      }
    });

    it('is for officers and administrators only', async () => {
      expectProblem(await call('GET', DEMAND), 401);
      const person = await newEntrepreneur();
      expectProblem(await call('GET', DEMAND, undefined, bearer(person.token)), 403);
      expect((await call('GET', DEMAND, undefined, bearer(admin.token))).status).toBe(200);
    });

    it('counts a district’s assessments, leaving out every count under three', async () => {
      const answer = await call<OnboardingDemand>(
        'GET',
        `${DEMAND}?district=karkaraly&lang=en`,
        undefined,
        bearer(officer.token),
      );
      expect(answer.status).toBe(200);
      const demand = answer.body;
      expect(demand.assessments).toBe(3);
      expect(demand.period).toEqual({ from: null, to: null });
      expect(demand.byDistrict).toEqual([{ district: expect.objectContaining({ code: 'karkaraly' }), count: 3 }]);
      // A01 was named three times, C10 once: only A01 may be shown.
      expect(demand.bySector).toEqual([{ sector: expect.objectContaining({ code: 'A01' }), count: 3 }]);
      for (const row of demand.byProgramme) {
        for (const count of [row.eligible, row.nearly, row.not])
          if (count !== null) expect(count).toBeGreaterThanOrEqual(3);
      }
      expect(demand.byProgramme.map((p) => p.programme.code)).toContain('rural-microcredit');
      // The rules that most often stood in the way, most first: an unregistered individual misses every registered-only programme.
      expect(demand.excludingRules.length).toBeGreaterThan(0);
      expect(demand.excludingRules).toContainEqual({ kind: 'applicantKind', count: 3 });
      const counts = demand.excludingRules.map((r) => r.count);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      expect(counts.every((count) => count >= 3)).toBe(true);
    });

    it('shows nothing for a district with a single assessment', async () => {
      const answer = await call<OnboardingDemand>('GET', `${DEMAND}?district=nura`, undefined, bearer(officer.token));
      expect(answer.body).toMatchObject({
        assessments: null,
        byDistrict: [],
        bySector: [],
        byProgramme: [],
        excludingRules: [],
      });
    });

    it('counts the days of the period in the region’s calendar', async () => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
      const inPeriod = await call<OnboardingDemand>(
        'GET',
        `${DEMAND}?district=karkaraly&from=${today}&to=${today}`,
        undefined,
        bearer(officer.token),
      );
      expect(inPeriod.body).toMatchObject({ assessments: 3, period: { from: today, to: today } });
      const before = await call<OnboardingDemand>(
        'GET',
        `${DEMAND}?district=karkaraly&to=2026-01-01`,
        undefined,
        bearer(officer.token),
      );
      expect(before.body.assessments).toBeNull();
    });

    it('refuses wrong parameters naming them', async () => {
      const asOfficer = (query: string) => call('GET', `${DEMAND}?${query}`, undefined, bearer(officer.token));
      expectProblem(await asOfficer('from=2026-02-30'), 400, ['from']);
      expectProblem(await asOfficer('to=yesterday'), 400, ['to']);
      expectProblem(await asOfficer('from=2026-05-02&to=2026-05-01'), 400, ['from']);
      expectProblem(await asOfficer('district=atlantis'), 400, ['district']);
      expectProblem(await asOfficer('district=Not A Code'), 400, ['district']);
      expectProblem(await asOfficer('colour=red'), 400, ['colour']);
    });
  });

  it('keeps the results a person comes back to, even after a programme’s rules change', async () => {
    const dataSource = t.app.get(DataSource);
    const created = await create(SHET_PROFILE);
    const [version] = await dataSource.query(
      `SELECT v.id, v.eligibility FROM programme_version v JOIN programme p ON p.id = v.programme_id
       WHERE p.code = 'small-towns-microcredit' AND v.status = 'in_force'`,
    );
    await dataSource.query('UPDATE programme_version SET eligibility = $1 WHERE id = $2', ['[]', version.id]);
    try {
      const later = await call<Assessment>('GET', `${ASSESSMENTS}/${created.body.id}?lang=en`);
      expect(later.body).toEqual(created.body);
      const fresh = await create(SHET_PROFILE);
      expect(fresh.body.programmes.find((p) => p.programme.code === 'small-towns-microcredit')?.verdict).toBe(
        'eligible',
      );
    } finally {
      await dataSource.query('UPDATE programme_version SET eligibility = $1 WHERE id = $2', [
        JSON.stringify(version.eligibility),
        version.id,
      ]);
    }
  });
});
