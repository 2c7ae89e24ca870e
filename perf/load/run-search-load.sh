#!/usr/bin/env bash
# Load benchmark of the posting search and a student's own applications list (see README.md beside this file).
#
# Builds the host and the load-test tool in Release, generates the load-test database if it is missing or stale,
# starts the host on 127.0.0.1 against it, signs in as load-test students, runs wrk against each scenario
# (a warm-up, then the measured run), prints achieved requests/s with p50/p90/p99 latency, and stops the host.
#
# Settings (environment variables):
#   LOAD_DIR=artifacts/load   where the database and results go (not committed)
#   LOAD_DB=$LOAD_DIR/load.db the database; generated with the sizes below when missing or stale
#   POSTINGS=10000 STUDENTS=100000 APPLICATIONS=500000
#   PORT=5091                 the host listens on 127.0.0.1:$PORT
#   THREADS=2 CONNECTIONS=64  wrk's -t and -c for the closed-loop (as fast as possible) runs
#   DURATION=30s WARMUP=10s   measured run and warm-up run per scenario
#   TIMEOUT=10s               wrk counts a request slower than this as a timeout error (and not in the latencies)
#   RATE=1000                 also run each scenario paced to this many requests/s (0: skip)
#   PER_VARIANT=0             1: also run each search request alone for PER_VARIANT_DURATION (default 10s);
#                             only: just those; VARIANT_FILTER=REGEX picks some of them (grep -E on the path)
#   ACCOUNTS=8                how many load-test students sign in; requests rotate through their tokens
#   DB=sqlite                 postgresql: the same data in PostgreSQL. The script starts a throwaway server (initdb in a
#                             temporary folder, as the postgres user when run as root, on a free loopback port; PG_BIN
#                             holds its programs, default /usr/lib/postgresql/15/bin) and deletes it at the end, unless
#                             PG_CONNECTION gives an Npgsql connection string to an EMPTY database to fill and leave.
#   NODES=1                   2 (PostgreSQL only): after the one-node runs, start a second host (Host:Role=Web) on
#                             PORT+1 against the same database and run each scenario again against both nodes at once
#                             (one wrk per node, each with half the threads, connections and rate), summing req/s.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOAD_DIR="${LOAD_DIR:-$ROOT/artifacts/load}"
LOAD_DB="${LOAD_DB:-$LOAD_DIR/load.db}"
POSTINGS="${POSTINGS:-10000}"
STUDENTS="${STUDENTS:-100000}"
APPLICATIONS="${APPLICATIONS:-500000}"
PORT="${PORT:-5091}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-10s}"
TIMEOUT="${TIMEOUT:-10s}"
RATE="${RATE:-1000}"
PER_VARIANT="${PER_VARIANT:-0}"
PER_VARIANT_DURATION="${PER_VARIANT_DURATION:-10s}"
VARIANT_FILTER="${VARIANT_FILTER:-.}"
ACCOUNTS="${ACCOUNTS:-8}"
PASSWORD="${PASSWORD:-LoadTest!2345}"
DB="${DB:-sqlite}"
NODES="${NODES:-1}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_CONNECTION="${PG_CONNECTION:-}"

SCRIPT="$ROOT/perf/load/internships.lua"
WEB_BIN="$ROOT/src/Internships.Web/bin/Release/net10.0"
TOOL_DLL="$ROOT/perf/Internships.LoadTests/bin/Release/net10.0/Internships.LoadTests.dll"
BASE_URL="http://127.0.0.1:$PORT"
RESULTS="$LOAD_DIR/results-$(date +%Y%m%d-%H%M%S)"
SUMMARY="$RESULTS/summary.txt"
# shellcheck source=../host-helpers.sh
source "$ROOT/perf/host-helpers.sh"
# shellcheck source=postgres-helpers.sh
source "$ROOT/perf/load/postgres-helpers.sh"

