#!/usr/bin/env node
// Runs every benchmark in scripts/bench/ in name order (or those whose names contain the arguments) and
// prints their figures. Each benchmark measures Switchboard side by side with the named peer in one run.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const folder = fileURLToPath(new URL('./bench/', import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(folder)
  .filter((name) => name.endsWith('.mjs'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, ['--expose-gc', join(folder, name)], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
