#!/usr/bin/env bash
# Installs what is missing, builds with warnings fatal, starts every real service the tests need,
# runs the whole suite through ctest, stops what it started, and exits non-zero on any failure.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${MOTCUA_BUILD_DIR:-$ROOT/build}"

bash "$ROOT/scripts/install-deps.sh"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DMOTCUA_WERROR=ON -DMOTCUA_BUILD_TESTS=ON -DMOTCUA_BUILD_BENCH=ON
ninja -C "$BUILD"

# shellcheck source=services.sh
source "$ROOT/scripts/services.sh"
SERVICES_DIR="$(mktemp -d /tmp/motcua-services.XXXXXX)"
trap 'services_stop "$SERVICES_DIR"' EXIT
services_start "$SERVICES_DIR"

status=0
# A test that fails is run once more and must then pass, as a safety net for timing on a loaded machine.
# (SANE's test backend deadlocking in sane_cancel no longer needs it: SANE runs in motcua-scan-worker, which
# the desk restarts; docs/SCANNING.md.) ctest prints every failed attempt, so a flaky test stays visible.
(cd "$BUILD" && ctest --output-on-failure --timeout 600 -j2 --repeat until-pass:2) || status=$?
exit $status
