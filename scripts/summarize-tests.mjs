#!/usr/bin/env node
// Sums the vitest JSON reports of one `npm test` run into the single closing line CI reads:
// "Tests: N passed, M failed". A stage that failed without failing a test (lint, typecheck,
// build, a crashed runner) counts as one failure, and a run with zero tests fails too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dir = args[0] ?? 'tests/.artifacts/reports';
const failedStages = [];
for (let i = 1; i < args.length; i++) {
  if (args[i] === '--failed-stage' && args[i + 1]) failedStages.push(args[++i]);
}

/** Counts one report; a file that failed to load (no assertions ran) counts as one failure. */
function count(report) {
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const failedInFile = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && failedInFile === 0) failed += 1;
  }
  return { passed, failed, skipped };
}

let files = [];
try {
  files = readdirSync(dir).filter((f) => f.endsWith('.json'));
} catch {
  files = [];
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('');
for (const f of files.sort()) {
  let report;
  try {
    report = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  } catch {
    console.log(`  ${f}: unreadable report`);
    failed += 1;
    continue;
  }
  const c = count(report);
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
  console.log(
    `  ${f.replace(/\.json$/, '').padEnd(28)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`,
  );
}
for (const s of failedStages) console.log(`  stage failed: ${s}`);

// A failed test stage whose reports already show failed tests is not counted twice.
const testStages = new Set(['unit', 'integration+e2e']);
const stageFailures = failedStages.filter((s) => !testStages.has(s) || failed === 0).length;
const total = failed + stageFailures;
if (skipped > 0) console.log(`  ${skipped} skipped`);
if (passed === 0) console.log('  no tests ran');
console.log(`Tests: ${passed} passed, ${total} failed`);
process.exit(total > 0 || passed === 0 ? 1 : 0);
