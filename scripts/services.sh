#!/usr/bin/env bash
# Starts and stops the real services the tests talk to, each in a private folder, stopped by PID:
#   - a private D-Bus session bus with gnome-keyring's Secret Service (QtKeychain)
#   - pcscd with vsmartcard-vpcd's virtual readers (the card emulator connects to TCP 35963)
#   - a private SANE configuration with the `test` backend at A4 size
# Usage: source scripts/services.sh; services_start DIR; ...; services_stop DIR
# services_start exports DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR, SANE_CONFIG_DIR, MOTCUA_SERVICES_DIR.

wait_for() { # seconds command...
  local tries=$(( $1 * 10 )); shift
  for _ in $(seq "$tries"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  return 1
}

services_start() {
  local dir="$1"
  mkdir -p "$dir/run" "$dir/data" "$dir/sane"
  chmod 700 "$dir/run"
  export MOTCUA_SERVICES_DIR="$dir"
  export XDG_RUNTIME_DIR="$dir/run"

  # D-Bus session + gnome-keyring (Secret Service). A fresh keyring folder each run: an old login
  # keyring with another password would make it prompt and fail.
  dbus-daemon --session --nofork --nopidfile --address="unix:path=$dir/run/bus" >"$dir/dbus.log" 2>&1 &
  echo $! >"$dir/dbus.pid"
  export DBUS_SESSION_BUS_ADDRESS="unix:path=$dir/run/bus"
  wait_for 5 dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.ListNames \
    || { echo "services: D-Bus session bus did not start" >&2; return 1; }
  (printf 'motcua-test' | XDG_DATA_HOME="$dir/data" gnome-keyring-daemon --foreground --unlock \
     --components=secrets >"$dir/gkr.log" 2>&1) &
  echo $! >"$dir/gkr.pid"
  wait_for 10 sh -c "dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
     org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true'" \
    || { echo "services: gnome-keyring did not take org.freedesktop.secrets" >&2; return 1; }

  # pcscd with the vpcd driver. Only one pcscd per machine (fixed socket): refuse to fight another one.
  if pgrep -x pcscd >/dev/null; then
    echo "services: a pcscd is already running (pid $(pgrep -x pcscd | head -1)); using it" >&2
  else
    mkdir -p /run/pcscd
    pcscd --foreground --info >"$dir/pcscd.log" 2>&1 &
    echo $! >"$dir/pcscd.pid"
  fi
  wait_for 10 test -S /run/pcscd/pcscd.comm || { echo "services: pcscd did not start" >&2; return 1; }

  # SANE test backend at A4 without touching /etc/sane.d.
  echo test >"$dir/sane/dll.conf"
  sed -e 's/^geometry_max .*/geometry_max 300.0/' -e 's/^br_x .*/br_x 210.0/' -e 's/^br_y .*/br_y 297.0/' \
      -e 's/^resolution .*/resolution 300.0/' /etc/sane.d/test.conf >"$dir/sane/test.conf"
  export SANE_CONFIG_DIR="$dir/sane"
  echo "services: started in $dir"
}

services_stop() {
  local dir="$1"
  # Reverse start order, by PID only.
  for name in pcscd gkr dbus; do
    if [ -f "$dir/$name.pid" ]; then
      local pid; pid=$(cat "$dir/$name.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$dir/$name.pid"
    fi
  done
  # gnome-keyring forks under the subshell; stop what remains of it by its recorded bus.
  pkill -f "gnome-keyring-daemon --foreground --unlock --components=secrets" 2>/dev/null || true
}
