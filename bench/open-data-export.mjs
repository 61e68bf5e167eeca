// Streams the opportunities catalogue as open data (CSV) at 10,000 and at 100,000 rows and
// samples the API process's resident memory while it does: the export reads the table in keyset
// batches, so its peak must not grow with the row count. The same CSV, saved to a file, is
// streamed by a bare Fastify server in the same run as the baseline. Needs the built API
// (`npx nx build api`) and a PostgreSQL server (BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/postgres). Linux only (reads /proc/<pid>/status).
//
//   node bench/open-data-export.mjs [--rows 100000] [--heap-cap 96]
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { args, freshDatabase, log, root, rssMb, startApi, startBare } from './support.mjs';

const ROWS = Number(args.rows ?? 100_000);
const SMALL = Math.round(ROWS / 10);
const DB = 'kbdm_bench_export';
const API_PORT = 3207;
/** `--heap-cap 0` runs the API without a cap, for its throughput alone. */
const HEAP_CAP_MB = Number(args['heap-cap'] ?? 96);
const BARE_PORT = 3208;

/** Streams `url` to `file` (or nowhere), sampling `pid`'s memory every 20 ms; rows = lines less the header. */
async function download(url, pid, file) {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const started = performance.now();
  const response = await fetch(url);
  const out = file ? createWriteStream(file) : null;
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 0x0a) lines += 1;
    out?.write(chunk);
  }
  await new Promise((resolve) => (out ? out.end(resolve) : resolve()));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  return {
    rows: lines - 1,
    megabytes: Number((bytes / 2 ** 20).toFixed(1)),
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round((lines - 1) / seconds),
    rssBeforeMb: Math.round(before),
    rssPeakMb: Math.round(peak),
  };
}

/** Copies the first opportunity `count` times, under new ids and codes, in SQL. */
async function grow(db, count, from) {
  const columns = (
    await db.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_name = 'opportunity' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'code')
        ORDER BY ordinal_position`,
    )
  ).rows.map((r) => `"${r.column_name}"`);
  const [{ id }] = (await db.query(`SELECT id FROM opportunity ORDER BY code LIMIT 1`)).rows;
  await db.query(
    `INSERT INTO opportunity (id, code, ${columns.join(', ')})
     SELECT gen_random_uuid(), 'bench-' || g, ${columns.map((c) => `o.${c}`).join(', ')}
       FROM opportunity o CROSS JOIN generate_series($1::int, $2::int) g WHERE o.id = $3`,
    [from, from + count - 1, id],
  );
}

async function main() {
  const dbUrl = await freshDatabase(DB);
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const seeded = Number((await db.query('SELECT count(*) AS n FROM opportunity')).rows[0].n);
  await grow(db, SMALL - seeded, 1);
  const dataDir = mkdtempSync(join(tmpdir(), 'kbdm-bench-'));
  // The API's heap is capped well below the document's size: an export that held its rows would
  // run out of memory; one that streams them stays under the cap whatever the row count.
  const heapFlags = HEAP_CAP_MB > 0 ? [`--max-old-space-size=${HEAP_CAP_MB}`] : [];
  const url = `http://127.0.0.1:${API_PORT}/api/v1/open-data/opportunities.csv`;
  const file = join(dataDir, 'opportunities.csv');
  let small;
  let large;
  const api = await startApi({ port: API_PORT, databaseUrl: dbUrl, dataDir, nodeFlags: heapFlags });
  try {
    await download(url, api.pid); // warm up: the first request compiles and fills the pools
    log(`exporting ${SMALL} rows…`);
    small = await download(url, api.pid);
    log(`growing to ${ROWS} rows…`);
    await grow(db, ROWS - SMALL, SMALL - seeded + 1);
    log(`exporting ${ROWS} rows…`);
    large = await download(url, api.pid, file);
  } finally {
    api.kill('SIGTERM');
    await db.end();
  }

  const bare = await startBare(BARE_PORT, file);
  let baseline;
  try {
    baseline = await download(`http://127.0.0.1:${BARE_PORT}/api/v1/open-data/file.csv`, bare.pid);
  } finally {
    bare.kill('SIGTERM');
  }
  rmSync(dataDir, { recursive: true, force: true });

  const report = {
    at: new Date().toISOString(),
    api: { small, large },
    bare: baseline,
    ratio: { rowsPerSecondToBare: Number((large.rowsPerSecond / baseline.rowsPerSecond).toFixed(3)) },
    memory: {
      heapCapMb: HEAP_CAP_MB,
      peakMbSmall: small.rssPeakMb,
      peakMbLarge: large.rssPeakMb,
    },
  };
  // Flat: under the cap the large export's peak is the small one's, give or take what the
  // collector leaves. Without a cap V8 lets garbage pile up before collecting, so RSS says little.
  const flat = HEAP_CAP_MB === 0 || large.rssPeakMb <= small.rssPeakMb + 32;
  const ok = small.rows === SMALL && large.rows === ROWS && flat;
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/open-data-export.json'), JSON.stringify(report, null, 2) + '\n');
  log(JSON.stringify(report, null, 2));
  log(ok ? 'check: every row exported; the peak memory did not grow with the row count' : 'check: FAILED');
  process.exit(ok ? 0 : 1);
}

await main();
