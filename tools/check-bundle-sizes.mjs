#!/usr/bin/env node
// Checks the production web build against its size limits, measured gzipped as a server would
// send it (level 9): the initial JavaScript together, and each lazy chunk on its own.
//
//   node tools/check-bundle-sizes.mjs [dist/apps/web/browser] [--initial-js-kb 250] [--lazy-kb 150]
//
// Initial files are the ones index.html loads: <script src>, <link rel="modulepreload"> and
// <link rel="stylesheet">. Every other .js file in the folder is a lazy chunk. Stylesheets are
// listed but not limited here (Angular's own budgets cover them). 1 kB = 1,000 bytes, as in
// Angular's budgets. Exits 1 when a limit is exceeded, 2 when the build output is missing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

export const DEFAULT_LIMITS = { initialJsKb: 250, lazyKb: 150 };

/** Local files that index.html loads up front (scripts, module preloads, stylesheets), in order. */
export function initialFiles(indexHtml) {
  const files = [];
  const html = indexHtml.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const name = tag
      .slice(1)
      .split(/[\s>/]/)[0]
      .toLowerCase();
    let url;
    if (name === 'script') {
      url = attribute(tag, 'src');
    } else {
      const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('modulepreload') || rel.includes('stylesheet')) url = attribute(tag, 'href');
    }
    if (!url || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue; // none, or another origin
    const file = url.split(/[?#]/)[0].replace(/^\.?\//, '');
    if (file && !files.includes(file)) files.push(file);
  }
  return files;
}

function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * What a chunk holds, to tell hashed chunk names apart: the components it defines (Angular keeps
 * their selectors in the compiled code) and Leaflet. Empty when none is found.
 */
export function describeChunk(source) {
  const found = [];
  if (source.includes('A JavaScript library for interactive maps')) found.push('leaflet'); // its attribution title
  for (const [, selector] of source.matchAll(/selectors:\[\["([a-z][a-z0-9]*-[a-z0-9-]+)"/g)) {
    if (!['ng-component', 'ng-template', 'router-outlet'].includes(selector) && !found.includes(selector)) {
      found.push(selector);
    }
  }
  return found.length > 3 ? [...found.slice(0, 3), '…'].join(' ') : found.join(' ');
}

/**
 * Sorts measured files into initial JS, initial CSS and lazy JS and compares them with the limits.
 * `files`: [{ file, raw, gzip, contains? }] for every .js and .css file; `initial`: the names from index.html.
 */
export function evaluate(files, initial, limits = DEFAULT_LIMITS) {
  const initialSet = new Set(initial);
  const rows = files
    .filter((f) => f.file.endsWith('.js') || (f.file.endsWith('.css') && initialSet.has(f.file)))
    .map((f) => ({
      ...f,
      kind: initialSet.has(f.file) ? (f.file.endsWith('.js') ? 'initial js' : 'initial css') : 'lazy js',
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip || a.file.localeCompare(b.file));
  const initialJs = rows.filter((r) => r.kind === 'initial js');
  const lazy = rows.filter((r) => r.kind === 'lazy js');
  const initialJsGzip = sum(initialJs, 'gzip');
  const problems = [];
  const missing = initial.filter((name) => !files.some((f) => f.file === name));
  for (const name of missing) problems.push(`index.html loads ${name}, which is not in the build output`);
  if (initialJsGzip > limits.initialJsKb * 1000) {
    problems.push(`initial JS is ${kb(initialJsGzip)} kB gzipped, over the ${limits.initialJsKb} kB limit`);
  }
  for (const r of lazy) {
    if (r.gzip > limits.lazyKb * 1000) {
      problems.push(`lazy chunk ${r.file} is ${kb(r.gzip)} kB gzipped, over the ${limits.lazyKb} kB limit`);
    }
  }
  return {
    rows,
    initialJs: { raw: sum(initialJs, 'raw'), gzip: initialJsGzip },
    largestLazy: lazy.reduce((max, r) => (!max || r.gzip > max.gzip ? r : max), undefined),
    problems,
  };
}

/** The report as text: one line per file, then the totals against the limits. */
export function formatReport(result, limits = DEFAULT_LIMITS) {
  const header = ['file', 'kind', 'raw kB', 'gzip kB', 'gzip/raw', 'contains'];
  const lines = result.rows.map((r) => [r.file, r.kind, kb(r.raw), kb(r.gzip), ratio(r), r.contains ?? '']);
  lines.push([
    'initial JS total',
    '',
    kb(result.initialJs.raw),
    kb(result.initialJs.gzip),
    ratio(result.initialJs),
    '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) =>
    cells
      .map((c, i) => (i < 2 || i > 4 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [format(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  lines.forEach((l, i) => {
    if (i === lines.length - 1) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    out.push(format(l));
  });
  out.push('');
  out.push(`initial JS: ${kb(result.initialJs.gzip)} kB gzipped (limit ${limits.initialJsKb} kB)`);
  const largest = result.largestLazy;
  out.push(
    largest
      ? `largest lazy chunk: ${largest.file}${largest.contains ? ` (${largest.contains})` : ''}, ${kb(largest.gzip)} kB gzipped (limit ${limits.lazyKb} kB)`
      : 'no lazy chunks',
  );
  return out.join('\n');
}

const sum = (rows, key) => rows.reduce((total, r) => total + r[key], 0);
const kb = (bytes) => (bytes / 1000).toFixed(1);
const ratio = (r) => (r.raw ? (r.gzip / r.raw).toFixed(3) : '-');

function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path, root);
    return [relative(root, path).split(sep).join('/')];
  });
}

function parseArgs(argv) {
  const limits = { ...DEFAULT_LIMITS };
  let dir = 'dist/apps/web/browser';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--initial-js-kb') limits.initialJsKb = Number(argv[++i]);
    else if (arg === '--lazy-kb') limits.lazyKb = Number(argv[++i]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else dir = arg;
  }
  if (!(limits.initialJsKb > 0 && limits.lazyKb > 0)) throw new Error('limits must be positive numbers');
  return { dir, limits };
}

function main(argv) {
  const { dir, limits } = parseArgs(argv);
  let indexHtml;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    indexHtml = readFileSync(join(dir, 'index.html'), 'utf8');
  } catch {
    console.error(`No web build in ${dir} (index.html missing): build it first (npx nx build web).`);
    return 2;
  }
  const files = listFiles(dir)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return {
        file,
        raw: content.length,
        gzip: gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length,
        contains: file.endsWith('.js') ? describeChunk(content.toString('utf8')) : '',
      };
    });
  const result = evaluate(files, initialFiles(indexHtml), limits);
  console.log(`Web bundle sizes in ${dir} (gzip level 9, 1 kB = 1,000 bytes)\n`);
  console.log(formatReport(result, limits));
  if (result.problems.length) {
    console.error(`\nOver budget:\n${result.problems.map((p) => `- ${p}`).join('\n')}`);
    return 1;
  }
  console.log('\nWithin budget.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 2;
  }
}