case "$DB" in
  sqlite) [[ "$NODES" == 1 ]] || die "NODES=$NODES needs DB=postgresql (SQLite is one process)" ;;
  postgresql) [[ "$NODES" == 1 || "$NODES" == 2 ]] || die "NODES must be 1 or 2" ;;
  *) die "DB must be sqlite or postgresql, not '$DB'" ;;
esac

# The hosts started (the first is also HOST_PID, which host-helpers.sh stops), their URLs, and the PostgreSQL server.
HOST_PIDS=()
HOST_URLS=()
cleanup() {
  local pid
  for pid in "${HOST_PIDS[@]}"; do
    HOST_PID="$pid"
    stop_host
  done
  stop_postgres
}
trap cleanup EXIT

ensure_wrk() {
  command -v wrk >/dev/null && return
  log "installing wrk (Debian package)"
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update && $sudo apt-get install -y wrk
}

build() {
  log "building the host and the load-test tool (Release)"
  dotnet build -c Release -nologo -v quiet "$ROOT/src/Internships.Web/Internships.Web.csproj" >/dev/null
  dotnet build -c Release -nologo -v quiet "$ROOT/perf/Internships.LoadTests/Internships.LoadTests.csproj" >/dev/null
}

generate() {
  # --reuse keeps an existing database that has the current migrations and the asked-for sizes.
  dotnet "$TOOL_DLL" generate --db "$LOAD_DB" --reuse \
    --postings "$POSTINGS" --students "$STUDENTS" --applications "$APPLICATIONS" >&2
  if [[ "$DB" == postgresql ]]; then
    start_postgres
    log "copying the district into PostgreSQL"
    dotnet "$TOOL_DLL" to-postgresql --db "$LOAD_DB" --connection "$PG_CONNECTION" >&2
  fi
}

# The database settings of a host, as environment variables (set once the database is there).
database_settings() {
  if [[ "$DB" == postgresql ]]; then
    DATABASE_SETTINGS=("Database__Provider=PostgreSql" "ConnectionStrings__Internships=$PG_CONNECTION")
  else
    DATABASE_SETTINGS=("Database__Provider=Sqlite" "ConnectionStrings__Internships=Data Source=$LOAD_DB")
  fi
}

# start_host PORT ROLE: a host on 127.0.0.1:PORT with Host:Role=ROLE; its pid joins HOST_PIDS, its URL HOST_URLS.
start_host() {
  local port="$1" role="$2" url="http://127.0.0.1:$1" pid log_file
  log_file="$RESULTS/host-$port.log"
  if curl -s -o /dev/null "$url/health"; then
    die "something already listens on $url; stop it or set PORT"
  fi
  log "starting a host ($role) on $url (Production, Release, $DB; log in $log_file)"
  database_settings
  (
    cd "$WEB_BIN"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      Database__SeedDemoData=false \
      Database__MigrateOnStartup=false \
      Host__Role="$role" \
      OpenBadges__PublicBaseUrl=https://internships.district.example \
      Transport__RequireHttps=false \
      Logging__LogLevel__Default=Warning \
      "${DATABASE_SETTINGS[@]}" \
      dotnet Internships.Web.dll --urls "$url"
  ) >"$log_file" 2>&1 &
  pid=$!
  HOST_PIDS+=("$pid")
  HOST_URLS+=("$url")
  [[ -n "$HOST_PID" ]] || HOST_PID="$pid"
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$url/health"; then
      log "host on $url is healthy"
      return
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$log_file" >&2; die "the host on $url exited"; }
    sleep 0.5
  done
  die "the host on $url did not become healthy within 60 s"
}

sign_in() {
  local tokens=() i email body token
  for i in $(seq 1 "$ACCOUNTS"); do
    email="$(printf 'loadtest.student%03d@example.test' "$i")"
    body="$(curl -fsS -X POST "$BASE_URL/api/auth/login" -H 'Content-Type: application/json' \
      -d "{\"email\":\"$email\",\"password\":\"$PASSWORD\"}")" || die "sign-in failed for $email"
    token="$(sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' <<<"$body")"
    [[ -n "$token" ]] || die "no access token for $email: $body"
    tokens+=("$token")
  done
  log "signed in ${#tokens[@]} load-test students"
  TOKENS="${tokens[*]}"
  export TOKENS
}

