#!/usr/bin/env bash
# Builds MotCua Desk with Ninja (as scripts/build.sh does) and runs every benchmark in build/bench/, each
# program's figures under a heading. Benchmarks print figures; ctest does not run them.
# Usage: scripts/bench.sh [bench_name ...]     (default: every benchmark target, i.e. every program built
#        into build/bench/)
# The storage search and dossier list benchmarks each seed a 1,000,000-dossier database once (several
# minutes; kept in build/bench-data/ and reused by later runs). Exits non-zero if any benchmark fails.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${MOTCUA_BUILD_DIR:-$ROOT/build}"
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DMOTCUA_BUILD_BENCH=ON
elif ! grep -q '^MOTCUA_BUILD_BENCH:BOOL=ON' "$BUILD/CMakeCache.txt"; then
  cmake -S "$ROOT" -B "$BUILD" -DMOTCUA_BUILD_BENCH=ON
else
  # tests/bench/CMakeLists.txt finds bench folders when CMake runs: run it again for a folder it has not seen.
  for dir in "$ROOT"/tests/bench/*/; do
    name="$(basename "$dir")"
    if [ -f "$dir/CMakeLists.txt" ] && [ ! -d "$BUILD/tests/bench/$name" ]; then
      cmake -S "$ROOT" -B "$BUILD"
      break
    fi
  done
fi
# Only the benchmark programs (every target whose output is in bench/) and what they need: a test that
# does not build elsewhere in the tree does not stop the figures.
mapfile -t targets < <(ninja -C "$BUILD" -t targets all | sed -n 's|^\(bench/[^:]*\):.*|\1|p')
if [ ${#targets[@]} -eq 0 ]; then
  echo "bench.sh: no benchmark targets in $BUILD (configure with -DMOTCUA_BUILD_BENCH=ON)" >&2
  exit 1
fi
ninja -C "$BUILD" "${targets[@]}"

# What each benchmark is run with (read from its source; defaults otherwise).
args_for() {
  case "$1" in
    bench_storage_search) echo "--count 1000000 --queries 200" ;;
    bench_dossier_list) echo "--count 1000000" ;;
    bench_storage_save) echo "--saves 2000 --preseed 20000" ;;
    bench_startup) echo "--runs 15" ;;
    bench_card_read) echo "--runs 15 --face-bytes 20000" ;;
    bench_sync_throughput) echo "--dossiers 10000 --attachments 100" ;;
    *) echo "" ;;
  esac
}

# Like the tests: offscreen, UTF-8, Vietnam's time zone, and a private home so nothing touches the user's.
HOME_DIR="$BUILD/bench-data/home"
mkdir -p "$HOME_DIR"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Ho_Chi_Minh
mkdir -p -m 700 "$HOME_DIR/runtime"
export HOME="$HOME_DIR" XDG_CONFIG_HOME="$HOME_DIR/config" XDG_DATA_HOME="$HOME_DIR/data" XDG_CACHE_HOME="$HOME_DIR/cache"
export XDG_RUNTIME_DIR="$HOME_DIR/runtime"

if [ $# -gt 0 ]; then
  benches=("$@")
else
  benches=()
  for target in "${targets[@]}"; do
    benches+=("$(basename "$target")")
  done
fi

failed=()
for name in "${benches[@]}"; do
  program="$BUILD/bench/$name"
  read -r -a args <<<"$(args_for "$name")"
  echo
  echo "==== $name ${args[*]:-} ===="
  start=$(date +%s)
  rc=127
  if [ -x "$program" ]; then
    set +e
    "$program" "${args[@]}"
    rc=$?
    set -e
  fi
  if [ $rc -eq 0 ]; then
    echo "---- $name: done in $(($(date +%s) - start)) s"
  else
    echo "---- $name: FAILED (exit $rc) after $(($(date +%s) - start)) s"
    failed+=("$name")
  fi
done
echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "bench.sh: failed: ${failed[*]}"
  exit 1
fi
echo "bench.sh: ${#benches[@]} benchmarks run (machine load now: $(cut -d' ' -f1-3 /proc/loadavg))"
