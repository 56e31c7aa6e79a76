#!/usr/bin/env bash
# Measures the editor's loop: from saving a Markdown file to the change showing on the page.
# Starts the site on a copy of content/ (loopback only), edits one article N times, reports each latency.
# Usage: bash bench/hot-reload.sh [runs]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
work=$(mktemp -d)
cp -r content "$work/content"
port=5199
dotnet build src/Lactation.Web -c Release -v q -nologo >/dev/null
Content__Path="$work/content" ConnectionStrings__Index="Data Source=$work/index.db" Serilog__MinimumLevel__Default=Warning \
  dotnet src/Lactation.Web/bin/Release/net10.0/Lactation.Web.dll --urls "http://127.0.0.1:$port" >"$work/site.log" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

file="$work/content/articles/leaking-milk.md"
results=()
for i in $(seq 1 "$runs"); do
  title="Leaking milk, edit $i"
  sed -i "s/^title: .*/title: $title/" "$file"
  start=$(date +%s%N)
  until curl -sf "http://127.0.0.1:$port/articles/leaking-milk" | grep -q "<h1>$title</h1>"; do
    sleep 0.02
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 10000 ]; then echo "edit $i: not visible after 10 s"; exit 1; fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  results+=("$ms")
  sleep 0.5
done
sorted=$(printf '%s\n' "${results[@]}" | sort -n)
echo "hot reload, save to visible (ms), $runs edits: ${results[*]}"
echo "median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms, max $(echo "$sorted" | tail -1) ms"