# The request paths listed in the Lua script (its list entries: lines holding just a quoted path) starting with $1.
script_paths() { sed -n "s|^ *\"\($1[^\"]*\)\",\{0,1\}\$|\1|p" "$SCRIPT"; }

# Every request of the Lua script must answer 200 on every host (a token from the first host's sign-in included)
# before it is measured.
smoke_check() {
  local path url code first_token="${TOKENS%% *}"
  for url in "${HOST_URLS[@]}"; do
    while read -r path; do
      code="$(curl -s -o "$RESULTS/smoke.json" -w '%{http_code}' -H "Authorization: Bearer $first_token" "$url$path")"
      [[ "$code" == 200 ]] || { cat "$RESULTS/smoke.json" >&2; die "$url$path answered $code"; }
    done < <(script_paths '/api/' | sort -u)
  done
  log "every request of the script answers 200 on ${HOST_URLS[*]}"
}

# CPU time (clock ticks) the hosts have used, and the machine's total and idle ticks (all cores).
host_ticks() {
  local pid total=0
  for pid in "${HOST_PIDS[@]}"; do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done
  echo "$total"
}
machine_ticks() { awk '/^cpu / { idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i; print total, idle }' /proc/stat; }

# wrk_all OUTPUT_PREFIX SCENARIO CONNECTIONS DURATION RATE ONLY [--latency]: one wrk per host, all at once, each with
# its share of the threads, connections and rate; OUTPUT_PREFIX-N.txt gets host N's output (/dev/null: discarded).
wrk_all() {
  local prefix="$1" scenario="$2" connections="$3" duration="$4" rate="$5" only="$6" latency="${7:-}"
  local n="${#HOST_URLS[@]}" i out pids=()
  local threads=$(( THREADS / n > 0 ? THREADS / n : 1 ))
  for i in "${!HOST_URLS[@]}"; do
    out="$([[ "$prefix" == /dev/null ]] && echo /dev/null || echo "$prefix-$((i + 1)).txt")"
    SCENARIO="$scenario" RATE="$(( rate / n ))" THREADS="$threads" ONLY="$only" \
      wrk -t"$threads" -c"$(( connections / n ))" -d"$duration" --timeout "$TIMEOUT" $latency -s "$SCRIPT" "${HOST_URLS[$i]}" \
      >"$out" &
    pids+=("$!")
  done
  for i in "${pids[@]}"; do wait "$i" || die "wrk failed"; done
}

