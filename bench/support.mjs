// What the benchmarks share: their arguments, a fresh seeded database, the built API and the bare
// baseline server started and awaited, and a process's resident memory.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** `--name value` pairs of the command line. */
export const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
export const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const withDatabase = (url, db) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();
export const log = (...parts) => process.stdout.write(parts.join(' ') + '\n');

/** Runs one of the built API's commands (`seed`, `migrate` …) to its end. */
export function runCommand(command, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js'), ...command], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(' ')} exited ${code}`))));
  });
}

/** Waits until `url` answers below 500, or gives up after a minute and stops `child`. */
export async function waitUp(url, child) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`${url} did not answer`);
}

/** Drops and makes `db` again on the server, migrated and with the demo data; returns its URL. */
export async function freshDatabase(db) {
  const admin = new pg.Client({ connectionString: withDatabase(SERVER_URL, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${db}`);
  await admin.end();
  const url = withDatabase(SERVER_URL, db);
  log(`seeding ${db}…`);
  await runCommand(['seed'], { DATABASE_URL: url });
  return url;
}

/** The built API on `databaseUrl` at `port`, in production mode, once it answers its health check. */
export async function startApi({ port, databaseUrl, dataDir, env = {}, nodeFlags = [] }) {
  const child = spawn(process.execPath, [...nodeFlags, join(root, 'dist/apps/api/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AUTH_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: databaseUrl,
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      DB_MIGRATE: 'false',
      DEMO_DATA: 'false',
      MAIL_DISPATCH: 'off',
      RESERVATION_EXPIRY: 'off',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitUp(`http://127.0.0.1:${port}/api/health`, child);
  return child;
}

/** The bare Fastify baseline (`bench/bare-server.mjs`) answering from `bodyFile`. */
export async function startBare(port, bodyFile) {
  const child = spawn(process.execPath, [join(root, 'bench/bare-server.mjs'), String(port), bodyFile], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitUp(`http://127.0.0.1:${port}/ready`, child);
  return child;
}

/** A process's resident memory, in MB (Linux). */
export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}
