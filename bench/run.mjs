// Benchmarks the opportunities search against a bare Fastify server that answers the same body
// from memory, in the same run, on the same machine. Needs the built API (`npx nx build api`)
// and a PostgreSQL server (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
//
//   node bench/run.mjs [--rows 100000] [--duration 10]
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const ROWS = Number(args.rows ?? 100_000);
const DURATION = Number(args.duration ?? 10);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'kbdm_bench';
const API_PORT = 3201;
const BARE_PORT = 3202;
const QUERY = `/api/v1/opportunities?q=${encodeURIComponent('кирпич')}&sector=C23`;

const withDatabase = (url, db) => Object.assign(new URL(url), { pathname: `/${db}` }).toString();
const dbUrl = withDatabase(SERVER_URL, DB);
const log = (...parts) => process.stdout.write(parts.join(' ') + '\n');

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function prepareDatabase() {
  const admin = new pg.Client({ connectionString: withDatabase(SERVER_URL, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  await run(['seed'], { DATABASE_URL: dbUrl });
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const started = Date.now();
  // Generated rows: twenty products (named in three languages) spread over five sectors and the
  // thirteen districts independently, so a search and a sector each keep a realistic share.
  const products = [
    ['Производство кирпича', 'Brick production', 'Кірпіш өндірісі'],
    ['Выпуск стальных труб', 'Steel pipe making', 'Болат құбыр шығару'],
    ['Завод цемента', 'Cement plant', 'Цемент зауыты'],
    ['Изготовление керамической плитки', 'Ceramic tile making', 'Керамика плитка жасау'],
    ['Цех упаковки', 'Packaging shop', 'Қаптама цехы'],
    ['Производство лакокрасочных материалов', 'Paint and coatings', 'Лак-бояу өндірісі'],
    ['Выпуск медицинских шприцев', 'Medical syringes', 'Медициналық шприцтер'],
    ['Производство минеральной ваты', 'Mineral wool', 'Минералды мақта'],
    ['Металлоконструкции', 'Steel structures', 'Металл конструкциялар'],
    ['Молочный завод', 'Dairy plant', 'Сүт зауыты'],
    ['Производство стекла', 'Glass making', 'Шыны өндірісі'],
    ['Выпуск арматуры', 'Rebar production', 'Арматура шығару'],
    ['Производство пластиковых окон', 'PVC windows', 'Пластик терезелер'],
    ['Бетонные изделия', 'Precast concrete', 'Бетон бұйымдары'],
    ['Выпуск удобрений', 'Fertiliser production', 'Тыңайтқыш шығару'],
    ['Производство мебели', 'Furniture making', 'Жиһаз жасау'],
    ['Мясокомбинат', 'Meat processing', 'Ет комбинаты'],
    ['Производство кабеля', 'Cable production', 'Кабель өндірісі'],
    ['Литейный цех', 'Foundry', 'Құю цехы'],
    ['Производство дезинфицирующих средств', 'Disinfectants', 'Дезинфекция құралдары'],
  ];
  await client.query(
    `INSERT INTO opportunity (code, name, description, hs_code, sector_id, import_volume_amount, import_volume_unit,
        import_value_usd, source_countries, local_production_share, investment_min_kzt, investment_max_kzt, jobs, status,
        district_id, lat, lon, potential_score, demo, source)
     SELECT 'bench-' || g,
       jsonb_build_object('ru', ($2::text[])[1 + g % 20] || ' №' || g, 'en', ($3::text[])[1 + g % 20] || ' no. ' || g,
                          'kk', ($4::text[])[1 + g % 20] || ' №' || g),
       jsonb_build_object('ru', 'Сгенерированная возможность для нагрузочного теста', 'en', 'Generated for the load test', 'kk', 'Жүктеме сынағы үшін'),
       '6904', s.id, 1000 + g % 5000, 't', 1e6 + (g % 1000) * 1e5, ARRAY['RU','CN'], g % 100,
       1e8, 1e9, g % 400, 'open', d.id, 49 + (g % 200) / 100.0, 72 + (g % 300) / 100.0, g % 1000 / 10.0, true, NULL
     FROM generate_series(1, $1) g
     CROSS JOIN LATERAL (SELECT id FROM sector WHERE code = (ARRAY['C23','C24','C25','C20','C10'])[1 + (g / 20) % 5]) s
     CROSS JOIN LATERAL (SELECT id FROM district ORDER BY code LIMIT 1 OFFSET (g / 7) % 13) d`,
    [ROWS, products.map((p) => p[0]), products.map((p) => p[1]), products.map((p) => p[2])],
  );
  await client.query('ANALYZE');
  const { rows } = await client.query('SELECT count(*)::int AS n FROM opportunity');
  await client.end();
  log(`database: ${rows[0].n} opportunities (${ROWS} generated in ${Date.now() - started} ms)`);
}

function run(command, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js'), ...command], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(' ')} exited ${code}`))));
  });
}

async function startApi() {
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AUTH_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: dbUrl,
      PORT: String(API_PORT),
      HOST: '127.0.0.1',
      DB_MIGRATE: 'false',
      DEMO_DATA: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${API_PORT}/api/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the API did not start');
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function load(url, connections) {
  const latencies = [];
  const instance = autocannon({ url, connections, duration: DURATION });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: Number(percentile(latencies, 50).toFixed(2)),
    p95Ms: Number(percentile(latencies, 95).toFixed(2)),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** The statements the list endpoint runs for QUERY (count, then the page), timed one after another. */
async function plainSql() {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const where = `FROM opportunity o JOIN sector s ON s.id = o.sector_id LEFT JOIN district d ON d.id = o.district_id
    WHERE (o.search_vector @@ (websearch_to_tsquery('russian', $1) || websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1))
      OR (o.search_text LIKE $2)) AND s.code LIKE ANY (ARRAY[$3])`;
  const times = [];
  for (let i = 0; i < 200; i++) {
    const started = process.hrtime.bigint();
    await client.query(`SELECT code FROM sector WHERE code = ANY($1)`, [['C23']]);
    await client.query(`SELECT count(*) ${where}`, ['кирпич', '%кирпич%', 'C23%']);
    await client.query(
      `SELECT o.*, s.*, d.*, ts_rank(o.search_vector, (websearch_to_tsquery('russian', $1) || websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1))) AS relevance
       ${where} ORDER BY relevance DESC, o.potential_score DESC, o.id LIMIT 20`,
      ['кирпич', '%кирпич%', 'C23%'],
    );
    await client.query(
      `SELECT * FROM opportunity_district_fit f JOIN district d ON d.id = f.district_id WHERE f.opportunity_id = ANY($1)`,
      [[]],
    );
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  await client.end();
  times.sort((a, b) => a - b);
  return { p50Ms: Number(percentile(times, 50).toFixed(2)), p95Ms: Number(percentile(times, 95).toFixed(2)) };
}

async function main() {
  await prepareDatabase();
  const api = await startApi();
  const body = await (await fetch(`http://127.0.0.1:${API_PORT}${QUERY}`)).text();
  const { total } = JSON.parse(body);
  log(`query ${QUERY}: ${total} matches, ${body.length} bytes per answer`);

  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const bodyFile = join(root, 'bench/results/body.json');
  writeFileSync(bodyFile, body);
  const bare = spawn(process.execPath, [join(root, 'bench/bare-server.mjs'), String(BARE_PORT), bodyFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => bare.stdout.once('data', resolve));

  const results = { rows: ROWS, query: QUERY, matches: total, durationSeconds: DURATION };
  // Warm both up, then measure throughput with 10 connections and latency with 1.
  await load(`http://127.0.0.1:${API_PORT}${QUERY}`, 4);
  results.api = {
    throughput: await load(`http://127.0.0.1:${API_PORT}${QUERY}`, 10),
    latency: await load(`http://127.0.0.1:${API_PORT}${QUERY}`, 1),
  };
  results.api.rssMb = Number(rssMb(api.pid).toFixed(1));
  results.bare = {
    throughput: await load(`http://127.0.0.1:${BARE_PORT}${QUERY}`, 10),
    latency: await load(`http://127.0.0.1:${BARE_PORT}${QUERY}`, 1),
  };
  results.bare.rssMb = Number(rssMb(bare.pid).toFixed(1));
  results.sql = await plainSql();
  results.ratios = {
    apiToBareRequestsPerSecond: Number(
      (results.api.throughput.requestsPerSecond / results.bare.throughput.requestsPerSecond).toFixed(3),
    ),
    apiP95ToSqlP95: Number((results.api.latency.p95Ms / results.sql.p95Ms).toFixed(2)),
  };

  bare.kill('SIGTERM');
  api.kill('SIGTERM');
  writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2));
  log('');
  log('                      req/s (10 conn)   p50 ms (1 conn)   p95 ms (1 conn)   RSS MB');
  log(
    `API (PostgreSQL)      ${String(results.api.throughput.requestsPerSecond).padStart(14)}   ${String(results.api.latency.p50Ms).padStart(15)}   ${String(results.api.latency.p95Ms).padStart(15)}   ${results.api.rssMb}`,
  );
  log(
    `bare Fastify          ${String(results.bare.throughput.requestsPerSecond).padStart(14)}   ${String(results.bare.latency.p50Ms).padStart(15)}   ${String(results.bare.latency.p95Ms).padStart(15)}   ${results.bare.rssMb}`,
  );
  log(
    `plain SQL (same 4 statements, sequential)            ${String(results.sql.p50Ms).padStart(15)}   ${String(results.sql.p95Ms).padStart(15)}`,
  );
  log('');
  log(
    `API / bare req/s: ${results.ratios.apiToBareRequestsPerSecond}   API p95 / SQL p95: ${results.ratios.apiP95ToSqlP95}`,
  );
  log('(written to bench/results/latest.json)');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
