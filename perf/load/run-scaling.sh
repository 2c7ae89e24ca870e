#!/usr/bin/env bash
# The scaling curve (see README.md beside this file): the search load benchmark and the matching round at 1x, 2x, 4x
# and 8x the district, each printing time and memory, then one table of all of them.
#
#   search at Nx: N x (10,000 postings, 100,000 students, 500,000 applications), run-search-load.sh with the search mix
#                 only, closed loop and paced; the host's peak working set
#   round at Nx:  N x (a district of 210,000 students, 500,000 applications; a round of 100,000 students ranking 10
#                 postings, 12 places each), run-match-round.sh: run -> review -> publish, peak working set. The district's
#                 15,000 postings and the round's 10,000 stay: a round takes 10,000 postings at most (its validator)
#
# Each size's database is generated once into LOAD_DIR (load-Nx.db, round-Nx.db; 1x is the other scripts' load.db and
# round.db) and reused while current. 8x takes a few GB of disk and about 8 GB of memory for the round.
#
# Settings (environment variables):
#   SCALES="1 2 4 8"        the factors
#   PARTS="search round"    which benchmarks
#   DURATION=15s WARMUP=20s RATE=1000  the search runs (see run-search-load.sh); a shorter warm-up leaves the catalogue
#                           and the JIT cold and halves the closed-loop figure
#   DB=sqlite               or postgresql (both scripts copy each district into a throwaway PostgreSQL)
#   NO_BUILD=1              skip building (the host and the load-test tool must be built in Release already)
#   LOAD_DIR=artifacts/load
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOAD_DIR="${LOAD_DIR:-$ROOT/artifacts/load}"
SCALES="${SCALES:-1 2 4 8}"
PARTS="${PARTS:-search round}"
export DURATION="${DURATION:-15s}" WARMUP="${WARMUP:-20s}" RATE="${RATE:-1000}" DB="${DB:-sqlite}" LOAD_DIR
RESULTS="$LOAD_DIR/scaling-$(date +%Y%m%d-%H%M%S)"
# shellcheck source=../host-helpers.sh
source "$ROOT/perf/host-helpers.sh"

mkdir -p "$RESULTS"
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  log "building the host and the load-test tool (Release)"
  dotnet build -c Release -nologo -v quiet "$ROOT/src/Internships.Web/Internships.Web.csproj" >/dev/null
  dotnet build -c Release -nologo -v quiet "$ROOT/perf/Internships.LoadTests/Internships.LoadTests.csproj" >/dev/null
fi

db_name() { [[ "$2" == 1 ]] && echo "$LOAD_DIR/$1.db" || echo "$LOAD_DIR/$1-${2}x.db"; }

# A column of a summary line of run-search-load.sh (whitespace-separated, counted from the end: the label has spaces).
from_end() { awk -v n="$2" '{ print $(NF - n) }' <<<"$1"; }

rows=()
for scale in $SCALES; do
  search_rps="-" search_cpu="-" paced_p99="-" search_memory="-" round_total="-" round_memory="-" publish="-"
  if [[ " $PARTS " == *" search "* ]]; then
    log "search at ${scale}x"
    out="$RESULTS/search-${scale}x.txt"
    LOAD_DB="$(db_name load "$scale")" POSTINGS=$((10000 * scale)) STUDENTS=$((100000 * scale)) APPLICATIONS=$((500000 * scale)) \
      SCENARIOS=search NO_BUILD=1 "$ROOT/perf/load/run-search-load.sh" | tee "$out"
    closed="$(grep '^search (mix) ' "$out" | grep -v paced | tail -n 1)"
    paced="$(grep '^search (mix) paced' "$out" | tail -n 1 || true)"
    search_rps="$(from_end "$closed" 9)"
    search_cpu="$(from_end "$closed" 3)"
    [[ -n "$paced" ]] && paced_p99="$(from_end "$paced" 6)"
    search_memory="$(sed -n 's/^# host peak working set: \([0-9]*\) MB.*/\1/p' "$out")"
  fi
  if [[ " $PARTS " == *" round "* ]]; then
    log "round at ${scale}x"
    out="$RESULTS/round-${scale}x.txt"
    ROUND_DB="$(db_name round "$scale")" DISTRICT_STUDENTS=$((210000 * scale)) APPLICATIONS=$((500000 * scale)) \
      STUDENTS=$((100000 * scale)) CAPACITY=$((12 * scale)) NO_BUILD=1 \
      "$ROOT/perf/load/run-match-round.sh" | tee "$out"
    round_total="$(sed -n 's/^run + review + publish: \([0-9.]*\) s.*/\1/p' "$out")"
    round_memory="$(sed -n 's/.*peak working set of the process: \([0-9]*\) MB.*/\1/p' "$out")"
    publish="$(sed -n 's/^publish: \([0-9]*\) ms wall.*/\1/p' "$out" | tail -n 1)"
  fi
  rows+=("$(printf '%6sx %14s %12s %14s %12s %16s %14s %16s' "$scale" "$search_rps" "$search_cpu" "$paced_p99" "$search_memory" \
    "$round_total" "${publish:--}" "$round_memory")")
done

{
  echo "# scaling on $DB, $(date -Is), $(nproc) cores; uptime after: $(uptime)"
  printf '%7s %14s %12s %14s %12s %16s %14s %16s\n' scale 'search req/s' 'cpu/req ms' "p99 @$RATE/s" 'search MB' 'round total s' \
    'publish ms' 'round peak MB'
  printf '%s\n' "${rows[@]}"
} | tee "$RESULTS/summary.txt"
