import type { Session } from '@kbdm/accounts/domain';
import { AdminUsersService } from '@kbdm/accounts/api-feature';
import { Clock } from '@kbdm/api/core-config';
import type { NotificationPage } from '@kbdm/notifications/domain';
import { ReservationExpiryJob } from '@kbdm/sez/api-feature';
import type {
  InvestorMatches,
  InvestorRequest,
  InvestorRequestMessage,
  InvestorRequestSummary,
  SezDetail,
  SezSlot,
  SlotCapacity,
} from '@kbdm/sez/domain';
import type { Page, ProblemDetails } from '@kbdm/shared/domain';
import { DataSource } from 'typeorm';
import { createAdmin } from '../src/commands/create-admin.command';
import { createTestApp, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';
const ADMIN_PASSWORD = 'Karaganda admin passphrase 2026';
const DAY_MS = 86_400_000;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Answer<T> = { status: number; headers: Record<string, unknown>; body: T };
type Person = { id: string; token: string; headers: Record<string, string> };

/** A clock the tests move: expiry dates are compared with it. */
const clock = { current: null as Date | null, now: () => clock.current ?? new Date() };

const REQUEST = {
  company: 'TOO Karaganda Steel Components',
  bin: '240140000011',
  product: 'Steel structures for construction',
  sectorCode: 'C25',
  plannedInvestmentKzt: 4_500_000_000,
  plannedJobs: 120,
  message: 'We would start building in spring.',
};

describe('investors API: the capacity ledger, reservations and expressions of interest', () => {
  let t: TestApp;
  let people = 0;
  let admin: Person;
  let officer: Person;

  const call = async <T>(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ method, url, payload: payload as object, headers });
    const isJson = /json/.test(String(response.headers['content-type'] ?? ''));
    return {
      status: response.statusCode,
      headers: response.headers,
      body: (isJson ? response.json() : response.body) as T,
    } as Answer<T>;
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const expectProblem = (answer: Answer<unknown>, status: number, fields: string[] = []): ProblemDetails => {
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
    expect(String(answer.headers['content-type'])).toContain('application/problem+json');
    const body = answer.body as ProblemDetails;
    for (const field of fields) expect(body.errors?.map((e) => e.field)).toContain(field);
    return body;
  };
  const signIn = async (email: string, password = PASSWORD): Promise<Person> => {
    const session = await call<Session>('POST', '/api/v1/auth/sign-in', { email, password });
    expect(session.status).toBe(200);
    return { id: session.body.user.id, token: session.body.accessToken, headers: bearer(session.body.accessToken) };
  };
  const register = async (role: 'investor' | 'entrepreneur', fullName: string): Promise<Person> => {
    const email = `${role}${++people}.${Date.now()}@mail.kz`;
    const registered = await call('POST', '/api/v1/auth/register', { email, password: PASSWORD, role, fullName });
    expect(registered.status).toBe(201);
    return signIn(email);
  };
  const slotId = async (code: string): Promise<string> => {
    const [row] = await t.app.get(DataSource).query('SELECT id FROM sez_slot WHERE code = $1', [code]);
    return row.id;
  };
  const reserve = (person: Person, slot: string, utilities: Record<string, number>) =>
    call<InvestorRequest>(
      'POST',
      '/api/v1/investor-requests?lang=en',
      { kind: 'reservation', target: { kind: 'sez_slot', id: slot }, ...REQUEST, utilities },
      person.headers,
    );
  const move = (person: Person, request: { id: string; version: number }, action: string, extra: object = {}) =>
    call<InvestorRequest>(
      'POST',
      `/api/v1/investor-requests/${request.id}/transitions?lang=en`,
      { action, version: request.version, ...extra },
      person.headers,
    );
  const capacity = async (slot: string) => (await call<SlotCapacity>('GET', `/api/v1/sez-slots/${slot}/capacity`)).body;
  const freeOf = async (slot: string, utility: string) =>
    (await capacity(slot)).utilities.find((u) => u.utility === utility)!.free;

  beforeAll(async () => {
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '100000';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '100000';
    t = await createTestApp({ providers: [{ provide: Clock, useValue: clock }] });
    const adminEmail = `root.investors.${Date.now()}@akimat.kz`;
    await createAdmin(t.app.get(AdminUsersService), {
      email: adminEmail,
      fullName: 'Serik Admin',
      password: ADMIN_PASSWORD,
    });
    admin = await signIn(adminEmail, ADMIN_PASSWORD);
    const officerEmail = `officer.sez.${Date.now()}@akimat.kz`;
    const created = await call(
      'POST',
      '/api/v1/admin/users',
      { email: officerEmail, fullName: 'Dana Amanzholova', role: 'officer', password: PASSWORD },
      admin.headers,
    );
    expect(created.status).toBe(201);
    officer = await signIn(officerEmail);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  afterEach(() => {
    clock.current = null;
  });

  it('of 20 concurrent reservations for capacity that fits 3, exactly 3 are taken and the ledger never goes below zero', async () => {
    const slot = await slotId('k-01');
    const free = await freeOf(slot, 'power');
    expect(free).toBeGreaterThan(0);
    const share = Math.floor((free / 3) * 1000) / 1000;
    const investors = await Promise.all([1, 2, 3, 4, 5].map((n) => register('investor', `Investor ${n}`)));
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => reserve(investors[i % investors.length], slot, { power: share })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(17);
    const refused = answers.find((a) => a.status === 409)!;
    expect(expectProblem(refused, 409, ['utilities.power']).code).toBe('capacity_exceeded');

    const after = await capacity(slot);
    const power = after.utilities.find((u) => u.utility === 'power')!;
    expect(power.free).toBeCloseTo(free - 3 * share, 3);
    expect(power.free).toBeGreaterThanOrEqual(0);
    expect(after.status).toBe('reserved');
    const [ledger] = await t.app.get(DataSource).query(
      `SELECT sl.power_max_mw - coalesce(sum(r.power_mw), 0) AS free, count(r.id)::int AS active
         FROM sez_slot sl LEFT JOIN investor_request r ON r.slot_id = sl.id AND r.kind = 'reservation'
          AND r.status IN ('requested', 'held', 'under_negotiation', 'contracted')
        WHERE sl.id = $1 GROUP BY sl.id`,
      [slot],
    );
    expect(Number(ledger.free)).toBeGreaterThanOrEqual(0);
    // The slot's page tells the same free capacity from the same ledger.
    const page = await call<SezSlot>('GET', `/api/v1/sez-slots/${slot}`);
    expect(page.body.utilities.find((u) => u.utility === 'power')!.free).toBe(power.free);
  });

  it('walks a reservation from request to contract: the slot status follows the ledger, the zone counts the participant, the investor hears of each move', async () => {
    const slot = await slotId('k-02');
    const investor = await register('investor', 'Aigerim Investor');
    const [zone] = await t.app.get(DataSource).query('SELECT sez_id FROM sez_slot WHERE id = $1', [slot]);
    const before = (await call<SezDetail>('GET', `/api/v1/sez/${zone.sez_id}`)).body.participants;
    const freeBefore = await freeOf(slot, 'water');

    const created = await reserve(investor, slot, { power: 1, water: 50 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'reservation',
      status: 'requested',
      version: 1,
      target: { kind: 'sez_slot', code: 'k-02' },
      utilities: { power: 1, water: 50, gas: 0 },
      actions: ['withdraw'],
    });
    expect(created.body.reference).toMatch(/^INV-\d{4}-\d{6}$/);
    expect(Date.parse(created.body.expiresAt!) - Date.now()).toBeGreaterThan(29 * DAY_MS);
    expect(await freeOf(slot, 'water')).toBe(freeBefore - 50);

    // The investor cannot make the officers' moves; an officer with a stale version is refused.
    expectProblem(await move(investor, created.body, 'hold'), 403, ['action']);
    const held = await move(officer, created.body, 'hold');
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: 'held', version: 2 });
    expect(expectProblem(await move(officer, created.body, 'start_negotiation'), 409, ['version']).code).toBe(
      'investor_request_version_conflict',
    );
    expectProblem(await move(officer, held.body, 'release'), 400, ['reason']);
    expectProblem(await move(officer, held.body, 'contract'), 409, ['action']);

    const negotiating = await move(officer, held.body, 'start_negotiation');
    expect(negotiating.body).toMatchObject({ status: 'under_negotiation', expiresAt: null });
    expect((await capacity(slot)).status).toBe('under_negotiation');
    const contracted = await move(officer, negotiating.body, 'contract');
    expect(contracted.body).toMatchObject({ status: 'contracted', participant: { operating: false } });
    expect(contracted.body.actions).toEqual(['record_production']);
    expect((await capacity(slot)).status).toBe('occupied');
    let counts = (await call<SezDetail>('GET', `/api/v1/sez/${zone.sez_id}`)).body.participants;
    expect(counts).toEqual({ registered: before.registered + 1, operating: before.operating });

    const producing = await move(officer, contracted.body, 'record_production');
    expect(producing.body).toMatchObject({ status: 'contracted', participant: { operating: true }, actions: [] });
    expectProblem(await move(officer, producing.body, 'record_production'), 409);
    counts = (await call<SezDetail>('GET', `/api/v1/sez/${zone.sez_id}`)).body.participants;
    expect(counts).toEqual({ registered: before.registered + 1, operating: before.operating + 1 });
    expect(producing.body.events.map((e) => e.action)).toEqual([
      'created',
      'hold',
      'start_negotiation',
      'contract',
      'record_production',
    ]);

    const news = await call<NotificationPage>('GET', '/api/v1/me/notifications', undefined, investor.headers);
    expect(news.body.items.filter((n) => n.kind === 'investor_request.status_changed')).toHaveLength(4);
    expect(news.body.items[0].link).toBe(`/investors/requests/${created.body.id}`);
  });

  it('expires a hold past its date through the job, once across two instances, and frees its capacity', async () => {
    const slot = await slotId('k-04');
    const investor = await register('investor', 'Berik Investor');
    const freeBefore = await freeOf(slot, 'power');
    const request = await reserve(investor, slot, { power: 2 });
    const held = await move(officer, request.body, 'hold', { days: 10 });
    expect(Date.parse(held.body.expiresAt!) - Date.now()).toBeLessThan(11 * DAY_MS);
    expect(await freeOf(slot, 'power')).toBe(freeBefore - 2);

    const job = t.app.get(ReservationExpiryJob);
    clock.current = new Date(Date.now() + 9 * DAY_MS);
    await job.expireDue();
    expect(
      (await call<InvestorRequest>('GET', `/api/v1/investor-requests/${request.body.id}`, undefined, investor.headers))
        .body.status,
    ).toBe('held');

    // Two instances run the job at the same moment: each due reservation is expired exactly once.
    clock.current = new Date(Date.now() + 11 * DAY_MS);
    const secondInstance = new ReservationExpiryJob(
      (job as unknown as { requests: never }).requests,
      (job as unknown as { service: never }).service,
      clock as unknown as Clock,
    );
    const [first, second] = await Promise.all([job.expireDue(), secondInstance.expireDue()]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    const expireEvents = await t.app
      .get(DataSource)
      .query(
        `SELECT request_id, count(*)::int AS n FROM investor_request_event WHERE action = 'expire' GROUP BY request_id`,
      );
    expect(expireEvents.every((row: { n: number }) => row.n === 1)).toBe(true);
    expect(expireEvents.length).toBe(first + second);

    const expired = await call<InvestorRequest>(
      'GET',
      `/api/v1/investor-requests/${request.body.id}`,
      undefined,
      investor.headers,
    );
    expect(expired.body).toMatchObject({ status: 'expired', expiresAt: null, actions: [] });
    expect(expired.body.events.at(-1)).toMatchObject({ action: 'expire', actor: null, from: 'held', to: 'expired' });
    expect(await freeOf(slot, 'power')).toBe(freeBefore);
    expect(await job.expireDue()).toBe(0);
  });

  it('refuses another investor on every request route, and shows anonymous visitors capacity but never who holds it', async () => {
    const slot = await slotId('k-06');
    const owner = await register('investor', 'Owner Investor Zhanna');
    const other = await register('investor', 'Other Investor Timur');
    const entrepreneur = await register('entrepreneur', 'Entrepreneur Asel');
    const request = await reserve(owner, slot, { power: 0.5 });
    expect(request.status).toBe(201);
    const id = request.body.id;

    expectProblem(await call('GET', `/api/v1/investor-requests/${id}`, undefined, other.headers), 404);
    expectProblem(await move(other, request.body, 'withdraw'), 404);
    expectProblem(await call('GET', `/api/v1/investor-requests/${id}/messages`, undefined, other.headers), 404);
    expectProblem(
      await call('POST', `/api/v1/investor-requests/${id}/messages`, { body: 'Mine now?' }, other.headers),
      404,
    );
    const theirs = await call<Page<InvestorRequestSummary>>(
      'GET',
      '/api/v1/me/investor-requests',
      undefined,
      other.headers,
    );
    expect(theirs.body.total).toBe(0);
    expectProblem(await call('GET', '/api/v1/officer/investor-requests', undefined, other.headers), 403);
    expectProblem(await reserve(entrepreneur, slot, { power: 0.1 }), 403);
    expectProblem(await call('GET', `/api/v1/investor-requests/${id}`), 401);

    const mine = await call<Page<InvestorRequestSummary>>(
      'GET',
      '/api/v1/me/investor-requests',
      undefined,
      owner.headers,
    );
    expect(mine.body.items.map((r) => r.id)).toEqual([id]);
    const queue = await call<Page<InvestorRequestSummary>>(
      'GET',
      `/api/v1/officer/investor-requests?slot=${slot}`,
      undefined,
      officer.headers,
    );
    expect(queue.body.items.map((r) => r.id)).toContain(id);
    expect(queue.body.items.find((r) => r.id === id)!.investor?.fullName).toBe('Owner Investor Zhanna');

    for (const url of [
      `/api/v1/sez-slots/${slot}`,
      `/api/v1/sez-slots/${slot}/capacity`,
      '/api/v1/sez-slots?pageSize=100',
      '/api/v1/investors/matches?power=0.1',
    ]) {
      const answer = await call<unknown>('GET', url);
      expect(answer.status).toBe(200);
      const text = JSON.stringify(answer.body);
      expect(text).not.toContain('Owner Investor Zhanna');
      expect(text).not.toContain(REQUEST.company);
      expect(text).not.toContain(REQUEST.bin);
      expect(text).not.toContain(owner.id);
    }
    const withdrawn = await move(owner, request.body, 'withdraw');
    expect(withdrawn.body.status).toBe('withdrawn');
  });

  it('names every wrong field of a request, and saves nothing', async () => {
    const slot = await slotId('k-07');
    const investor = await register('investor', 'Careless Investor');
    const [project] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM ppp_project WHERE stage IN ('idea', 'concept', 'tender') LIMIT 1`);
    const wrong = await call(
      'POST',
      '/api/v1/investor-requests',
      {
        kind: 'reservation',
        target: { kind: 'sez_slot', id: 'nope' },
        ...REQUEST,
        bin: '240140000012',
        plannedJobs: -1,
        utilities: { power: -1, gas: 'a lot' },
        colour: 'blue',
      },
      investor.headers,
    );
    expectProblem(wrong, 400, ['target.id', 'bin', 'plannedJobs', 'utilities.power', 'utilities.gas', 'colour']);
    expectProblem(
      await call(
        'POST',
        '/api/v1/investor-requests',
        { kind: 'reservation', target: { kind: 'ppp_project', id: project.id }, ...REQUEST, utilities: { power: 1 } },
        investor.headers,
      ),
      400,
      ['target.kind'],
    );
    expectProblem(await reserve(investor, slot, {}), 400, ['utilities']);
    expectProblem(
      await call(
        'POST',
        '/api/v1/investor-requests',
        {
          kind: 'reservation',
          target: { kind: 'sez_slot', id: slot },
          ...REQUEST,
          sectorCode: 'Z99',
          utilities: { power: 1 },
        },
        investor.headers,
      ),
      400,
      ['sectorCode'],
    );
    expectProblem(await reserve(investor, '2b1e7d0c-0000-4000-8000-000000000000', { power: 1 }), 404);
    expectProblem(await reserve(investor, slot, { gas: 1_000_000 }), 400, ['utilities.gas']);
    const mine = await call<Page<InvestorRequestSummary>>(
      'GET',
      '/api/v1/me/investor-requests',
      undefined,
      investor.headers,
    );
    expect(mine.body.total).toBe(0);
  });

  it('takes an expression of interest in a PPP project through the queue and the thread', async () => {
    const investor = await register('investor', 'Daulet Investor');
    const [project] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM ppp_project WHERE stage IN ('idea', 'concept', 'tender') LIMIT 1`);
    const created = await call<InvestorRequest>(
      'POST',
      '/api/v1/investor-requests?lang=en',
      { kind: 'interest', target: { kind: 'ppp_project', id: project.id }, ...REQUEST, utilities: { water: 20 } },
      investor.headers,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'interest',
      status: 'submitted',
      expiresAt: null,
      target: { kind: 'ppp_project' },
    });
    expectProblem(await move(investor, created.body, 'hold'), 400, ['action']);
    expectProblem(await move(officer, created.body, 'decline'), 400, ['reason']);
    const negotiating = await move(officer, created.body, 'start_negotiation');
    expect(negotiating.body.status).toBe('under_negotiation');

    const asked = await call<InvestorRequestMessage>(
      'POST',
      `/api/v1/investor-requests/${created.body.id}/messages`,
      { body: 'Which land plot would the public partner provide?' },
      investor.headers,
    );
    expect(asked.status).toBe(201);
    await call(
      'POST',
      `/api/v1/investor-requests/${created.body.id}/messages`,
      { body: 'Plot 4 in Temirtau.' },
      officer.headers,
    );
    const thread = await call<InvestorRequestMessage[]>(
      'GET',
      `/api/v1/investor-requests/${created.body.id}/messages`,
      undefined,
      investor.headers,
    );
    expect(thread.body.map((m) => m.author.fullName)).toEqual(['Daulet Investor', 'Dana Amanzholova']);
    const officerNews = await call<NotificationPage>('GET', '/api/v1/me/notifications', undefined, officer.headers);
    expect(
      officerNews.body.items.some(
        (n) => n.kind === 'investor_request.message' && n.params.requestId === created.body.id,
      ),
    ).toBe(true);

    const declined = await move(officer, negotiating.body, 'decline', {
      reason: 'The tender asks for an operator with experience.',
    });
    expect(declined.body).toMatchObject({ status: 'declined', actions: [] });
    expectProblem(
      await call('POST', `/api/v1/investor-requests/${created.body.id}/messages`, { body: 'Why?' }, investor.headers),
      409,
    );
  });

  it('ranks slots and PPP projects for an investor, with one reason per criterion', async () => {
    const answer = await call<InvestorMatches>('GET', '/api/v1/investors/matches?sector=C25&power=5&area=10&lang=en');
    expect(answer.status).toBe(200);
    const [best] = answer.body.slots;
    expect(best.match.reasons.map((r) => r.criterion)).toEqual(['sector', 'area', 'power', 'rail']);
    const fits = answer.body.slots.map((s) => s.match.fits);
    expect(fits.indexOf(false) === -1 || fits.lastIndexOf(true) < fits.indexOf(false)).toBe(true);
    expect(best.match.reasons[2].text.en).toMatch(/^power: [\d.,]+ MW free, you need 5$/);
    expect(answer.body.pppProjects.length).toBeGreaterThan(0);
    expect(answer.body.pppProjects.every((p) => !['contract', 'operation'].includes(p.project.stage))).toBe(true);
    expectProblem(await call('GET', '/api/v1/investors/matches?sector=steel&power=-1'), 400, ['sector', 'power']);
  });
});
