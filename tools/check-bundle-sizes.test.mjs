// node --test tools/check-bundle-sizes.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeChunk, evaluate, formatReport, initialFiles } from './check-bundle-sizes.mjs';

const indexHtml = `<!doctype html>
<html lang="ru">
  <head>
    <base href="/" />
    <link rel="icon" type="image/x-icon" href="favicon.ico" />
    <link rel="stylesheet" href="styles-AB12.css">
    <link rel="modulepreload" href="chunk-SHARED.js">
    <!-- <script src="commented-out.js"></script> -->
    <link rel="preconnect" href="https://tiles.example.org">
    <script src="https://cdn.example.org/other-origin.js"></script>
  </head>
  <body>
    <kbdm-root></kbdm-root>
    <script src="polyfills-CD34.js" type="module"></script>
    <script src='./main-EF56.js?v=1' type="module"></script>
  </body>
</html>`;

test('initialFiles lists local scripts, module preloads and stylesheets only', () => {
  assert.deepEqual(initialFiles(indexHtml), [
    'styles-AB12.css',
    'chunk-SHARED.js',
    'polyfills-CD34.js',
    'main-EF56.js',
  ]);
});

const initial = ['styles-AB12.css', 'chunk-SHARED.js', 'main-EF56.js'];
const file = (name, raw, gzip) => ({ file: name, raw, gzip });

test('evaluate sums initial JS and passes when everything is within the limits', () => {
  const result = evaluate(
    [
      file('main-EF56.js', 400_000, 120_000),
      file('chunk-SHARED.js', 100_000, 30_000),
      file('styles-AB12.css', 50_000, 9_000),
      file('chunk-LAZY1.js', 200_000, 60_000),
      file('chunk-LAZY2.js', 300_000, 90_000),
      file('map.css', 20_000, 5_000), // not in index.html and not a script: not listed
    ],
    initial,
  );
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.initialJs, { raw: 500_000, gzip: 150_000 });
  assert.equal(result.largestLazy.file, 'chunk-LAZY2.js');
  assert.deepEqual(
    result.rows.map((r) => [r.file, r.kind]),
    [
      ['styles-AB12.css', 'initial css'],
      ['main-EF56.js', 'initial js'],
      ['chunk-SHARED.js', 'initial js'],
      ['chunk-LAZY2.js', 'lazy js'],
      ['chunk-LAZY1.js', 'lazy js'],
    ],
  );
  assert.match(formatReport(result), /initial JS: 150\.0 kB gzipped \(limit 250 kB\)/);
});

test('evaluate reports initial JS and lazy chunks over their limits, and missing initial files', () => {
  const result = evaluate(
    [file('main-EF56.js', 900_000, 250_001), file('chunk-BIG.js', 600_000, 150_001), file('chunk-OK.js', 1, 150_000)],
    initial,
  );
  assert.deepEqual(result.problems, [
    'index.html loads styles-AB12.css, which is not in the build output',
    'index.html loads chunk-SHARED.js, which is not in the build output',
    'initial JS is 250.0 kB gzipped, over the 250 kB limit',
    'lazy chunk chunk-BIG.js is 150.0 kB gzipped, over the 150 kB limit',
  ]);
});

test('evaluate takes other limits', () => {
  const result = evaluate([file('main-EF56.js', 10, 2_000), file('chunk-A.js', 10, 1_500)], ['main-EF56.js'], {
    initialJsKb: 1,
    lazyKb: 1,
  });
  assert.equal(result.problems.length, 2);
});

test('describeChunk names the components a chunk defines, and Leaflet', () => {
  const source =
    'var a=class{static ɵcmp=x({type:a,selectors:[["kbdm-home-page"]]})};' +
    'var b=y({selectors:[["ng-component"]]});var c=y({selectors:[["kbdm-figure-card"]]});' +
    'var d=y({selectors:[["kbdm-home-page"]]});var e="A JavaScript library for interactive maps";';
  assert.equal(describeChunk(source), 'leaflet kbdm-home-page kbdm-figure-card');
  assert.equal(
    describeChunk('selectors:[["a-b"]] selectors:[["c-d"]] selectors:[["e-f"]] selectors:[["g-h"]]'),
    'a-b c-d e-f …',
  );
  assert.equal(describeChunk('function f(){}'), '');
});
