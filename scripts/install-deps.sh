#!/usr/bin/env bash
# Installs the Debian 12 packages MotCua Desk needs to build, run and test.
# Idempotent: asks dpkg first and calls apt only for what is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkgconf git clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-image-formats-plugins qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus-daemon
  libpoppler-qt6-dev libpcsclite-dev pcscd pcsc-tools vsmartcard-vpcd
  libsane-dev sane-utils libssl-dev openssl libopenjp2-7-dev libsqlite3-dev sqlite3
  libqrencode-dev libtiff-dev libzxing-dev
  tesseract-ocr tesseract-ocr-vie libtesseract-dev
  xvfb xauth x11-utils imagemagick poppler-utils fonts-noto-core fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
