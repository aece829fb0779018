# Shared helpers for scripts/start.sh and scripts/check.sh: one place that pins the toolchain, so
# a fresh machine with only Node.js and npm gets the same pnpm as CI. Sourced, not executed.

PNPM_VERSION="12.21.0"

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# Fails early with a clear message instead of a cryptic syntax error on an old Node.js.
ensure_node() {
  if ! command -v node >/dev/null 2>&1; then
    echo "Node.js >= 20.19 is required (https://nodejs.org/)." >&2
    exit 1
  fi
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)' || {
    echo "Node.js >= 20.19 is required; found $(node --version)." >&2
    exit 1
  }
}

# corepack cannot fetch pnpm 12 here, so install the pinned pnpm globally through npm.
ensure_pnpm() {
  if [ "$(pnpm --version 2>/dev/null | tail -n 1)" != "$PNPM_VERSION" ]; then
    log "installing pnpm $PNPM_VERSION (npm i -g)"
    npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION"
    hash -r
  fi
}

# The lockfile is the contract: a fresh clone installs exactly what CI tested.
install_deps() {
  log "pnpm install --frozen-lockfile"
  pnpm install --frozen-lockfile
}

# Runs a command as root directly or through sudo, for apt-get on a developer's machine.
as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "need root for: $*" >&2
    return 1
  fi
}
