#!/usr/bin/env bash
# Installs what is missing, builds, and starts the desk in demo mode (simulated card, scanner, registry).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
bash "$ROOT/scripts/install-deps.sh"
bash "$ROOT/scripts/build.sh"
exec "${MOTCUA_BUILD_DIR:-$ROOT/build}/bin/motcua-desk" --demo "$@"
