#!/usr/bin/env bash
# Search at scale (issue 4). Generates 10,000 articles from the real ones, then measures:
#   in-process (bench/Lactation.Bench): index build from scratch, reading the in-memory ranking, query latency
#   p50/p95 (result cache off: ranked in memory, then by FTS5 row by row; then cache on), memory, re-index of one
#   changed file and the ranking's update;
#   over HTTP: the real app on 127.0.0.1 over the generated content (time until it serves), then wrk.
# Run by hand, never by the tests:  bench/search-bench.sh
# Knobs (environment): COUNT=10000 RUNS=20 (runs per query in-process) DURATION=10s CONNECTIONS=4 PORT=5190
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-10000}
RUNS=${RUNS:-20}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-4}
PORT=${PORT:-5190}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lactation-search-bench.XXXXXX")
APP_PID=""

stop_app() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}
trap 'stop_app; rm -rf "$WORK"' EXIT

if ! command -v wrk >/dev/null; then
  echo "wrk is not installed: apt-get install -y wrk" >&2
  exit 1
fi

echo "== build (Release)"
dotnet build -c Release -nologo -v q bench/Lactation.Bench >/dev/null
dotnet build -c Release -nologo -v q src/Lactation.Web >/dev/null
BENCH=bench/Lactation.Bench/bin/Release/net10.0/Lactation.Bench
APP=src/Lactation.Web/bin/Release/net10.0/Lactation.Web.dll

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== generate"
"$BENCH" generate content "$WORK/content" "$COUNT"

echo "== in-process"
"$BENCH" measure "$WORK/content" "$RUNS"

# The app as deployed, loopback only. $1: extra settings as NAME=value for env.
start_app() {
  local started
  started=$(date +%s%N)
  env Content__Path="$WORK/content" ConnectionStrings__Index="Data Source=$WORK/index.db" \
    ASPNETCORE_ENVIRONMENT=Production Content__Watch=true "$@" \
    dotnet "$APP" --contentRoot "$PWD/src/Lactation.Web" --urls "http://127.0.0.1:$PORT" >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz"; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app stopped; its log:" >&2
      tail -50 "$WORK/app.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  local elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "  ready to serve after $((elapsed / 1000)).$(printf '%03d' $((elapsed % 1000))) s"
  # Searches are ranked by FTS5 until the in-memory ranking is read (in the background, from start-up).
  if [[ " $* " != *" Search__RankInMemory=false "* ]]; then
    until grep -q "Search ranking read" "$WORK/app.log"; do sleep 0.05; done
    elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
    echo "  in-memory ranking read after $((elapsed / 1000)).$(printf '%03d' $((elapsed % 1000))) s: $(grep -o "Search ranking read: .*" "$WORK/app.log" | tail -1)"
  fi
}

# $1: label, $2: path prefix, $3: connections (default $CONNECTIONS)
run_wrk() {
  local connections=${3:-$CONNECTIONS}
  echo "  wrk -t1 -c$connections -d$DURATION, $1"
  SEARCH_PATH="$2" wrk -t1 -c"$connections" -d"$DURATION" -s bench/search-wrk.lua "http://127.0.0.1:$PORT" | grep -E "requests in .* s \(|Non-2xx|Socket errors" || true
}

echo "== HTTP: first start, index built from scratch"
start_app
run_wrk "GET /api/search (JSON)" "/api/search?q="
run_wrk "GET /search (HTML page)" "/search?q="
stop_app

echo "== HTTP: restart on the built index, result cache off (every request ranked from scratch, in memory)"
: >"$WORK/app.log"
start_app Search__CachedSearches=0
run_wrk "GET /api/search (JSON), cache off, one client at a time" "/api/search?q=" 1
run_wrk "GET /api/search (JSON), cache off" "/api/search?q="
stop_app

echo "== HTTP: the same, ranked by FTS5 row by row (Search__RankInMemory=false), for comparison"
start_app Search__CachedSearches=0 Search__RankInMemory=false
run_wrk "GET /api/search (JSON), cache off, FTS5 ranking, one client at a time" "/api/search?q=" 1
stop_app
