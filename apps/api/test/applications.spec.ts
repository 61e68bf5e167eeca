import type { Session } from '@kbdm/accounts/domain';
import { AdminUsersService } from '@kbdm/accounts/api-feature';
import { readOutbox } from '@kbdm/api/core-mail';
import { Clock } from '@kbdm/api/core-config';
import type { Application, ApplicationMessage, ApplicationSummary, QueueCounts } from '@kbdm/applications/domain';
import { MailDispatcher } from '@kbdm/notifications/api-feature';
import type { NotificationPage } from '@kbdm/notifications/domain';
import type { Page, ProblemDetails } from '@kbdm/shared/domain';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createAdmin } from '../src/commands/create-admin.command';
import { createTestApp, type TestApp } from './test-app';

const PASSWORD = 'steppe wind over Temirtau';
const ADMIN_PASSWORD = 'Karaganda admin passphrase 2026';
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Answer<T> = { status: number; headers: Record<string, unknown>; body: T };

/** A complete form for the service-support programme (it pays nothing out: no amount asked). */
const FORM = {
  applicantKind: 'individual_entrepreneur',
  applicantName: 'IP Bekova A.',
  binIin: '900101300017',
  contactPhone: '+77011234567',
  projectTitle: 'Bakery in Temirtau',
  projectDescription: 'Bread for the town’s schools; advice wanted on taxes.',
  districtCode: 'temirtau',
  sectorCode: 'C10',
  projectCostKzt: 30_000_000,
  ownContributionKzt: 10_000_000,
  plannedJobs: 4,
};

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/** A multipart/form-data body with an optional `requirement` field and one `file`. */
function multipart(file: { name: string; bytes: Buffer; type?: string }, requirement?: number) {
  const boundary = `----kbdm${randomUUID()}`;
  const parts: Buffer[] = [];
  if (requirement !== undefined) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="requirement"\r\n\r\n${requirement}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A clock the tests move: "today" decides deadlines and what is overdue. */
const clock = { current: null as Date | null, now: () => clock.current ?? new Date() };

describe('applications API', () => {
  let t: TestApp;
  let people = 0;
  let serviceSupportId: string;
  let egovProgrammeId: string;
  let officer: { id: string; token: string };
  let secondOfficer: { id: string; token: string };
  let admin: { id: string; token: string };

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
  const expectProblem = (answer: Answer<unknown>, status: number, fields: string[] = []): ProblemDetails => {
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
    expect(String(answer.headers['content-type'])).toContain('application/problem+json');
    const body = answer.body as ProblemDetails;
    for (const field of fields) expect(body.errors?.map((e) => e.field)).toContain(field);
    return body;
  };
  const signIn = async (email: string, password = PASSWORD): Promise<{ id: string; token: string }> => {
    const session = await call<Session>('POST', '/api/v1/auth/sign-in', { email, password });
    expect(session.status).toBe(200);
    return { id: session.body.user.id, token: session.body.accessToken };
  };
  const entrepreneur = async () => {
    const email = `applicant${++people}.${Date.now()}@mail.kz`;
    const registered = await call('POST', '/api/v1/auth/register', {
      email,
      password: PASSWORD,
      role: 'entrepreneur',
      fullName: `Aruzhan Bekova ${people}`,
    });
    expect(registered.status).toBe(201);
    const session = await signIn(email);
    return { ...session, email, headers: bearer(session.token) };
  };
  const appoint = async (role: 'officer' | 'admin', name: string) => {
    const email = `${role}.${name.split(' ')[0].toLowerCase()}.${Date.now()}@akimat.kz`;
    const created = await call(
      'POST',
      '/api/v1/admin/users',
      { email, fullName: name, role, password: PASSWORD },
      bearer(admin.token),
    );
    expect(created.status).toBe(201);
    return signIn(email);
  };
  const programmeId = async (code: string): Promise<string> => {
    const [row] = await t.app.get(DataSource).query('SELECT id FROM programme WHERE code = $1', [code]);
    return row.id;
  };

  /** A draft to service support with the complete form and its three documents attached. */
  const completeDraft = async (person: { headers: Record<string, string> }) => {
    const draft = await call<Application>(
      'POST',
      '/api/v1/applications',
      {
        target: { kind: 'programme', id: serviceSupportId },
        form: FORM,
      },
      person.headers,
    );
    expect(draft.status).toBe(201);
    for (const requirement of [0, 1, 2]) {
      const upload = multipart({ name: `document-${requirement}.pdf`, bytes: PDF }, requirement);
      const uploaded = await call('POST', `/api/v1/applications/${draft.body.id}/documents`, upload.payload, {
        ...person.headers,
        ...upload.headers,
      });
      expect(uploaded.status).toBe(201);
    }
    return (await call<Application>('GET', `/api/v1/applications/${draft.body.id}`, undefined, person.headers)).body;
  };
  const submitted = async (person: { headers: Record<string, string> }) => {
    const draft = await completeDraft(person);
    const answer = await call<Application>(
      'POST',
      `/api/v1/applications/${draft.id}/transitions`,
      { action: 'submit', version: draft.version },
      person.headers,
    );
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const move = (
    who: { token: string },
    application: { id: string; version: number },
    action: string,
    reason?: string,
  ) =>
    call<Application>(
      'POST',
      `/api/v1/applications/${application.id}/transitions`,
      { action, version: application.version, ...(reason ? { reason } : {}) },
      bearer(who.token),
    );

  beforeAll(async () => {
    process.env['THROTTLE_SIGN_IN_PER_MINUTE'] = '100000';
    process.env['THROTTLE_REGISTER_PER_MINUTE'] = '100000';
    process.env['DOCUMENT_MAX_BYTES'] = '65536';
    t = await createTestApp({ providers: [{ provide: Clock, useValue: clock }] });
    const adminEmail = `root.applications.${Date.now()}@akimat.kz`;
    await createAdmin(t.app.get(AdminUsersService), {
      email: adminEmail,
      fullName: 'Serik Admin',
      password: ADMIN_PASSWORD,
    });
    admin = await signIn(adminEmail, ADMIN_PASSWORD);
    officer = await appoint('officer', 'Dana Amanzholova');
    secondOfficer = await appoint('officer', 'Timur Seitkali');
    serviceSupportId = await programmeId('service-support');
    egovProgrammeId = await programmeId('damu-interest-subsidy');
  }, 120_000);

  afterAll(async () => {
    delete process.env['DOCUMENT_MAX_BYTES'];
    await t?.close();
  });

  afterEach(() => {
    clock.current = null;
  });

  describe('drafts', () => {
    it('saves a partial draft, names its wrong fields, and refuses a stale version with 409', async () => {
      const aida = await entrepreneur();
      const draft = await call<Application>(
        'POST',
        '/api/v1/applications?lang=en',
        { target: { kind: 'programme', id: serviceSupportId }, form: { projectTitle: 'Bakery' } },
        aida.headers,
      );
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({
        status: 'draft',
        version: 1,
        form: { projectTitle: 'Bakery' },
        filingChannel: 'portal',
        actions: ['submit'],
        decisionDue: null,
        target: { kind: 'programme', code: 'service-support', title: 'Service support for entrepreneurs' },
      });
      expect(draft.body.reference).toMatch(/^KBDM-\d{4}-\d{6}$/);
      expect(draft.body.requiredDocuments.map((d) => d.index)).toEqual([0, 1, 2]);
      expect(draft.body.events.map((e) => e.action)).toEqual(['created']);

      const wrong = await call(
        'PATCH',
        `/api/v1/applications/${draft.body.id}`,
        {
          version: 1,
          form: { binIin: '900101300018', districtCode: 'almaty', colour: 'blue' },
        },
        aida.headers,
      );
      expectProblem(wrong, 400, ['form.binIin', 'form.districtCode', 'form.colour']);

      const saved = await call<Application>(
        'PATCH',
        `/api/v1/applications/${draft.body.id}`,
        { version: 1, form: FORM },
        aida.headers,
      );
      expect(saved.status).toBe(200);
      expect(saved.body.version).toBe(2);
      expect(saved.body.district?.code).toBe('temirtau');

      const stale = await call(
        'PATCH',
        `/api/v1/applications/${draft.body.id}`,
        { version: 1, form: {} },
        aida.headers,
      );
      expect(expectProblem(stale, 409, ['version']).code).toBe('application_version_conflict');
      expect(
        (await call<Application>('GET', `/api/v1/applications/${draft.body.id}`, undefined, aida.headers)).body.form,
      ).toEqual(FORM);
    });

    it('refuses a target that takes no applications, and an unknown one', async () => {
      const aida = await entrepreneur();
      const [contracted] = await t.app
        .get(DataSource)
        .query(`SELECT id FROM ppp_project WHERE stage IN ('contract', 'operation') LIMIT 1`);
      const closed = await call(
        'POST',
        '/api/v1/applications',
        { target: { kind: 'ppp_project', id: contracted.id } },
        aida.headers,
      );
      expect(expectProblem(closed, 409, ['target']).code).toBe('target_not_accepting_applications');
      const unknown = await call(
        'POST',
        '/api/v1/applications',
        { target: { kind: 'ppp_project', id: randomUUID() } },
        aida.headers,
      );
      expectProblem(unknown, 404);
      const malformed = await call('POST', '/api/v1/applications', { target: { kind: 'shop', id: 'x' } }, aida.headers);
      expectProblem(malformed, 400, ['target.kind', 'target.id']);
    });

    it('lets officers and administrators not start applications', async () => {
      const answer = await call(
        'POST',
        '/api/v1/applications',
        { target: { kind: 'programme', id: serviceSupportId } },
        bearer(officer.token),
      );
      expectProblem(answer, 403);
    });
  });

  describe('documents', () => {
    it('stores a PDF, tells it by content, and gives it back to the applicant and officers only', async () => {
      const aida = await entrepreneur();
      const draft = (
        await call<Application>(
          'POST',
          '/api/v1/applications',
          { target: { kind: 'programme', id: serviceSupportId } },
          aida.headers,
        )
      ).body;
      const upload = multipart({ name: '../../etc/Бизнес-план.pdf', bytes: PDF, type: 'text/plain' }, 0);
      const stored = await call<Application['documents'][number]>(
        'POST',
        `/api/v1/applications/${draft.id}/documents`,
        upload.payload,
        {
          ...aida.headers,
          ...upload.headers,
        },
      );
      expect(stored.status).toBe(201);
      expect(stored.body).toMatchObject({
        requirement: 0,
        mediaType: 'application/pdf',
        sizeBytes: PDF.length,
        fileName: 'Бизнес-план.pdf',
      });

      for (const who of [aida.headers, bearer(officer.token)]) {
        const file = await t.app.inject({
          method: 'GET',
          url: `/api/v1/applications/${draft.id}/documents/${stored.body.id}`,
          headers: who,
        });
        expect(file.statusCode).toBe(200);
        expect(file.rawPayload.equals(PDF)).toBe(true);
        expect(file.headers['content-type']).toBe('application/pdf');
        expect(String(file.headers['content-disposition'])).toContain("filename*=UTF-8''%D0%91");
      }
    });

    it('refuses a text file named .pdf, an empty upload and one over the size limit', async () => {
      const aida = await entrepreneur();
      const draft = (
        await call<Application>(
          'POST',
          '/api/v1/applications',
          { target: { kind: 'programme', id: serviceSupportId } },
          aida.headers,
        )
      ).body;
      const url = `/api/v1/applications/${draft.id}/documents`;
      const lying = multipart({
        name: 'passport.pdf',
        bytes: Buffer.from('just some words, not a PDF at all'),
        type: 'application/pdf',
      });
      expect(
        expectProblem(await call('POST', url, lying.payload, { ...aida.headers, ...lying.headers }), 415, ['file'])
          .code,
      ).toBe('document_type_not_allowed');
      const zip = multipart({
        name: 'letter.docx',
        bytes: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(40), Buffer.from('notes.txt')]),
      });
      expectProblem(await call('POST', url, zip.payload, { ...aida.headers, ...zip.headers }), 415);
      const big = multipart({ name: 'scan.png', bytes: Buffer.concat([PNG, Buffer.alloc(70_000)]) });
      expect(expectProblem(await call('POST', url, big.payload, { ...aida.headers, ...big.headers }), 413).code).toBe(
        'document_too_large',
      );
      const notMultipart = await call('POST', url, { file: 'x' }, aida.headers);
      expectProblem(notMultipart, 415);
      const wrongRequirement = multipart({ name: 'a.png', bytes: PNG }, 7);
      expectProblem(
        await call('POST', url, wrongRequirement.payload, { ...aida.headers, ...wrongRequirement.headers }),
        400,
        ['requirement'],
      );
      // Nothing of the refused uploads was kept.
      const after = await call<Application>('GET', `/api/v1/applications/${draft.id}`, undefined, aida.headers);
      expect(after.body.documents).toEqual([]);
      const [{ n }] = await t.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM application_document WHERE application_id = $1', [draft.id]);
      expect(n).toBe(0);
    });
  });

  describe('submission', () => {
    it('names every missing answer and document before it submits', async () => {
      const aida = await entrepreneur();
      const draft = (
        await call<Application>(
          'POST',
          '/api/v1/applications',
          {
            target: { kind: 'programme', id: serviceSupportId },
            form: { projectTitle: 'Bakery' },
          },
          aida.headers,
        )
      ).body;
      const refused = await move(aida, draft, 'submit');
      const problem = expectProblem(refused, 400, ['form.binIin', 'form.districtCode', 'documents[0]', 'documents[2]']);
      expect(problem.code).toBe('application_incomplete');
      expect(
        (await call<Application>('GET', `/api/v1/applications/${draft.id}`, undefined, aida.headers)).body.status,
      ).toBe('draft');
    });

    it('submits, fixes the deadline across a weekend and Nauryz, and tells the applicant', async () => {
      // Friday 20 March 2026, noon in Karaganda: the 3-working-day term skips the weekend and
      // the Nauryz days off (23–25 March): due on Monday 30 March.
      clock.current = new Date('2026-03-20T07:00:00Z');
      const aida = await entrepreneur();
      const draft = await completeDraft(aida);
      const answer = await move(aida, draft, 'submit');
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        status: 'submitted',
        decisionDue: '2026-03-30',
        overdue: false,
        actions: ['withdraw'],
      });
      expect(answer.body.events.map((e) => [e.action, e.from, e.to])).toEqual([
        ['created', null, 'draft'],
        ['submit', 'draft', 'submitted'],
      ]);
      const notifications = await call<NotificationPage>('GET', '/api/v1/me/notifications', undefined, aida.headers);
      expect(notifications.body.unread).toBe(1);
      expect(notifications.body.items[0]).toMatchObject({
        kind: 'application.status_changed',
        params: { reference: answer.body.reference, status: 'submitted' },
        link: `/applications/${draft.id}`,
      });
      // On 31 March it is overdue.
      clock.current = new Date('2026-03-31T07:00:00Z');
      expect(
        (await call<Application>('GET', `/api/v1/applications/${draft.id}`, undefined, aida.headers)).body.overdue,
      ).toBe(true);
    });

    it('submits once for a retried Idempotency-Key, and refuses the key with another body', async () => {
      const aida = await entrepreneur();
      // A draft already has its documents: the one-step submission is for targets that need none.
      const [opportunity] = await t.app
        .get(DataSource)
        .query(`SELECT id FROM opportunity WHERE status = 'open' LIMIT 1`);
      const key = randomUUID();
      const body = { target: { kind: 'opportunity', id: opportunity.id }, form: FORM, submit: true };
      const headers = { ...aida.headers, 'idempotency-key': key };
      const answers = await Promise.all(
        [1, 2, 3].map(() => call<Application>('POST', '/api/v1/applications', body, headers)),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(2);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      expect(answers.find((a) => a.status === 200)?.headers['idempotent-replayed']).toBe('true');
      expect(answers[0].body.status).toBe('submitted');
      const again = await call<Application>('POST', '/api/v1/applications', body, headers);
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(answers[0].body.id);
      const [{ n }] = await t.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM application WHERE applicant_id = $1', [aida.id]);
      expect(n).toBe(1);
      const reused = await call(
        'POST',
        '/api/v1/applications',
        { ...body, form: { ...FORM, plannedJobs: 5 } },
        headers,
      );
      expect(expectProblem(reused, 422).code).toBe('idempotency_key_reused');
      expectProblem(
        await call('POST', '/api/v1/applications', body, { ...aida.headers, 'idempotency-key': 'has space' }),
        400,
        ['Idempotency-Key'],
      );
    });

    it('keeps an eGov programme’s file here and sends the applicant to eGov to file it', async () => {
      const aida = await entrepreneur();
      const draft = await call<Application>(
        'POST',
        '/api/v1/applications',
        { target: { kind: 'programme', id: egovProgrammeId } },
        aida.headers,
      );
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({ filingChannel: 'egov', actions: [] });
      expect(expectProblem(await move(aida, draft.body, 'submit'), 409).code).toBe('application_filed_on_egov');
    });
  });

  describe('processing', () => {
    it('goes through review, a request for information, the answer and the approval, each on record', async () => {
      const aida = await entrepreneur();
      let application = await submitted(aida);

      const queue = await call<Page<ApplicationSummary>>(
        'GET',
        `/api/v1/officer/applications?assignee=none&pageSize=100`,
        undefined,
        bearer(officer.token),
      );
      expect(queue.body.items.map((a) => a.id)).toContain(application.id);

      // An applicant cannot decide, and an officer cannot submit for them.
      expectProblem(await move(aida, application, 'approve'), 403);
      const review = await move(officer, application, 'start_review');
      expect(review.status).toBe(200);
      application = review.body;
      expect(application.assignee?.id).toBe(officer.id);
      expect(application.actions).toEqual(['request_information', 'approve', 'reject']);
      // A colleague must have it reassigned first.
      expect(expectProblem(await move(secondOfficer, application, 'approve'), 409).code).toBe(
        'application_assigned_elsewhere',
      );

      expectProblem(await move(officer, application, 'request_information'), 400, ['reason']);
      const asked = await move(officer, application, 'request_information', 'Attach the lease of the premises.');
      expect(asked.body).toMatchObject({ status: 'information_requested' });
      expect(asked.body.pausedWorkingDaysLeft).toBeGreaterThanOrEqual(0);
      application = (await call<Application>('GET', `/api/v1/applications/${application.id}`, undefined, aida.headers))
        .body;
      expect(application.actions).toEqual(['withdraw', 'resubmit']);
      const upload = multipart({ name: 'lease.png', bytes: PNG });
      expect(
        (
          await call('POST', `/api/v1/applications/${application.id}/documents`, upload.payload, {
            ...aida.headers,
            ...upload.headers,
          })
        ).status,
      ).toBe(201);
      application = (await call<Application>('GET', `/api/v1/applications/${application.id}`, undefined, aida.headers))
        .body;
      expectProblem(await move(aida, application, 'resubmit'), 400, ['reason']);
      const answered = await move(aida, application, 'resubmit', 'The lease is attached.');
      expect(answered.body).toMatchObject({ status: 'resubmitted', pausedWorkingDaysLeft: null });

      application = (await move(officer, answered.body, 'start_review')).body;
      const approved = await move(officer, application, 'approve');
      expect(approved.body.status).toBe('approved');
      expect(approved.body.decidedAt).not.toBeNull();
      expect(approved.body.actions).toEqual([]);
      expect(approved.body.events.map((e) => e.action)).toEqual([
        'created',
        'submit',
        'assigned',
        'start_review',
        'request_information',
        'resubmit',
        'start_review',
        'approve',
      ]);
      expect(approved.body.events.find((e) => e.action === 'request_information')?.reason).toBe(
        'Attach the lease of the premises.',
      );
      expectProblem(await move(officer, approved.body, 'reject', 'Changed my mind'), 409);

      // The applicant was told of each change, and the e-mails leave through the outbox.
      const told = await call<NotificationPage>('GET', '/api/v1/me/notifications?pageSize=50', undefined, aida.headers);
      expect(told.body.items.map((n) => n.params.status)).toEqual([
        'approved',
        'in_review',
        'resubmitted',
        'information_requested',
        'in_review',
        'submitted',
      ]);
      await t.app.get(MailDispatcher).dispatchDue();
      const mails = (await readOutbox(join(t.files, 'outbox'))).filter((m) => m.to === aida.email);
      expect(mails.map((m) => m.subject)).toContain(
        `Заявка ${approved.body.reference}: одобрена / ${approved.body.reference} өтінімі: мақұлданды`,
      );
      const [{ pending }] = await t.app
        .get(DataSource)
        .query('SELECT count(*)::int AS pending FROM mail_outbox WHERE sent_at IS NULL');
      expect(pending).toBe(0);
    });

    it('lets exactly one of two concurrent decisions win, with one event', async () => {
      const aida = await entrepreneur();
      const application = (await move(officer, await submitted(aida), 'start_review')).body;
      const [approve, reject] = await Promise.all([
        move(officer, application, 'approve'),
        move(admin, application, 'reject', 'The business is outside the region.'),
      ]);
      expect([approve.status, reject.status].sort()).toEqual([200, 409]);
      const loser = approve.status === 409 ? approve : reject;
      expect((loser.body as unknown as ProblemDetails).code).toBe('application_version_conflict');
      const [{ n }] = await t.app
        .get(DataSource)
        .query(
          `SELECT count(*)::int AS n FROM application_event WHERE application_id = $1 AND action IN ('approve', 'reject')`,
          [application.id],
        );
      expect(n).toBe(1);
    });

    it('keeps the event log immutable in the database itself', async () => {
      const aida = await entrepreneur();
      const application = await submitted(aida);
      await expect(
        t.app
          .get(DataSource)
          .query(`UPDATE application_event SET reason = 'rewritten' WHERE application_id = $1`, [application.id]),
      ).rejects.toThrow(/immutable/);
    });

    it('withdraws on the applicant’s word before a decision', async () => {
      const aida = await entrepreneur();
      const application = await submitted(aida);
      const withdrawn = await move(aida, application, 'withdraw');
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', actions: [] });
    });

    it('assigns, reassigns and releases; only to officers and administrators', async () => {
      const aida = await entrepreneur();
      let application = await submitted(aida);
      const url = `/api/v1/officer/applications/${application.id}/assignee`;
      const given = await call<Application>(
        'PUT',
        url,
        { version: application.version, assigneeId: secondOfficer.id },
        bearer(officer.token),
      );
      expect(given.body.assignee?.id).toBe(secondOfficer.id);
      application = given.body;
      expectProblem(
        await call('PUT', url, { version: application.version, assigneeId: aida.id }, bearer(officer.token)),
        400,
        ['assigneeId'],
      );
      expectProblem(await call('PUT', url, { version: 1, assigneeId: null }, bearer(officer.token)), 409, ['version']);
      const released = await call<Application>(
        'PUT',
        url,
        { version: application.version, assigneeId: null },
        bearer(admin.token),
      );
      expect(released.body.assignee).toBeNull();
      const officers = await call<{ id: string }[]>(
        'GET',
        '/api/v1/officer/officers',
        undefined,
        bearer(officer.token),
      );
      expect(officers.body.map((o) => o.id)).toEqual(expect.arrayContaining([officer.id, secondOfficer.id, admin.id]));
      expect(officers.body.map((o) => o.id)).not.toContain(aida.id);
    });

    it('carries a message thread between the applicant and the officer, telling the other side', async () => {
      const aida = await entrepreneur();
      const application = (await move(officer, await submitted(aida), 'start_review')).body;
      const url = `/api/v1/applications/${application.id}/messages`;
      expect((await call('POST', url, { body: 'Is the lease signed?' }, bearer(officer.token))).status).toBe(201);
      expect((await call('POST', url, { body: 'Yes, for five years.' }, aida.headers)).status).toBe(201);
      expectProblem(await call('POST', url, { body: '   ' }, aida.headers), 400, ['body']);
      const thread = await call<ApplicationMessage[]>('GET', url, undefined, aida.headers);
      expect(thread.body.map((m) => [m.author.id, m.body])).toEqual([
        [officer.id, 'Is the lease signed?'],
        [aida.id, 'Yes, for five years.'],
      ]);
      const officersNews = await call<NotificationPage>(
        'GET',
        '/api/v1/me/notifications?unread=true&pageSize=100',
        undefined,
        bearer(officer.token),
      );
      expect(
        officersNews.body.items.some(
          (n) => n.kind === 'application.message' && n.params.applicationId === application.id,
        ),
      ).toBe(true);
    });
  });

  describe('the officers’ queue', () => {
    it('filters, counts per status, puts overdue first and exports CSV with a BOM', async () => {
      clock.current = new Date('2026-03-02T07:00:00Z');
      const aida = await entrepreneur();
      const early = await submitted(aida);
      clock.current = new Date('2026-03-20T07:00:00Z');
      const recent = await submitted(aida);
      const queue = await call<Page<ApplicationSummary>>(
        'GET',
        `/api/v1/officer/applications?q=${encodeURIComponent('Aruzhan Bekova ' + people)}&pageSize=100`,
        undefined,
        bearer(officer.token),
      );
      expect(queue.body.items.map((a) => a.id)).toEqual([early.id, recent.id]);
      expect(queue.body.items[0].overdue).toBe(true);
      const overdue = await call<Page<ApplicationSummary>>(
        'GET',
        '/api/v1/officer/applications?overdue=true&pageSize=100',
        undefined,
        bearer(officer.token),
      );
      expect(overdue.body.items.every((a) => a.overdue)).toBe(true);
      expect(overdue.body.items.map((a) => a.id)).toContain(early.id);

      const counts = await call<QueueCounts>(
        'GET',
        '/api/v1/officer/applications/counts?district=temirtau&status=approved',
        undefined,
        bearer(officer.token),
      );
      expect(counts.body.byStatus.submitted).toBeGreaterThanOrEqual(2);
      expect(counts.body.byStatus.draft).toBe(0);
      expect(counts.body.total).toBe(Object.values(counts.body.byStatus).reduce((a, b) => a + b, 0));

      const csv = await t.app.inject({
        method: 'GET',
        url: '/api/v1/officer/applications/export.csv?district=temirtau&status=submitted',
        headers: bearer(officer.token),
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.startsWith('\uFEFFreference,status')).toBe(true);
      expect(csv.body).toContain(early.reference);
      expectProblem(
        await call('GET', '/api/v1/officer/applications?status=draft', undefined, bearer(officer.token)),
        400,
        ['status'],
      );
      expectProblem(
        await call('GET', '/api/v1/officer/applications?assignee=someone', undefined, bearer(officer.token)),
        400,
        ['assignee'],
      );
    });

    it('is for officers and administrators only', async () => {
      const aida = await entrepreneur();
      for (const url of [
        '/api/v1/officer/applications',
        '/api/v1/officer/applications/counts',
        '/api/v1/officer/applications/export.csv',
        '/api/v1/officer/officers',
      ]) {
        expectProblem(await call('GET', url, undefined, aida.headers), 403);
        expectProblem(await call('GET', url), 401);
      }
    });
  });

  describe('another entrepreneur', () => {
    it('is refused on every route of someone else’s application, exactly as for an unknown one', async () => {
      const aida = await entrepreneur();
      const bolat = await entrepreneur();
      const draft = await completeDraft(aida);
      const documentId = draft.documents[0].id;
      const sent = (await move(aida, draft, 'submit')).body;
      const base = `/api/v1/applications/${sent.id}`;
      const upload = multipart({ name: 'x.pdf', bytes: PDF });
      const attempts: [Method, string, unknown, Record<string, string>?][] = [
        ['GET', base, undefined],
        ['PATCH', base, { version: sent.version, form: FORM }],
        ['DELETE', `${base}?version=${sent.version}`, undefined],
        ['POST', `${base}/transitions`, { action: 'withdraw', version: sent.version }],
        ['GET', `${base}/messages`, undefined],
        ['POST', `${base}/messages`, { body: 'Hello' }],
        ['POST', `${base}/documents`, upload.payload, upload.headers],
        ['GET', `${base}/documents/${documentId}`, undefined],
        ['DELETE', `${base}/documents/${documentId}`, undefined],
        ['PUT', `/api/v1/officer/applications/${sent.id}/assignee`, { version: sent.version, assigneeId: null }],
      ];
      for (const [method, url, payload, extra] of attempts) {
        const answer = await call(method, url, payload, { ...bolat.headers, ...(extra ?? {}) });
        const expected = url.startsWith('/api/v1/officer') ? 403 : 404;
        expect({ method, url, status: answer.status }).toEqual({ method, url, status: expected });
      }
      const mine = await call<Page<ApplicationSummary>>('GET', '/api/v1/me/applications', undefined, bolat.headers);
      expect(mine.body.items).toEqual([]);
      // Aida's application is as she left it.
      const after = await call<Application>('GET', base, undefined, aida.headers);
      expect(after.body).toMatchObject({ status: 'submitted', version: sent.version });
      expect(after.body.documents).toHaveLength(3);
    });
  });
});
