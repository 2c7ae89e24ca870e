#!/usr/bin/env bash
# Benchmark of the PDF reports through the real host and job server (see README.md beside this file):
#   1. a term summary of PLACEMENTS placements, asked for as a coordinator, timed from the request to Ready (the job's
#      own time, its database queries included, is the report's StartedAt -> CompletedAt), RUNS times;
#   2. REPORTS placement reports asked for at once, timed until every one is Ready, while wrk sends the search mix to
#      the same host at RATE requests/s: the search's latencies say whether the web node kept answering meanwhile.
#
# The database is the load-test district (10,000 postings, 100,000 students, 500,000 applications) with PLACEMENTS
# placements, their weekly timesheets and a coordinator account (the load-test tool's `generate --placements`).
#
# Settings (environment variables):
#   LOAD_DIR=artifacts/load         where the database and results go (not committed)
#   LOAD_DB=$LOAD_DIR/reports.db    the database; generated when missing or stale
#   PLACEMENTS=10000 RUNS=3         the term summary's size and how many times it is made
#   REPORTS=200                     placement reports asked for at once
#   RATE=500 DURATION=60s           the search load meanwhile (paced), and how long it lasts at most
#   CONNECTIONS=32 THREADS=2 TIMEOUT=10s WARMUP=5s   wrk's settings
#   PORT=5094                       the host listens on 127.0.0.1:$PORT
#   DB=sqlite                       postgresql: the same district copied into a throwaway PostgreSQL (postgres-helpers.sh)
#   WEB_BIN=src/Internships.Web/bin/Release/net10.0   the host to run (NO_BUILD=1 skips building)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOAD_DIR="${LOAD_DIR:-$ROOT/artifacts/load}"
LOAD_DB="${LOAD_DB:-$LOAD_DIR/reports.db}"
PLACEMENTS="${PLACEMENTS:-10000}"
RUNS="${RUNS:-3}"
REPORTS="${REPORTS:-200}"
RATE="${RATE:-500}"
DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
TIMEOUT="${TIMEOUT:-10s}"
WARMUP="${WARMUP:-5s}"
PORT="${PORT:-5094}"
DB="${DB:-sqlite}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_CONNECTION="${PG_CONNECTION:-}"
NO_BUILD="${NO_BUILD:-0}"
ACCOUNTS=8
PASSWORD="LoadTest!2345"
WEB_BIN="${WEB_BIN:-$ROOT/src/Internships.Web/bin/Release/net10.0}"
TOOL_DLL="$ROOT/perf/Internships.LoadTests/bin/Release/net10.0/Internships.LoadTests.dll"

SCRIPT="$ROOT/perf/load/internships.lua"
BASE_URL="http://127.0.0.1:$PORT"
RESULTS="$LOAD_DIR/reports-$(date +%Y%m%d-%H%M%S)"
SUMMARY="$RESULTS/summary.txt"
# shellcheck source=../host-helpers.sh
source "$ROOT/perf/host-helpers.sh"
# shellcheck source=postgres-helpers.sh
source "$ROOT/perf/load/postgres-helpers.sh"
# shellcheck source=wrk-helpers.sh
source "$ROOT/perf/load/wrk-helpers.sh"

[[ "$DB" == sqlite || "$DB" == postgresql ]] || die "DB must be sqlite or postgresql, not '$DB'"

database_settings() {
  if [[ "$DB" == postgresql ]]; then
    DATABASE_SETTINGS=("Database__Provider=PostgreSql" "ConnectionStrings__Internships=$PG_CONNECTION")
  else
    DATABASE_SETTINGS=("Database__Provider=Sqlite" "ConnectionStrings__Internships=Data Source=$LOAD_DB")
  fi
}

# The coordinator signs in with a password alone (Production asks staff for a second factor by default).
HOST_SETTINGS=("Security__RequireTwoFactorForStaff=false")

cleanup() {
  stop_hosts
  stop_postgres
}
trap cleanup EXIT

# json_field NAME: the first "NAME": value of the JSON on stdin (a string without its quotes, or a number).
json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" | head -n 1; }

# seconds_between ISO-A ISO-B: B - A in seconds (the report's own timestamps, UTC).
seconds_between() { awk -v a="$(date -d "$1" +%s.%N)" -v b="$(date -d "$2" +%s.%N)" 'BEGIN { printf "%.2f", b - a }'; }

api() { curl -fsS -H "Authorization: Bearer $COORDINATOR_TOKEN" -H 'Content-Type: application/json' "$@"; }

