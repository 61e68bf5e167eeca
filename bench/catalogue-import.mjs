// Imports 100,000 opportunity rows from a CSV through the administrators' import (upload, the
// background validation with its progress, then the apply in one transaction) and exports them
// again as open data, sampling the API process's resident memory all along. The baselines, in the
// same run: a bare Fastify server receiving the same upload and parsing it with csv-parse
// (nothing validated or stored), and the same server streaming the exported CSV from a file.
// Needs the built API (`npx nx build api`) and a PostgreSQL server (BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/postgres). Linux only (reads /proc/<pid>/status).
//
//   node bench/catalogue-import.mjs [--rows 100000] [--heap-cap 96]
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { args, freshDatabase, log, root, rssMb, runCommand, startApi, startBare } from './support.mjs';

const ROWS = Number(args.rows ?? 100_000);
const SMALL = Math.round(ROWS / 10);
const DB = 'kbdm_bench_import';
const API_PORT = 3209;
const BARE_PORT = 3210;
const EXPORT_HEAP_CAP_MB = Number(args['heap-cap'] ?? 96);
const EMAIL = 'bench.admin@akimat.kz';
const PASSWORD = 'import bench over Karaganda steppe';

const field = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A CSV of `rows` opportunities: the exported catalogue's rows repeated under new codes. */
async function writeCsv(file, header, templates, rows, prefix) {
  const out = createWriteStream(file);
  const code = header.indexOf('code');
  const id = header.indexOf('id');
  out.write('\uFEFF' + header.map(field).join(',') + '\r\n');
  for (let i = 0; i < rows; i++) {
    const row = [...templates[i % templates.length]];
    row[code] = `${prefix}-${i}`;
    row[id] = '';
    if (!out.write(row.map(field).join(',') + '\r\n')) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

/** A multipart body streamed from `file`: the `catalogue` field, then the file. */
function multipart(file) {
  const boundary = `----kbdmbench${Date.now()}`;
  async function* body() {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="catalogue"\r\n\r\nopportunities\r\n`);
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    );
    yield* createReadStream(file);
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  return { body: Readable.from(body()), type: `multipart/form-data; boundary=${boundary}` };
}

/** Samples `pid`'s memory every 20 ms until stopped; answers the peak. */
function sampler(pid) {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  return () => (clearInterval(timer), Math.round(Math.max(peak, rssMb(pid))));
}

async function upload(base, token, file) {
  const { body, type } = multipart(file);
  const response = await fetch(`${base}/api/v1/admin/imports`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    duplex: 'half',
  });
  if (response.status !== 202) throw new Error(`upload: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Uploads, waits through validation (noting each progress step the page would show), applies. */
async function importFile(base, token, pid, file) {
  const stop = sampler(pid);
  const started = performance.now();
  const job = await upload(base, token, file);
  const get = async () =>
    (await fetch(`${base}/api/v1/admin/imports/${job.id}`, { headers: { authorization: `Bearer ${token}` } })).json();
  const steps = new Set();
  let state = job;
  while (!['ready', 'failed', 'cancelled'].includes(state.status)) {
    await new Promise((r) => setTimeout(r, 250));
    state = await get();
    steps.add(state.progress.percent);
  }
  const validated = performance.now();
  if (state.status !== 'ready') throw new Error(`import ${state.status}: ${state.failure}`);
  const apply = await fetch(`${base}/api/v1/admin/imports/${job.id}/apply`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ mode: 'all' }),
  });
  if (apply.status !== 202) throw new Error(`apply: ${apply.status} ${await apply.text()}`);
  while (!['done', 'failed'].includes(state.status)) {
    await new Promise((r) => setTimeout(r, 250));
    state = await get();
  }
  const finished = performance.now();
  const peak = stop();
  if (state.status !== 'done') throw new Error(`apply failed: ${state.failure}`);
  const seconds = (finished - started) / 1000;
  return {
    rows: state.rows,
    added: state.applied.added,
    megabytes: Number((statSync(file).size / 2 ** 20).toFixed(1)),
    validateSeconds: Number(((validated - started) / 1000).toFixed(1)),
    applySeconds: Number(((finished - validated) / 1000).toFixed(1)),
    rowsPerSecond: Math.round(state.rows / seconds),
    progressSteps: steps.size,
    rssPeakMb: peak,
  };
}

async function exportAll(url, pid) {
  const stop = sampler(pid);
  const started = performance.now();
  const response = await fetch(url);
  let lines = 0;
  for await (const chunk of response.body) for (const byte of chunk) if (byte === 0x0a) lines += 1;
  const seconds = (performance.now() - started) / 1000;
  return {
    rows: lines - 1,
    seconds: Number(seconds.toFixed(1)),
    rowsPerSecond: Math.round((lines - 1) / seconds),
    rssPeakMb: stop(),
  };
}

async function main() {
  const dbUrl = await freshDatabase(DB);
  await runCommand(['create-admin', '--email', EMAIL, '--name', 'Bench Administrator'], {
    DATABASE_URL: dbUrl,
    ADMIN_PASSWORD: PASSWORD,
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'kbdm-bench-'));
  const base = `http://127.0.0.1:${API_PORT}`;
  const small = join(dataDir, 'small.csv');
  const large = join(dataDir, 'large.csv');
  const exported = join(dataDir, 'exported.csv');
  const report = { at: new Date().toISOString(), rows: ROWS, exportHeapCapMb: EXPORT_HEAP_CAP_MB };
  const env = {
    IMPORT_MAX_BYTES: String(1024 ** 3),
    IMPORT_MAX_ROWS: String(ROWS * 2),
    THROTTLE_SIGN_IN_PER_MINUTE: '1000',
  };
  const exportUrl = `${base}/api/v1/open-data/opportunities.csv`;
  /** Runs `work` against an API process of its own, so each figure's memory is that step's alone. */
  const withApi = async (work, nodeFlags = []) => {
    const api = await startApi({ port: API_PORT, databaseUrl: dbUrl, dataDir, env, nodeFlags });
    try {
      return await work(api);
    } finally {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
  };
  const signIn = async () => {
    const session = await fetch(`${base}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    return (await session.json()).accessToken;
  };
  // The export runs with its heap capped well below the document's size: one that held its rows
  // would run out of memory; one that streams them stays under the cap whatever the row count.
  const capped = [`--max-old-space-size=${EXPORT_HEAP_CAP_MB}`];
  const exportOnce = (api) => exportAll(exportUrl, api.pid);

  await withApi(async () => {
    const [header, ...templates] = parse(await (await fetch(exportUrl)).text(), { bom: true });
    await writeCsv(small, header, templates, SMALL, 'bench-small');
    await writeCsv(large, header, templates, ROWS, 'bench-large');
  });
  log(`importing ${SMALL} rows…`);
  report.importSmall = await withApi(async (api) => importFile(base, await signIn(), api.pid, small));
  log(`exporting ${SMALL}+ rows…`);
  report.exportSmall = await withApi(exportOnce, capped);
  log(`importing ${ROWS} rows…`);
  report.importLarge = await withApi(async (api) => importFile(base, await signIn(), api.pid, large));
  log(`exporting ${ROWS + SMALL}+ rows…`);
  report.exportLarge = await withApi(async (api) => {
    const out = createWriteStream(exported);
    for await (const chunk of (await fetch(exportUrl)).body) out.write(chunk);
    await new Promise((r) => out.end(r));
    return exportOnce(api);
  }, capped);

  const bare = await startBare(BARE_PORT, exported);
  try {
    const started = performance.now();
    const answer = await upload(`http://127.0.0.1:${BARE_PORT}`, null, large);
    const seconds = (performance.now() - started) / 1000;
    // The bare parser also counts the multipart framing's few lines; the rate is of the data rows.
    report.bareImport = { recordsParsed: answer.rows, rowsPerSecond: Math.round(ROWS / seconds) };
    report.bareExport = await exportAll(`http://127.0.0.1:${BARE_PORT}/api/v1/open-data/file.csv`, bare.pid);
  } finally {
    bare.kill('SIGTERM');
  }
  rmSync(dataDir, { recursive: true, force: true });
  report.ratio = {
    importRowsPerSecondToBare: Number((report.importLarge.rowsPerSecond / report.bareImport.rowsPerSecond).toFixed(3)),
    exportRowsPerSecondToBare: Number((report.exportLarge.rowsPerSecond / report.bareExport.rowsPerSecond).toFixed(3)),
  };
  const ok =
    report.importSmall.added === SMALL &&
    report.importLarge.added === ROWS &&
    report.exportLarge.rows >= ROWS + SMALL &&
    report.exportLarge.rssPeakMb <= report.exportSmall.rssPeakMb + 32 &&
    report.importLarge.progressSteps > 2;
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/catalogue-import.json'), JSON.stringify(report, null, 2) + '\n');
  log(JSON.stringify(report, null, 2));
  log(
    ok
      ? 'check: every row imported and exported; the progress moved while validating; the export peak did not grow with the rows'
      : 'check: FAILED',
  );
  process.exit(ok ? 0 : 1);
}

await main();
