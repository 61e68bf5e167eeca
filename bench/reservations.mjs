// Many investors reserve capacity on the SEZ's plots at once: first all of them on ONE plot (every
// request waits on that plot's row lock: the worst case), then spread over every plot. Each
// request asks for a sliver of power sized so that only some of them fit; the check, in SQL, is
// that exactly as many were granted as fit, that no plot's ledger went below zero and that every
// 201 is one active reservation. The same clients run against a bare Fastify server answering
// from memory, in the same run, as the baseline. Needs the built API (`npx nx build api`) and a
// PostgreSQL server (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
//
//   node bench/reservations.mjs [--requests 1000] [--clients 50]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { args, freshDatabase, log, root, startApi, startBare } from './support.mjs';

const REQUESTS = Number(args.requests ?? 1000);
const CLIENTS = Number(args.clients ?? 50);
const DB = 'kbdm_bench_reservations';
const API_PORT = 3205;
const BARE_PORT = 3206;
const PASSWORD = 'bench passphrase over the steppe';
/** Of the requests for one plot, this share fits its free power; the rest must be refused. */
const FITTING_SHARE = 0.6;

async function investor(base, i) {
  const email = `bench.investor${i}.${Date.now()}@mail.kz`;
  const headers = { 'content-type': 'application/json' };
  const registered = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: PASSWORD, role: 'investor', fullName: `Bench Investor ${i}` }),
  });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  const session = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return (await session.json()).accessToken;
}

