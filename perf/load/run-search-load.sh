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

SCRIPT="$ROOT/perf/load/internships.lua"
WEB_BIN="$ROOT/src/Internships.Web/bin/Release/net10.0"
TOOL_DLL="$ROOT/perf/Internships.LoadTests/bin/Release/net10.0/Internships.LoadTests.dll"
BASE_URL="http://127.0.0.1:$PORT"
RESULTS="$LOAD_DIR/results-$(date +%Y%m%d-%H%M%S)"
SUMMARY="$RESULTS/summary.txt"
# shellcheck source=../host-helpers.sh
source "$ROOT/perf/host-helpers.sh"

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
}

start_host() {
  if curl -s -o /dev/null "$BASE_URL/health"; then
    die "something already listens on $BASE_URL; stop it or set PORT"
  fi
  log "starting the host on $BASE_URL (Production, Release; log in $RESULTS/host.log)"
  (
    cd "$WEB_BIN"
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__Internships="Data Source=$LOAD_DB" \
    Database__Provider=Sqlite \
    Database__SeedDemoData=false \
    Database__MigrateOnStartup=false \
    Logging__LogLevel__Default=Warning \
    exec dotnet Internships.Web.dll --urls "$BASE_URL"
  ) >"$RESULTS/host.log" 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$BASE_URL/health"; then
      log "host is healthy"
      return
    fi
    kill -0 "$HOST_PID" 2>/dev/null || { cat "$RESULTS/host.log" >&2; die "the host exited"; }
    sleep 0.5
  done
  die "the host did not become healthy within 60 s"
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

# Every request of the Lua script must answer 200 before it is measured.
smoke_check() {
  local path code first_token="${TOKENS%% *}"
  while read -r path; do
    code="$(curl -s -o "$RESULTS/smoke.json" -w '%{http_code}' -H "Authorization: Bearer $first_token" "$BASE_URL$path")"
    [[ "$code" == 200 ]] || { cat "$RESULTS/smoke.json" >&2; die "$path answered $code"; }
  done < <(script_paths '/api/' | sort -u)
  log "every request of the script answers 200"
}

# CPU time (clock ticks) the host has used, and the machine's total and idle ticks (all cores).
host_ticks() { awk '{ print $14 + $15 }' "/proc/$HOST_PID/stat"; }
machine_ticks() { awk '/^cpu / { idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i; print total, idle }' /proc/stat; }

# run_wrk LABEL SCENARIO CONNECTIONS DURATION [RATE] [ONLY]
run_wrk() {
  local label="$1" scenario="$2" connections="$3" duration="$4" rate="${5:-0}" only="${6:-}"
  local file="$RESULTS/$(tr -c 'A-Za-z0-9' '_' <<<"$label").txt"
  local rate_label load host_before host_after machine_before machine_after result
  rate_label="$([[ "$rate" == 0 ]] && echo max || echo "$rate")"
  SCENARIO="$scenario" RATE="$rate" THREADS="$THREADS" ONLY="$only" \
    wrk -t"$THREADS" -c"$connections" -d"$WARMUP" --timeout "$TIMEOUT" -s "$SCRIPT" "$BASE_URL" >/dev/null
  load="$(cut -d' ' -f1 /proc/loadavg)"
  log "measuring $label: wrk -t$THREADS -c$connections -d$duration (rate $rate_label/s, load average $load)"
  host_before="$(host_ticks)"
  machine_before="$(machine_ticks)"
  SCENARIO="$scenario" RATE="$rate" THREADS="$THREADS" ONLY="$only" \
    wrk -t"$THREADS" -c"$connections" -d"$duration" --timeout "$TIMEOUT" --latency -s "$SCRIPT" "$BASE_URL" >"$file"
  kill -0 "$HOST_PID" 2>/dev/null || die "the host exited during '$label' (see $RESULTS/host.log); its figures are void"
  host_after="$(host_ticks)"
  machine_after="$(machine_ticks)"
  result="$(grep '^RESULT' "$file")" || die "no RESULT line in $file"
  field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }
  # Host CPU per request, and how busy the whole machine was (host, wrk and anything else running).
  local cpu busy others
  cpu="$(awk -v h="$((host_after - host_before))" -v n="$(field requests)" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.2f", (n > 0 ? h * 1000 / hz / n : 0) }')"
  busy="$(awk -v b="$machine_before" -v a="$machine_after" \
    'BEGIN { split(b, x, " "); split(a, y, " "); t = y[1] - x[1]; printf "%.0f", (t > 0 ? 100 * (t - (y[2] - x[2])) / t : 0) }')"
  # The share of the machine used by everything but the host: wrk itself (typically 10-20%) and anything else.
  others="$(awk -v b="$machine_before" -v a="$machine_after" -v h="$((host_after - host_before))" \
    'BEGIN { split(b, x, " "); split(a, y, " "); t = y[1] - x[1]; printf "%.0f", (t > 0 ? 100 * (t - (y[2] - x[2]) - h) / t : 0) }')"
  printf '%-44s %5s %6s %9s %8s %8s %8s %8s %7s %8s %5s%% %5s%% %6s\n' "$label" "$connections" "$rate_label" \
    "$(field rps)" "$(field p50_ms)" "$(field p90_ms)" "$(field p99_ms)" "$(field max_ms)" \
    "$(( $(field http_errors) + $(field socket_errors) ))" "$cpu" "$busy" "$others" "$load" | tee -a "$SUMMARY"
}

main() {
  mkdir -p "$RESULTS"
  ensure_wrk
  build
  generate
  start_host
  sign_in
  smoke_check

  {
    echo "# $(date -Is) on $(nproc) cores; uptime before: $(uptime)"
    printf '%-44s %5s %6s %9s %8s %8s %8s %8s %7s %8s %6s %6s %6s\n' scenario conns rate 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'max ms' errors \
      'cpu/req' 'busy' 'others' load1
  } | tee "$SUMMARY"

  if [[ "$PER_VARIANT" != only ]]; then
    run_wrk "search (mix)" search "$CONNECTIONS" "$DURATION"
    run_wrk "my applications" applications "$CONNECTIONS" "$DURATION"
    if [[ "$RATE" != 0 ]]; then
      run_wrk "search (mix) paced" search "$CONNECTIONS" "$DURATION" "$RATE"
      run_wrk "my applications paced" applications "$CONNECTIONS" "$DURATION" "$RATE"
    fi
  fi
  if [[ "$PER_VARIANT" != 0 ]]; then
    while read -r path; do
      run_wrk "${path#/api/}" search "$CONNECTIONS" "$PER_VARIANT_DURATION" 0 "$path"
    done < <(script_paths '/api/postings' | grep -E -- "$VARIANT_FILTER")
  fi

  echo "# uptime after: $(uptime)" | tee -a "$SUMMARY"
  log "raw wrk output and the host log are in $RESULTS"
}

main "$@"
