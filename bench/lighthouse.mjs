// Lighthouse scores (performance, accessibility, best practices) for pages of the built app, on
// the mobile (default) and desktop presets. Needs the built API and web app
// (`npx nx run-many -t build -p api web`) and Chromium (CHROME_PATH, default /usr/bin/chromium).
// Lighthouse 13 needs Node >= 22.19, so it runs through npx with node@24 from the npm registry;
// nothing is added to package.json.
//
//   node bench/lighthouse.mjs [--pages /,/map] [--runs 1] [--url http://localhost:3300]
//
// Without --url it starts the built API (which serves the web app) on port 3300 with an embedded
// database in a fresh folder (demo data); WEB_DIST and --api (default dist/apps/api/main.js) point
// it at copies of the builds. With --runs N it keeps the run with the median
// performance score for each page and preset. Reports go to bench/results/lighthouse/ (not committed).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const LIGHTHOUSE = 'lighthouse@13.5.0';
const PAGES = (args.pages ?? '/,/map').split(',');
const RUNS = Number(args.runs ?? 1);
const PORT = 3300;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ');
const PRESETS = ['mobile', 'desktop'];
const outDir = join(root, 'bench/results/lighthouse');
const log = (...parts) => process.stdout.write(parts.join(' ') + '\n');

function exec(command, commandArgs, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}\n${stderr.slice(-2000)}`)),
    );
  });
}

async function startApi() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kbdm-lighthouse-'));
  const env = { ...process.env, PORT: String(PORT), DATA_DIR: dataDir };
  delete env.DATABASE_URL; // the embedded database, always
  const child = spawn(process.execPath, [args.api ?? join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/api/health`)).ok) return { url: `http://localhost:${PORT}`, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error('the API did not start');
}

/** One Lighthouse run; a run that fails (now and then: NO_NAVSTART, a trace not recorded) is tried again once. */
async function lighthouse(url, preset, file, attempt = 1) {
  try {
    await runLighthouse(url, preset, file);
  } catch (error) {
    if (attempt > 1) throw error;
    log(`  ${error.message.split('\n').find((line) => line.startsWith('Runtime error')) ?? 'failed'}: again`);
    return lighthouse(url, preset, file, attempt + 1);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function runLighthouse(url, preset, file) {
  await exec(
    'npx',
    [
      '-y',
      '-p',
      'node@24',
      '-p',
      LIGHTHOUSE,
      '--',
      'lighthouse',
      url,
      '--output=json',
      `--output-path=${file}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${CHROME_FLAGS}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH } },
  );
}

/** Audits of a category that failed: scored below 1 and not "not applicable" or "manual". */
function failedAudits(report, category) {
  return report.categories[category].auditRefs
    .map((ref) => ({ ...report.audits[ref.id], weight: ref.weight }))
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
    .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score, weight: audit.weight }));
}

function summarise(report) {
  const score = (id) => Math.round(report.categories[id].score * 100);
  const metric = (id) => report.audits[id].displayValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    si: metric('speed-index'),
    failedAccessibility: failedAudits(report, 'accessibility'),
    failedBestPractices: failedAudits(report, 'best-practices'),
    failedPerformance: failedAudits(report, 'performance').filter((a) => a.weight === 0),
  };
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const server = args.url ? { url: args.url.replace(/\/$/, ''), stop: () => undefined } : await startApi();
  const results = [];
  try {
    for (const page of PAGES) {
      for (const preset of PRESETS) {
        const runs = [];
        for (let run = 1; run <= RUNS; run++) {
          const name = `${page === '/' ? 'home' : page.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${preset}-${run}`;
          const report = await lighthouse(server.url + page, preset, join(outDir, `${name}.json`));
          runs.push(summarise(report));
          log(`${page} ${preset} run ${run}: performance ${runs.at(-1).performance}`);
        }
        runs.sort((a, b) => a.performance - b.performance);
        results.push({ page, preset, runs: RUNS, ...runs[Math.floor((runs.length - 1) / 2)] });
      }
    }
  } finally {
    server.stop();
  }

  log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, ${server.url}, ${new Date().toISOString().slice(0, 10)}\n`);
  log('| page | preset | performance | accessibility | best practices | FCP | LCP | TBT | CLS | SI |');
  log('| ---- | ------ | ----------: | ------------: | -------------: | --: | --: | --: | --: | -: |');
  for (const r of results) {
    log(
      `| \`${r.page}\` | ${r.preset} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.si} |`,
    );
  }
  for (const r of results) {
    const failed = [
      ...r.failedAccessibility.map((a) => `  accessibility: ${a.id} — ${a.title}`),
      ...r.failedBestPractices.map((a) => `  best practices: ${a.id} — ${a.title}`),
      ...r.failedPerformance.map((a) => `  performance (diagnostic): ${a.id} — ${a.title}`),
    ];
    log(`\n${r.page} ${r.preset}: ${failed.length ? 'failed audits' : 'no failed audits'}`);
    if (failed.length) log(failed.join('\n'));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
