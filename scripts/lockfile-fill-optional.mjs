#!/usr/bin/env node
// The npm registry reachable here serves only some platforms' builds of native packages
// (e.g. @swc/core-linux-x64-gnu but not @swc/core-darwin-arm64). `npm install` then leaves the
// others out of package-lock.json, and `npm ci` refuses the lock as out of sync. This adds a
// lock entry for every missing platform-specific optional dependency, with its os/cpu, so
// npm ci skips it on other platforms exactly as it would with a complete lock.
// Run after every `npm install` that changes package-lock.json.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OS = ['darwin', 'win32', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd', 'linux'];
const CPU = [
  ['arm64', /arm64|aarch64/],
  ['x64', /x64|x86_64/],
  ['ia32', /ia32|x86(?!_64)/],
  ['loong64', /loong64/],
  ['riscv64', /riscv64/],
  ['ppc64', /ppc64/],
  ['s390x', /s390x/],
  ['arm', /arm/],
  ['wasm32', /wasm/],
];

let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    const os = OS.find((o) => name.includes(o));
    const cpu = CPU.find(([, re]) => re.test(name.replace(/^@[^/]+\//, '')))?.[0];
    if (!os && !cpu) continue; // not platform-specific: leave it to npm
    lock.packages[`node_modules/${name}`] = {
      version,
      ...(pkg.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added += 1;
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile-fill-optional: added ${added} platform-specific optional entries`);