/** `requests` reservations from `tokens` clients at once; `targets[n]` says which plot and how much. */
async function campaign(base, tokens, targets) {
  const outcome = { granted: 0, refused: 0, other: {}, sample: null };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token) => {
      for (;;) {
        const n = next++;
        if (n >= targets.length) return;
        const { slotId, power } = targets[n];
        const response = await fetch(`${base}/api/v1/investor-requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            kind: 'reservation',
            target: { kind: 'sez_slot', id: slotId },
            company: `TOO Bench ${n}`,
            bin: '240140000011',
            product: 'Steel structures',
            sectorCode: 'C25',
            plannedInvestmentKzt: 1_000_000_000,
            plannedJobs: 10,
            utilities: { power },
          }),
        });
        const text = await response.text();
        if (response.status === 201) {
          outcome.granted += 1;
          outcome.sample ??= text;
        } else if (response.status === 409) outcome.refused += 1;
        else outcome.other[response.status] = (outcome.other[response.status] ?? 0) + 1;
      }
    }),
  );
  return { ...outcome, seconds: (performance.now() - started) / 1000 };
}

/** A sliver of power per request, in thousandths, so that `fitting` of them fit `free`. */
const sliver = (free, fitting) => Math.floor((free / fitting) * 1000) / 1000;

async function main() {
  const dbUrl = await freshDatabase(DB);
  const dataDir = mkdtempSync(join(tmpdir(), 'kbdm-bench-'));
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const freeOf = async () =>
    (
      await db.query(`
        SELECT sl.id, sl.code, (sl.power_max_mw - coalesce(sum(r.power_mw), 0))::float8 AS free
          FROM sez_slot sl
          LEFT JOIN investor_request r ON r.slot_id = sl.id AND r.kind = 'reservation'
           AND r.status IN ('requested', 'held', 'under_negotiation', 'contracted')
         GROUP BY sl.id ORDER BY sl.code`)
    ).rows;
  const before = (await freeOf()).filter((s) => s.free > 0);
  const [hot] = [...before].sort((a, b) => b.free - a.free);

  // One plot: every request for the same row lock.
  const fittingOne = Math.floor(REQUESTS * FITTING_SHARE);
  const onePower = sliver(hot.free, fittingOne);
  const oneTargets = Array.from({ length: REQUESTS }, () => ({ slotId: hot.id, power: onePower }));
  const oneExpected = Math.min(REQUESTS, Math.floor(Math.round(hot.free * 1000) / Math.round(onePower * 1000)));
  // Every other plot: the requests spread, each plot sized so that the same share fits.
  const spread = before.filter((s) => s.id !== hot.id);
  const perPlot = Math.ceil(REQUESTS / spread.length);
  const spreadTargets = Array.from({ length: REQUESTS }, (_, n) => {
    const plot = spread[n % spread.length];
    return { slotId: plot.id, power: sliver(plot.free, Math.floor(perPlot * FITTING_SHARE)) };
  });
  const spreadExpected = spread.reduce((sum, plot) => {
    const asked = spreadTargets.filter((t) => t.slotId === plot.id);
    const each = Math.round(asked[0].power * 1000);
    return sum + Math.min(asked.length, each > 0 ? Math.floor(Math.round(plot.free * 1000) / each) : asked.length);
  }, 0);

  const api = await startApi({
    port: API_PORT,
    databaseUrl: dbUrl,
    dataDir,
    env: { THROTTLE_SIGN_IN_PER_MINUTE: '100000', THROTTLE_REGISTER_PER_MINUTE: '100000' },
  });
  const apiBase = `http://127.0.0.1:${API_PORT}`;
  let one;
  let wide;
  try {
    const tokens = [];
    for (let i = 0; i < CLIENTS; i++) tokens.push(await investor(apiBase, i));
    log(`${CLIENTS} investors signed in; ${REQUESTS} reservations for plot ${hot.code} (${hot.free} MW free)…`);
    one = await campaign(apiBase, tokens, oneTargets);
    log(`${REQUESTS} reservations spread over ${spread.length} plots…`);
    wide = await campaign(apiBase, tokens, spreadTargets);
  } finally {
    api.kill('SIGTERM');
  }

  // The check, in SQL: no ledger below zero, every 201 one active reservation, exactly as many granted as fit.
  const after = await freeOf();
  const negative = after.filter((s) => s.free < -1e-9).length;
  const [{ active }] = (
    await db.query(
      `SELECT count(*)::int AS active FROM investor_request WHERE kind = 'reservation' AND investor_id IS NOT NULL`,
    )
  ).rows;
  await db.end();

  const bodyFile = join(dataDir, 'reservation.json');
  writeFileSync(bodyFile, one.sample ?? '{}');
  const bare = await startBare(BARE_PORT, bodyFile);
  let baseline;
  try {
    baseline = await campaign(
      `http://127.0.0.1:${BARE_PORT}`,
      Array.from({ length: CLIENTS }, () => 'x'),
      oneTargets,
    );
  } finally {
    bare.kill('SIGTERM');
  }
  rmSync(dataDir, { recursive: true, force: true });

  const perSecond = (r) => Math.round((r.granted + r.refused) / r.seconds);
  const report = {
    at: new Date().toISOString(),
    requests: REQUESTS,
    clients: CLIENTS,
    onePlot: {
      plot: hot.code,
      freeMwBefore: hot.free,
      mwEach: onePower,
      granted: one.granted,
      fitting: oneExpected,
      refused: one.refused,
      other: one.other,
      seconds: Number(one.seconds.toFixed(2)),
      requestsPerSecond: perSecond(one),
    },
    spread: {
      plots: spread.length,
      granted: wide.granted,
      fitting: spreadExpected,
      refused: wide.refused,
      other: wide.other,
      seconds: Number(wide.seconds.toFixed(2)),
      requestsPerSecond: perSecond(wide),
    },
    bare: { requestsPerSecond: perSecond(baseline) },
    ratio: {
      onePlotToBare: Number((perSecond(one) / perSecond(baseline)).toFixed(3)),
      spreadToBare: Number((perSecond(wide) / perSecond(baseline)).toFixed(3)),
    },
    check: { ledgersBelowZero: negative, activeReservations: active, granted: one.granted + wide.granted },
  };
  const ok =
    negative === 0 &&
    active === one.granted + wide.granted &&
    one.granted === oneExpected &&
    wide.granted === spreadExpected &&
    Object.keys(one.other).length === 0 &&
    Object.keys(wide.other).length === 0;
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/reservations.json'), JSON.stringify(report, null, 2) + '\n');
  log(JSON.stringify(report, null, 2));
  log(ok ? 'check: exactly the fitting reservations granted, no ledger below zero' : 'check: FAILED');
  process.exit(ok ? 0 : 1);
}

await main();