# run_wrk LABEL SCENARIO CONNECTIONS DURATION [RATE] [ONLY]: against every host started (summed req/s, each host's
# latencies separated by "|").
run_wrk() {
  local label="$1" scenario="$2" connections="$3" duration="$4" rate="${5:-0}" only="${6:-}"
  local prefix
  prefix="$RESULTS/$(tr -c 'A-Za-z0-9' '_' <<<"$label")${#HOST_URLS[@]}"
  local rate_label load host_before host_after machine_before machine_after file pid
  rate_label="$([[ "$rate" == 0 ]] && echo max || echo "$rate")"
  wrk_all /dev/null "$scenario" "$connections" "$WARMUP" "$rate" "$only"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  log "measuring $label on ${#HOST_URLS[@]} host(s): wrk -t$THREADS -c$connections -d$duration in all (rate $rate_label/s, load average $load)"
  host_before="$(host_ticks)"
  machine_before="$(machine_ticks)"
  wrk_all "$prefix" "$scenario" "$connections" "$duration" "$rate" "$only" --latency
  for pid in "${HOST_PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || die "a host exited during '$label' (see $RESULTS/host-*.log); its figures are void"
  done
  host_after="$(host_ticks)"
  machine_after="$(machine_ticks)"
  # Every host's RESULT line; req/s, requests and errors summed, latencies listed host by host.
  local results="" rps=0 requests=0 errors=0 p50="" p90="" p99="" max=""
  for file in "$prefix"-*.txt; do
    local result
    result="$(grep '^RESULT' "$file")" || die "no RESULT line in $file"
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }
    rps="$(awk -v a="$rps" -v b="$(field rps)" 'BEGIN { printf "%.1f", a + b }')"
    requests=$(( requests + $(field requests) ))
    errors=$(( errors + $(field http_errors) + $(field socket_errors) ))
    p50="${p50:+$p50|}$(field p50_ms)"
    p90="${p90:+$p90|}$(field p90_ms)"
    p99="${p99:+$p99|}$(field p99_ms)"
    max="${max:+$max|}$(field max_ms)"
  done
  # Host CPU per request, and how busy the whole machine was (hosts, wrk and anything else running).
  local cpu busy others
  cpu="$(awk -v h="$((host_after - host_before))" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.2f", (n > 0 ? h * 1000 / hz / n : 0) }')"
  busy="$(awk -v b="$machine_before" -v a="$machine_after" \
    'BEGIN { split(b, x, " "); split(a, y, " "); t = y[1] - x[1]; printf "%.0f", (t > 0 ? 100 * (t - (y[2] - x[2])) / t : 0) }')"
  # The share of the machine used by everything but the hosts: wrk itself (typically 10-20%), PostgreSQL when it
  # runs here, and anything else.
  others="$(awk -v b="$machine_before" -v a="$machine_after" -v h="$((host_after - host_before))" \
    'BEGIN { split(b, x, " "); split(a, y, " "); t = y[1] - x[1]; printf "%.0f", (t > 0 ? 100 * (t - (y[2] - x[2]) - h) / t : 0) }')"
  printf '%-44s %5s %6s %9s %8s %8s %8s %8s %7s %8s %5s%% %5s%% %6s\n' "$label" "$connections" "$rate_label" \
    "$rps" "$p50" "$p90" "$p99" "$max" "$errors" "$cpu" "$busy" "$others" "$load" | tee -a "$SUMMARY"
}

# run_scenarios SUFFIX: the four runs (closed loop, then paced) against the hosts started so far.
run_scenarios() {
  run_wrk "search (mix)$1" search "$CONNECTIONS" "$DURATION"
  run_wrk "my applications$1" applications "$CONNECTIONS" "$DURATION"
  if [[ "$RATE" != 0 ]]; then
    run_wrk "search (mix) paced$1" search "$CONNECTIONS" "$DURATION" "$RATE"
    run_wrk "my applications paced$1" applications "$CONNECTIONS" "$DURATION" "$RATE"
  fi
}

main() {
  mkdir -p "$RESULTS"
  ensure_wrk
  build
  generate
  start_host "$PORT" All
  sign_in
  smoke_check

  {
    echo "# $(date -Is) on $(nproc) cores, database $DB; uptime before: $(uptime)"
    printf '%-44s %5s %6s %9s %8s %8s %8s %8s %7s %8s %6s %6s %6s\n' scenario conns rate 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'max ms' errors \
      'cpu/req' 'busy' 'others' load1
  } | tee "$SUMMARY"

  if [[ "$PER_VARIANT" != only ]]; then
    run_scenarios ""
  fi
  if [[ "$PER_VARIANT" != 0 ]]; then
    while read -r path; do
      run_wrk "${path#/api/}" search "$CONNECTIONS" "$PER_VARIANT_DURATION" 0 "$path"
    done < <(script_paths '/api/postings' | grep -E -- "$VARIANT_FILTER")
  fi

  if [[ "$NODES" == 2 ]]; then
    # The first host keeps its role (All: it also runs the jobs); the second serves only (Web).
    start_host "$((PORT + 1))" Web
    smoke_check
    run_scenarios ", 2 nodes"
  fi

  echo "# uptime after: $(uptime)" | tee -a "$SUMMARY"
  log "raw wrk output and the hosts' logs are in $RESULTS"
}

main "$@"
