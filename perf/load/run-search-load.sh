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
#   PLACEMENTS=0              placements (with timesheets) in the district, for the "placement" scenario; the report
#                             benchmark's district has 10,000: PLACEMENTS=10000 LOAD_DB=$LOAD_DIR/reports.db reuses it
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
#   SCENARIOS="search applications posting"   which to run: the search mix, a student's own applications, and a
#                             posting's page (GET /api/postings/{id} over 40 open postings, as a student); also
#                             "hostile": 1,000 different searches with every filter and a 100-character text at once;
#                             "placement": a student's own placements (GET /api/placements; needs PLACEMENTS, above)
#   WEB_BIN=src/Internships.Web/bin/Release/net10.0   the host to run (another build, to compare; NO_BUILD=1 skips
#                             building, the load-test tool must be built already)
#   REQUEST_LOG=1             0: turn the product's per-request log line off (on by default, as in the product)
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
PLACEMENTS="${PLACEMENTS:-0}"
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
WEB_BIN="${WEB_BIN:-$ROOT/src/Internships.Web/bin/Release/net10.0}"
SCENARIOS="${SCENARIOS:-search applications posting}"
NO_BUILD="${NO_BUILD:-0}"
TOOL_DLL="$ROOT/perf/Internships.LoadTests/bin/Release/net10.0/Internships.LoadTests.dll"
BASE_URL="http://127.0.0.1:$PORT"
RESULTS="$LOAD_DIR/results-$(date +%Y%m%d-%H%M%S)"
SUMMARY="$RESULTS/summary.txt"
# shellcheck source=../host-helpers.sh
source "$ROOT/perf/host-helpers.sh"
# shellcheck source=postgres-helpers.sh
source "$ROOT/perf/load/postgres-helpers.sh"
# shellcheck source=wrk-helpers.sh
source "$ROOT/perf/load/wrk-helpers.sh"

case "$DB" in
  sqlite) [[ "$NODES" == 1 ]] || die "NODES=$NODES needs DB=postgresql (SQLite is one process)" ;;
  postgresql) [[ "$NODES" == 1 || "$NODES" == 2 ]] || die "NODES must be 1 or 2" ;;
  *) die "DB must be sqlite or postgresql, not '$DB'" ;;
esac

# Stops the hosts started (wrk-helpers.sh) and the PostgreSQL server.
cleanup() {
  stop_hosts
  stop_postgres
}
trap cleanup EXIT

build() {
  [[ "$NO_BUILD" == 1 ]] && return
  log "building the host and the load-test tool (Release)"
  dotnet build -c Release -nologo -v quiet "$ROOT/src/Internships.Web/Internships.Web.csproj" >/dev/null
  dotnet build -c Release -nologo -v quiet "$ROOT/perf/Internships.LoadTests/Internships.LoadTests.csproj" >/dev/null
}

generate() {
  # --reuse keeps an existing database that has the current migrations and the asked-for sizes.
  dotnet "$TOOL_DLL" generate --db "$LOAD_DB" --reuse \
    --postings "$POSTINGS" --students "$STUDENTS" --applications "$APPLICATIONS" --placements "$PLACEMENTS" >&2
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
    done < <(script_paths '/api/' | sort -u; tr ' ' '\n' <<<"$POSTING_PATHS" | sed '/^$/d')
  done
  log "every request of the script answers 200 on ${HOST_URLS[*]}"
}

# run_scenarios SUFFIX: the chosen scenarios (closed loop, then paced) against the hosts started so far.
run_scenarios() {
  local rates=(0) rate scenario label
  [[ "$RATE" != 0 ]] && rates+=("$RATE")
  for rate in "${rates[@]}"; do
    for scenario in $SCENARIOS; do
      case "$scenario" in
        search) label="search (mix)" ;;
        applications) label="my applications" ;;
        posting) label="posting page"; PATHS="$POSTING_PATHS"; export PATHS; scenario=paths ;;
        hostile) label="search, every filter + 100-char text" ;;
        placement) label="my placements"; PATHS="/api/placements"; export PATHS; scenario=paths ;;
        *) die "unknown scenario '$scenario' (search, applications, posting, hostile, placement)" ;;
      esac
      [[ "$rate" != 0 ]] && label="$label paced"
      run_wrk "$label$1" "$scenario" "$CONNECTIONS" "$DURATION" "$rate"
    done
  done
}

# The pages of 40 open postings (taking applications), from the SQLite file the district was generated into.
posting_paths() {
  command -v sqlite3 >/dev/null || die "sqlite3 is needed to pick the postings (apt-get install -y sqlite3)"
  POSTING_PATHS="$(sqlite3 "$LOAD_DB" "SELECT '/api/postings/' || Id FROM Postings WHERE Status = 'Open' ORDER BY Id LIMIT 40;" | tr '\n' ' ')"
  [[ -n "$POSTING_PATHS" ]] || die "no open postings in $LOAD_DB"
}

main() {
  mkdir -p "$RESULTS"
  ensure_wrk
  build
  generate
  posting_paths
  start_host "$PORT" All
  sign_in
  smoke_check

  {
    echo "# $(date -Is) on $(nproc) cores, database $DB, $(request_log_label); uptime before: $(uptime)"
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

  # The first host's peak resident memory (Linux's VmHWM) over the whole run.
  echo "# host peak working set: $(awk '/^VmHWM/ { printf "%d", $2 / 1024 }' "/proc/${HOST_PIDS[0]}/status") MB" | tee -a "$SUMMARY"
  echo "# uptime after: $(uptime)" | tee -a "$SUMMARY"
  log "raw wrk output and the hosts' logs are in $RESULTS"
}

main "$@"
