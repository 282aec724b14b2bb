#!/usr/bin/env bash
# Configures (once) and builds MotCua Desk with Ninja and ccache into ./build.
# Usage: scripts/build.sh [extra cmake -D options]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${MOTCUA_BUILD_DIR:-$ROOT/build}"
if [ ! -f "$BUILD/build.ninja" ] || [ $# -gt 0 ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja "$@"
fi
ninja -C "$BUILD"
