// Submits applications from many clients at once, retrying at random the way a flaky mobile
// network makes people retry (the same Idempotency-Key again, sometimes while the first request is
// still in flight, sometimes after giving up on it), then checks in SQL that every acknowledged
// submission exists exactly once and that no retry made a second application. The same clients
// and retries run against a bare Fastify server answering from memory, in the same run, as the
// baseline. Needs the built API (`npx nx build api`) and a PostgreSQL server
// (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
//
//   node bench/submissions.mjs [--submissions 1000] [--clients 50]
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { args, freshDatabase, log, root, startApi, startBare } from './support.mjs';

const SUBMISSIONS = Number(args.submissions ?? 1000);
const CLIENTS = Number(args.clients ?? 50);
const DB = 'kbdm_bench_submissions';
const API_PORT = 3203;
const BARE_PORT = 3204;
const PASSWORD = 'bench passphrase over the steppe';

// A seeded generator, so two runs retry alike.
let seed = 20261203;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

async function person(base, i) {
  const email = `bench.applicant${i}.${Date.now()}@mail.kz`;
  const headers = { 'content-type': 'application/json' };
  const registered = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: PASSWORD, role: 'entrepreneur', fullName: `Bench Applicant ${i}` }),
  });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  const session = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { accessToken, user } = await session.json();
  return { id: user.id, token: accessToken };
}

/**
 * One submission as a person on a bad network makes it: the same key every time; 20 % of the
 * time a second copy races the first; 10 % of the time the client gives up on the first after a
 * few milliseconds (its answer is lost) and sends again. Acknowledged = some copy got a 2xx.
 */
