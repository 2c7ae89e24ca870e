#!/usr/bin/env bash
# A matching round at district-plus scale through the application (see README.md beside this file, "A matching round:
# run, review, publish"): run -> review -> publish, each phase's wall and CPU time and the process's peak working set.
#
# Builds the load-test tool in Release, generates the round's database if it is missing or stale (enough juniors and
# seniors and open postings for the round), copies it (publishing adds the offers, so every measurement starts from
# the same data), and runs `match-round --publish` against the copy, or against the same district in PostgreSQL.
#
# Settings (environment variables):
#   LOAD_DIR=artifacts/load          where the database and results go (not committed)
#   ROUND_DB=$LOAD_DIR/round.db      the district; generated with the sizes below when missing or stale
#   DISTRICT_STUDENTS=210000 DISTRICT_POSTINGS=15000 APPLICATIONS=500000   its size (about 48 % of students are active
#                                    juniors and seniors in a pathway, 70 % of postings open)
#   STUDENTS=100000 POSTINGS=10000 CHOICES=10   the round
#   CAPACITY=12                      places per posting in the round (120,000 places for 100,000 students)
#   RUNS=1 SEED=20261123 SPANISH=30  match runs before the review; accounts (of the 100) that choose Spanish
#   DB=sqlite                        postgresql: the same district copied into a throwaway PostgreSQL (as
#                                    run-search-load.sh does; PG_BIN, or PG_CONNECTION to an EMPTY database)
#   NO_BUILD=1                       skip building (the tool must be built already)
#   TOOL_DLL=perf/Internships.LoadTests/bin/Release/net10.0/Internships.LoadTests.dll   another build, to compare
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOAD_DIR="${LOAD_DIR:-$ROOT/artifacts/load}"
ROUND_DB="${ROUND_DB:-$LOAD_DIR/round.db}"
DISTRICT_STUDENTS="${DISTRICT_STUDENTS:-210000}"
DISTRICT_POSTINGS="${DISTRICT_POSTINGS:-15000}"
APPLICATIONS="${APPLICATIONS:-500000}"
STUDENTS="${STUDENTS:-100000}"
POSTINGS="${POSTINGS:-10000}"
CHOICES="${CHOICES:-10}"
CAPACITY="${CAPACITY:-12}"
RUNS="${RUNS:-1}"
SEED="${SEED:-20261123}"
SPANISH="${SPANISH:-30}"
DB="${DB:-sqlite}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_CONNECTION="${PG_CONNECTION:-}"
NO_BUILD="${NO_BUILD:-0}"
TOOL_DLL="${TOOL_DLL:-$ROOT/perf/Internships.LoadTests/bin/Release/net10.0/Internships.LoadTests.dll}"
RESULTS="$LOAD_DIR/round-$(date +%Y%m%d-%H%M%S)"
# shellcheck source=../host-helpers.sh
source "$ROOT/perf/host-helpers.sh"
# shellcheck source=postgres-helpers.sh
source "$ROOT/perf/load/postgres-helpers.sh"

case "$DB" in
  sqlite | postgresql) ;;
  *) die "DB must be sqlite or postgresql, not '$DB'" ;;
esac

cleanup() {
  stop_postgres
  [[ -n "${COPY:-}" ]] && rm -f "$COPY" "$COPY-wal" "$COPY-shm"
  return 0
}
trap cleanup EXIT

mkdir -p "$RESULTS"
if [[ "$NO_BUILD" != 1 ]]; then
  log "building the load-test tool (Release)"
  dotnet build -c Release -nologo -v quiet "$ROOT/perf/Internships.LoadTests/Internships.LoadTests.csproj" >/dev/null
fi

# --reuse keeps an existing database that has the current migrations and the asked-for sizes.
dotnet "$TOOL_DLL" generate --db "$ROUND_DB" --reuse \
  --students "$DISTRICT_STUDENTS" --postings "$DISTRICT_POSTINGS" --applications "$APPLICATIONS" >&2

ROUND_ARGS=(--students "$STUDENTS" --postings "$POSTINGS" --choices "$CHOICES" --capacity "$CAPACITY" --runs "$RUNS"
  --seed "$SEED" --spanish "$SPANISH" --publish)
if [[ "$DB" == postgresql ]]; then
  start_postgres
  log "copying the district into PostgreSQL"
  dotnet "$TOOL_DLL" to-postgresql --db "$ROUND_DB" --connection "$PG_CONNECTION" >&2
  TARGET=(--connection "$PG_CONNECTION")
else
  COPY="$RESULTS/round.db"
  cp "$ROUND_DB" "$COPY"
  TARGET=(--db "$COPY")
fi

log "match-round ${ROUND_ARGS[*]} on $DB; results in $RESULTS"
{
  echo "# $(date -Is) on $(nproc) cores, database $DB; uptime before: $(uptime)"
  dotnet "$TOOL_DLL" match-round "${TARGET[@]}" "${ROUND_ARGS[@]}"
  echo "# uptime after: $(uptime)"
} | tee "$RESULTS/summary.txt"
