#!/usr/bin/env bash
# The audit workbook's tests recalculate it in LibreOffice, a real spreadsheet.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "The audit workbook tests need LibreOffice Calc: run 'sudo apt-get install -y libreoffice-calc-nogui'." >&2
  exit 1
fi
echo "Installing LibreOffice Calc for the audit workbook tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui >/dev/null
