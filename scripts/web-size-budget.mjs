#!/usr/bin/env node
// Bundle size budget for the web app's first load.
//
// Reads apps/web/dist (run `npx vite build --config apps/web/vite.config.mts` first), finds the
// JavaScript that index.html loads before anything else — its module entry scripts, its
// <link rel="modulepreload"> chunks, and every chunk those import statically — sums their
// gzip sizes, prints the figure and exits 1 when it is above the budget. Chunks reached only
// through dynamic import() (React.lazy) are listed but not counted.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Measured 126.5 kB gzip (129528 bytes) on 2026-11-30 with every role workspace built; the
// budget is that plus a small margin so growth fails the build. Never raise it above 200 kB:
// move the new weight behind React.lazy / import() instead.
const BUDGET_BYTES = 135 * 1024; // 138240
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'apps/web/dist');
const indexHtml = path.join(dist, 'index.html');

if (!existsSync(indexHtml)) {
  console.error(`web-size-budget: ${path.relative(root, indexHtml)} not found; run \`npx vite build --config apps/web/vite.config.mts\` first.`);
  process.exit(2);
}

const html = readFileSync(indexHtml, 'utf8');
const initial = new Set();
for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
  if (/\btype=["']?module\b/.test(tag)) addLocal(attribute(tag, 'src'));
}
for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
  if (/\brel=["']?modulepreload\b/.test(tag)) addLocal(attribute(tag, 'href'));
}
if (initial.size === 0) {
  console.error('web-size-budget: index.html loads no module script; is this a Vite build?');
  process.exit(2);
}

// Follow static imports (`import ... from "./x.js"`, `import "./x.js"`, `export ... from`),
// not dynamic `import("./x.js")`.
const queue = [...initial];
while (queue.length > 0) {
  const file = queue.shift();
  const code = readFileSync(file, 'utf8');
  const staticImport = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(staticImport)) {
    const target = path.resolve(path.dirname(file), match[1]);
    if (target.startsWith(dist) && existsSync(target) && !initial.has(target)) {
      initial.add(target);
      queue.push(target);
    }
  }
}

let total = 0;
const rows = [...initial].map((file) => {
  const gzip = gzipSync(readFileSync(file)).length;
  total += gzip;
  return { file: path.relative(dist, file), gzip };
});
for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${formatKb(row.gzip).padStart(10)}  ${row.file}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`web-size-budget: initial JavaScript ${formatKb(total)} gzip (${total} bytes), ${verdict} the budget of ${formatKb(BUDGET_BYTES)} (${BUDGET_BYTES} bytes).`);
process.exit(total <= BUDGET_BYTES ? 0 : 1);

function attribute(tag, name) {
  const match = tag.match(new RegExp(`\\b${name}=["']?([^"'\\s>]+)`));
  return match ? match[1] : undefined;
}

function addLocal(url) {
  if (!url || /^(?:[a-z]+:)?\/\//i.test(url)) return; // external scripts are not ours to measure
  const file = path.join(dist, url.replace(/^\//, '').split(/[?#]/)[0]);
  if (file.endsWith('.js') && existsSync(file)) initial.add(file);
}

function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
