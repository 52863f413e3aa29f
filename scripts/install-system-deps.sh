#!/usr/bin/env bash
# Installs the Debian packages the tests and the browser host need: Chromium for the
# end-to-end tests, Liberation fonts (metric-compatible with Times New Roman) for documents,
# poppler and LibreOffice to read exported documents back, and `age` for package interop.
# Skips what is already there, so it is cheap to run again.
set -euo pipefail
want=(chromium fonts-liberation2 poppler-utils age libreoffice-writer-nogui)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages present: ${want[*]}"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
