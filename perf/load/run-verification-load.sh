#!/usr/bin/env bash
# Load benchmark of public badge verification (see README.md beside this file): an award's VC-JWT, its baked images
# and its verification page, as strangers (no sign-in) fetch them.
#
# Builds the host in Release, starts it on 127.0.0.1 against a SQLite database with the demo district (seeded once by
# a Debug build of the host, the only kind that carries the demo data; kept in LOAD_DIR for the next run), reads the ids of its awards that still stand, runs wrk
# against each of the three GETs (a warm-up, then the measured run, closed loop and paced), prints achieved requests/s
# with p50/p90/p99 latency and the host's CPU per request, and stops the host.
#
# Settings (environment variables):
#   LOAD_DIR=artifacts/load    where the database and results go (not committed)
#   VERIFY_DB=$LOAD_DIR/verification.db   the database; deleted and seeded again with FRESH=1
#   PORT=5093                  the host listens on 127.0.0.1:$PORT
#   THREADS=2 CONNECTIONS=64   wrk's -t and -c
#   DURATION=20s WARMUP=5s     measured run and warm-up run per scenario
#   TIMEOUT=10s                wrk counts a request slower than this as a timeout error
#   RATE=3000                  also run each scenario paced to this many requests/s (0: skip)
#   AWARDS=50                  how many awards the requests rotate through
#   WEB_BIN=src/Internships.Web/bin/Release/net10.0   the host to run (another build, to compare before and after;
#                              NO_BUILD=1 skips building)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOAD_DIR="${LOAD_DIR:-$ROOT/artifacts/load}"
VERIFY_DB="${VERIFY_DB:-$LOAD_DIR/verification.db}"
PORT="${PORT:-5093}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
TIMEOUT="${TIMEOUT:-10s}"
RATE="${RATE:-3000}"
AWARDS="${AWARDS:-50}"
FRESH="${FRESH:-0}"
NO_BUILD="${NO_BUILD:-0}"
WEB_BIN="${WEB_BIN:-$ROOT/src/Internships.Web/bin/Release/net10.0}"

SCRIPT="$ROOT/perf/load/internships.lua"
BASE_URL="http://127.0.0.1:$PORT"
RESULTS="$LOAD_DIR/verification-$(date +%Y%m%d-%H%M%S)"
SUMMARY="$RESULTS/summary.txt"
# shellcheck source=../host-helpers.sh
source "$ROOT/perf/host-helpers.sh"
# shellcheck source=wrk-helpers.sh
source "$ROOT/perf/load/wrk-helpers.sh"

database_settings() { DATABASE_SETTINGS=("Database__Provider=Sqlite" "ConnectionStrings__Internships=Data Source=$VERIFY_DB"); }

# No per-address limit: wrk is one address asking thousands of times a second, which the public documents' limit
# (600 a minute) exists to refuse.
HOST_SETTINGS=("Database__MigrateOnStartup=true" "RateLimits__PublicDocuments__PerAddress=100000000")

# The demo district, seeded by a Debug build of the host started once against the database (then stopped).
seed() {
  [[ -f "$VERIFY_DB" ]] && [[ "$(sqlite3 "$VERIFY_DB" 'SELECT count(*) FROM BadgeAwards;' 2>/dev/null || echo 0)" != 0 ]] && return
  log "seeding the demo district into $VERIFY_DB (a Debug build of the host carries it)"
  dotnet build -c Debug -nologo -v quiet "$ROOT/src/Internships.Web/Internships.Web.csproj" >/dev/null
  local release_bin="$WEB_BIN"
  WEB_BIN="$ROOT/src/Internships.Web/bin/Debug/net10.0"
  HOST_SETTINGS+=("Database__SeedDemoData=true")
  start_host "$PORT" All
  stop_host
  unset 'HOST_SETTINGS[-1]'
  HOST_PIDS=()
  HOST_URLS=()
  WEB_BIN="$release_bin"
}

cleanup() {
  stop_hosts
}
trap cleanup EXIT

# The public ids of awards that still stand (the demo district revokes one), as the URLs hold them.
award_ids() {
  sqlite3 "$VERIFY_DB" "SELECT lower(PublicId) FROM BadgeAwards WHERE RevokedAt IS NULL ORDER BY Id LIMIT $AWARDS;"
}

# paths_of KIND: the request paths of every award for one kind of document, separated by spaces.
paths_of() {
  local id
  for id in $AWARD_IDS; do
    case "$1" in
      credential) printf '/ob/v3/credentials/%s ' "$id" ;;
      image) printf '/ob/v3/credentials/%s/image /ob/v2/assertions/%s/image ' "$id" "$id" ;;
      page) printf '/badges/%s ' "$id" ;;
    esac
  done
}

smoke_check() {
  local kind path code
  for kind in credential image page; do
    for path in $(paths_of "$kind"); do
      code="$(curl -s -o "$RESULTS/smoke.out" -w '%{http_code}' "$BASE_URL$path")"
      [[ "$code" == 200 ]] || { head -c 2000 "$RESULTS/smoke.out" >&2; die "$BASE_URL$path answered $code"; }
    done
  done
  log "every request answers 200"
}

main() {
  mkdir -p "$RESULTS" "$LOAD_DIR"
  command -v wrk >/dev/null || die "wrk is needed (apt-get install -y wrk; run-search-load.sh installs it)"
  if [[ "$NO_BUILD" != 1 ]]; then
    log "building the host (Release)"
    dotnet build -c Release -nologo -v quiet "$ROOT/src/Internships.Web/Internships.Web.csproj" >/dev/null
  fi
  [[ "$FRESH" == 1 ]] && rm -f "$VERIFY_DB" "$VERIFY_DB-wal" "$VERIFY_DB-shm"
  command -v sqlite3 >/dev/null || die "sqlite3 is needed to read the award ids (apt-get install -y sqlite3)"
  seed
  start_host "$PORT" All
  AWARD_IDS="$(award_ids | tr '\n' ' ')"
  [[ -n "$AWARD_IDS" ]] || die "no awards in $VERIFY_DB"
  log "$(wc -w <<<"$AWARD_IDS") awards"
  smoke_check

  {
    echo "# $(date -Is) on $(nproc) cores, host $WEB_BIN, $(request_log_label); uptime before: $(uptime)"
    printf '%-44s %5s %6s %9s %8s %8s %8s %8s %7s %8s %6s %6s %6s\n' scenario conns rate 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'max ms' errors \
      'cpu/req' 'busy' 'others' load1
  } | tee "$SUMMARY"

  local kind
  for kind in credential image page; do
    PATHS="$(paths_of "$kind")"
    export PATHS
    run_wrk "verification: $kind" paths "$CONNECTIONS" "$DURATION"
  done
  if [[ "$RATE" != 0 ]]; then
    for kind in credential image page; do
      PATHS="$(paths_of "$kind")"
      export PATHS
      run_wrk "verification: $kind paced" paths "$CONNECTIONS" "$DURATION" "$RATE"
    done
  fi

  echo "# uptime after: $(uptime)" | tee -a "$SUMMARY"
  log "raw wrk output and the host's log are in $RESULTS"
}

main "$@"
