#!/usr/bin/env bash
# `npm test` (and CI through .ci/run): install what is missing, then run every check — lint,
# typecheck, unit, build, integration and browser end-to-end tests — and end with one line
# "Tests: N passed, M failed" summed from the vitest JSON reports.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

REPORTS="$ROOT/tests/.artifacts/reports"
FAILED_STAGES=()
TIMES=()

# Installs Debian's Chromium, Japanese fonts (screenshots, PDF) and pdftoppm only when missing.
ensure_browser() {
  local need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  if ! command -v fc-list >/dev/null 2>&1 || ! fc-list :lang=ja 2>/dev/null | grep -q .; then need+=(fonts-noto-cjk); fi
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  if [ "${#need[@]}" -gt 0 ]; then
    log "apt-get install ${need[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
  fi
}

# Runs one stage, records its time and, on failure, its name; later stages still run.
stage() {
  local name="$1"
  shift
  log "$name: $*"
  local start=$SECONDS
  if "$@"; then :; else FAILED_STAGES+=("$name"); fi
  TIMES+=("$name $((SECONDS - start))s")
}

# Unit tests of every package but tests/, each writing a JSON report next to its node_modules.
unit_tests() {
  local status=0
  rm -f apps/*/node_modules/.reports/vitest.json packages/*/node_modules/.reports/vitest.json
  pnpm exec turbo run test --filter='!@chiiki/tests' --concurrency=2 --continue -- \
    --passWithNoTests --reporter=default --reporter=json --outputFile=node_modules/.reports/vitest.json || status=$?
  for f in apps/*/node_modules/.reports/vitest.json packages/*/node_modules/.reports/vitest.json; do
    [ -f "$f" ] || continue
    local pkg="${f%%/node_modules/*}"
    cp "$f" "$REPORTS/unit-${pkg//\//-}.json"
  done
  return "$status"
}

# Integration, e2e and reliability projects of tests/ against the built apps and the real server.
cross_app_tests() {
  pnpm --filter @chiiki/tests exec vitest run \
    --reporter=default --reporter=json --outputFile="$REPORTS/tests.json"
}

ensure_node
ensure_pnpm
install_deps
ensure_browser
rm -rf "$REPORTS"
mkdir -p "$REPORTS"
log "node $(node --version), pnpm $(pnpm --version | tail -n 1), $(chromium --version 2>/dev/null || echo 'chromium ?'), $(nproc) cores"

stage lint pnpm exec biome check --error-on-warnings .
stage typecheck pnpm exec turbo run typecheck --concurrency=2 --continue
stage unit unit_tests
stage build pnpm exec turbo run build --concurrency=2
if [[ " ${FAILED_STAGES[*]} " == *" build "* ]]; then
  echo "build failed: skipping integration and end-to-end tests" >&2
else
  stage integration+e2e cross_app_tests
fi

log "timings: ${TIMES[*]}"
args=()
for s in "${FAILED_STAGES[@]}"; do args+=(--failed-stage "$s"); done
exec node scripts/summarize-tests.mjs "$REPORTS" "${args[@]}"