async function submit(base, token, body, stats) {
  const key = randomUUID();
  const send = async (signal) => {
    stats.requests += 1;
    const response = await fetch(`${base}/api/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
      body,
      signal,
    });
    const text = await response.text();
    if (response.status === 200 || response.status === 201) return JSON.parse(text).id ?? 'bare';
    stats.refused[response.status] = (stats.refused[response.status] ?? 0) + 1;
    return null;
  };
  const ids = [];
  const roll = random();
  if (roll < 0.1) {
    const controller = new AbortController();
    const first = send(controller.signal).catch(() => null);
    setTimeout(() => controller.abort(), 1 + Math.floor(random() * 5));
    await first;
    stats.abandoned += 1;
    ids.push(await send());
  } else if (roll < 0.3) {
    ids.push(...(await Promise.all([send(), send()])));
    stats.raced += 1;
  } else {
    ids.push(await send());
  }
  const acknowledged = ids.filter(Boolean);
  if (new Set(acknowledged).size > 1) stats.divergent += 1;
  return acknowledged.length ? { key, id: acknowledged[0] } : { key, id: null };
}

async function campaign(base, people, target) {
  const stats = { requests: 0, raced: 0, abandoned: 0, divergent: 0, refused: {} };
  const acknowledged = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    people.map(async (who, i) => {
      for (;;) {
        const n = next++;
        if (n >= SUBMISSIONS) return;
        const body = JSON.stringify({
          target,
          submit: true,
          form: {
            applicantKind: 'individual_entrepreneur',
            applicantName: `IP Bench ${i}`,
            binIin: '900101300017',
            contactPhone: '+77011234567',
            projectTitle: `Bench project ${n}`,
            projectDescription: 'Submitted by the load benchmark.',
            districtCode: 'temirtau',
            sectorCode: 'C10',
            projectCostKzt: 10_000_000 + n,
            plannedJobs: 1 + (n % 9),
          },
        });
        const result = await submit(base, who.token, body, stats);
        if (result.id) acknowledged.push({ ...result, userId: who.id });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { stats, acknowledged, seconds };
}

async function main() {
  const dbUrl = await freshDatabase(DB);
  const dataDir = mkdtempSync(join(tmpdir(), 'kbdm-bench-'));
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const [{ id: opportunityId }] = (
    await db.query(`SELECT id FROM opportunity WHERE status = 'open' ORDER BY code LIMIT 1`)
  ).rows;
  const target = { kind: 'opportunity', id: opportunityId };

  const api = await startApi({
    port: API_PORT,
    databaseUrl: dbUrl,
    dataDir,
    // The e-mails leave the outbox while the submissions come in, as in production.
    env: { THROTTLE_SIGN_IN_PER_MINUTE: '100000', THROTTLE_REGISTER_PER_MINUTE: '100000', MAIL_DISPATCH: 'on' },
  });
  const apiBase = `http://127.0.0.1:${API_PORT}`;
  let result;
  let sample;
  try {
    const people = [];
    for (let i = 0; i < CLIENTS; i++) people.push(await person(apiBase, i));
    log(`${CLIENTS} clients signed in; submitting ${SUBMISSIONS} applications…`);
    result = await campaign(apiBase, people, target);
    sample = await (
      await fetch(`${apiBase}/api/v1/applications/${result.acknowledged[0].id}`, {
        headers: { authorization: `Bearer ${people.find((p) => p.id === result.acknowledged[0].userId).token}` },
      })
    ).text();
  } finally {
    api.kill('SIGTERM');
  }

  // The check: every acknowledged submission exists once, submitted, under its key; no key has
  // a second application, and nothing exists that no key accounts for.
  const ids = result.acknowledged.map((a) => a.id);
  const found = (
    await db.query(
      `SELECT a.id, a.status, k.key FROM application a JOIN idempotency_key k ON k.application_id = a.id WHERE a.id = ANY($1::uuid[])`,
      [ids],
    )
  ).rows;
  const byId = new Map(found.map((row) => [row.id, row]));
  const missing = result.acknowledged.filter((a) => !byId.has(a.id)).length;
  const wrongKey = result.acknowledged.filter((a) => byId.get(a.id)?.key !== a.key).length;
  const notSubmitted = found.filter((row) => row.status !== 'submitted').length;
  const [{ applications, keys }] = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM application a JOIN user_account u ON u.id = a.applicant_id WHERE u.email LIKE 'bench.applicant%') AS applications,
              (SELECT count(*)::int FROM idempotency_key) AS keys`,
    )
  ).rows;
  const [{ duplicates }] = (
    await db.query(
      `SELECT count(*)::int AS duplicates FROM (SELECT application_id FROM idempotency_key GROUP BY application_id HAVING count(*) > 1) d`,
    )
  ).rows;
  await db.end();

  // The baseline: the same clients, keys and retries against Fastify answering from memory.
  const bodyFile = join(dataDir, 'application.json');
  writeFileSync(bodyFile, sample);
  const bare = await startBare(BARE_PORT, bodyFile);
  let baseline;
  try {
    baseline = await campaign(
      `http://127.0.0.1:${BARE_PORT}`,
      Array.from({ length: CLIENTS }, (_, i) => ({ id: String(i), token: 'x' })),
      target,
    );
  } finally {
    bare.kill('SIGTERM');
  }
  rmSync(dataDir, { recursive: true, force: true });

  const perSecond = (r) => Math.round(r.acknowledged.length / r.seconds);
  const report = {
    at: new Date().toISOString(),
    submissions: SUBMISSIONS,
    clients: CLIENTS,
    api: {
      acknowledged: result.acknowledged.length,
      requests: result.stats.requests,
      racedCopies: result.stats.raced,
      abandonedThenRetried: result.stats.abandoned,
      refused: result.stats.refused,
      seconds: Number(result.seconds.toFixed(2)),
      submissionsPerSecond: perSecond(result),
    },
    bare: { submissionsPerSecond: perSecond(baseline), requests: baseline.stats.requests },
    ratio: Number((perSecond(result) / perSecond(baseline)).toFixed(3)),
    check: {
      applicationsInDatabase: applications,
      idempotencyKeys: keys,
      acknowledgedMissing: missing,
      acknowledgedUnderAnotherKey: wrongKey,
      acknowledgedNotSubmitted: notSubmitted,
      applicationsWithTwoKeys: duplicates,
      retriesAnsweredWithAnotherApplication: result.stats.divergent,
    },
  };
  const ok =
    missing === 0 &&
    wrongKey === 0 &&
    notSubmitted === 0 &&
    duplicates === 0 &&
    result.stats.divergent === 0 &&
    applications === keys &&
    result.acknowledged.length === SUBMISSIONS;
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/submissions.json'), JSON.stringify(report, null, 2) + '\n');
  log(JSON.stringify(report, null, 2));
  log(ok ? 'check: every acknowledged submission exists exactly once' : 'check: FAILED');
  process.exit(ok ? 0 : 1);
}

await main();
