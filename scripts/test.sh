#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (Chromium, Java, the npm tools), then runs every test:
# unit, integration (WebApplicationFactory + SQLite) and browser (Playwright in Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${LACTATION_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from apt"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# axe-core and the W3C Nu HTML checker, pinned by package-lock.json. --ignore-scripts: vnu-jar's
# postinstall would download a Java runtime, and the machine's Java is enough.
if [ ! -f tests/Lactation.E2E/node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -f tests/Lactation.E2E/node_modules/axe-core/axe.min.js ]; then
  (cd tests/Lactation.E2E && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

log=$(mktemp)
status=0
dotnet test Lactation.Web.sln "$@" 2>&1 | tee "$log" || status=$?

# One closing line for every test project together.
awk '/(Passed|Failed)!  - Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