# The term summary, RUNS times: each a new report (a Ready one is not reused), waited for until Ready.
term_summaries() {
  local from to run body id status started=0 report
  from="$(sqlite3 "$LOAD_DB" 'SELECT min(StartDate) FROM Placements;')"
  to="$(sqlite3 "$LOAD_DB" 'SELECT max(EndDate) FROM Placements;')"
  log "term summary of $from to $to ($PLACEMENTS placements), $RUNS times"
  printf '%-28s %10s %10s %10s %7s %10s\n' 'term summary' 'total s' 'queued s' 'job s' pages 'bytes' | tee -a "$SUMMARY"
  for run in $(seq 1 "$RUNS"); do
    started="$(date +%s.%N)"
    body="$(api -X POST "$BASE_URL/api/reports/term-summary" -d "{\"name\":\"Load term $run\",\"from\":\"$from\",\"to\":\"$to\"}")"
    id="$(json_field id <<<"$body")"
    [[ -n "$id" ]] || die "no report id in $body"
    while :; do
      report="$(api "$BASE_URL/api/reports/$id")"
      status="$(json_field status <<<"$report")"
      [[ "$status" == Ready ]] && break
      [[ "$status" == Failed ]] && die "term summary $id failed: $report"
      sleep 0.1
    done
    printf '%-28s %10.2f %10s %10s %7s %10s\n' "run $run (report $id)" \
      "$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')" \
      "$(seconds_between "$(json_field requestedAt <<<"$report")" "$(json_field startedAt <<<"$report")")" \
      "$(seconds_between "$(json_field startedAt <<<"$report")" "$(json_field completedAt <<<"$report")")" \
      "$(json_field pageCount <<<"$report")" "$(json_field fileSize <<<"$report")" | tee -a "$SUMMARY"
  done
}

# How many placement reports are Ready (the list's total).
ready_placement_reports() { api "$BASE_URL/api/reports?kind=Placement&status=Ready&pageSize=1" | json_field total; }

# REPORTS placement reports asked for at once, with the search under load meanwhile.
placement_reports_under_load() {
  local ids id before started ready=0 elapsed wrk_pid failed
  ids="$(sqlite3 "$LOAD_DB" "SELECT Id FROM Placements ORDER BY Id LIMIT $REPORTS;")"
  before="$(ready_placement_reports)"
  before="${before:-0}"
  log "search paced at $RATE/s for $DURATION; $REPORTS placement reports asked for 5 s into it"
  printf '%-44s %5s %6s %9s %8s %8s %8s %8s %7s %8s %6s %6s %6s\n' scenario conns rate 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'max ms' errors \
    'cpu/req' 'busy' 'others' load1 | tee -a "$SUMMARY"
  run_wrk "search (mix) paced, during the reports" search "$CONNECTIONS" "$DURATION" "$RATE" >"$RESULTS/search-during.txt" &
  wrk_pid=$!
  sleep "$(( ${WARMUP%s} + 5 ))"
  started="$(date +%s.%N)"
  for id in $ids; do
    api -X POST "$BASE_URL/api/placements/$id/report" -o /dev/null
  done
  local asked
  asked="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')"
  while (( ready < REPORTS )); do
    sleep 0.5
    ready=$(( $(ready_placement_reports) - before ))
    failed="$(api "$BASE_URL/api/reports?kind=Placement&status=Failed&pageSize=1" | json_field total)"
    [[ "${failed:-0}" == 0 ]] || die "$failed placement reports failed"
    elapsed="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
    awk -v e="$elapsed" 'BEGIN { exit !(e > 600) }' && die "only $ready of $REPORTS reports Ready after 600 s"
  done
  elapsed="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  wait "$wrk_pid" || die "the search load failed"
  # run_wrk added its line to the summary; show it here too.
  tail -n 1 "$RESULTS/search-during.txt"
  echo "$REPORTS placement reports: asked for in $asked s, all Ready $elapsed s after the first was asked for" | tee -a "$SUMMARY"
}

main() {
  mkdir -p "$RESULTS" "$LOAD_DIR"
  ensure_wrk
  command -v sqlite3 >/dev/null || die "sqlite3 is needed (apt-get install -y sqlite3)"
  if [[ "$NO_BUILD" != 1 ]]; then
    log "building the host and the load-test tool (Release)"
    dotnet build -c Release -nologo -v quiet "$ROOT/src/Internships.Web/Internships.Web.csproj" >/dev/null
    dotnet build -c Release -nologo -v quiet "$ROOT/perf/Internships.LoadTests/Internships.LoadTests.csproj" >/dev/null
  fi
  dotnet "$TOOL_DLL" generate --db "$LOAD_DB" --reuse --placements "$PLACEMENTS" >&2
  if [[ "$DB" == postgresql ]]; then
    start_postgres
    log "copying the district into PostgreSQL"
    dotnet "$TOOL_DLL" to-postgresql --db "$LOAD_DB" --connection "$PG_CONNECTION" >&2
  elif [[ "$(sqlite3 "$LOAD_DB" 'SELECT count(*) FROM Reports;')" != 0 ]]; then
    # Reports made by an earlier run stay in the file; the counts below are of this run's.
    log "$LOAD_DB holds reports of earlier runs; this run's are counted on top of them"
  fi
  start_host "$PORT" All
  COORDINATOR_TOKEN="$(access_token loadtest.coordinator@example.test)"
  sign_in

  echo "# $(date -Is) on $(nproc) cores, database $DB, $PLACEMENTS placements, $(request_log_label); uptime before: $(uptime)" | tee "$SUMMARY"
  term_summaries
  placement_reports_under_load
  echo "# uptime after: $(uptime)" | tee -a "$SUMMARY"
  log "the host's log and wrk's output are in $RESULTS"
}

main "$@"
