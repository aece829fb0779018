#!/usr/bin/env bash
# `npm start`: install, build, and serve both apps on http://localhost:${PORT:-8080}/ with the
# sample plan loaded and data kept under ./data at the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

ensure_node
ensure_pnpm
install_deps

log "pnpm build"
pnpm build

# pnpm runs the script inside apps/workshop, so pin the data directory to the repository root.
export DATA_DIR="${DATA_DIR:-$ROOT/data}"
export PORT="${PORT:-8080}"
log "starting the server: http://localhost:$PORT/ (workshop) and http://localhost:$PORT/insights/ (insights); data in $DATA_DIR"
exec pnpm --filter @chiiki/workshop start
