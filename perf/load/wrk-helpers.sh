# Shared by the load scripts (run-search-load.sh, run-verification-load.sh): starting hosts and measuring them with wrk.
# Source it after host-helpers.sh. The scripts set ROOT, WEB_BIN, RESULTS, SUMMARY, SCRIPT (the Lua script), THREADS,
# TIMEOUT, WARMUP, and a database_settings function that fills DATABASE_SETTINGS; HOST_SETTINGS adds settings of
# their own (NAME=value).

ensure_wrk() {
  command -v wrk >/dev/null && return
  log "installing wrk (Debian package)"
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update && $sudo apt-get install -y wrk
}

# access_token EMAIL: signs in on BASE_URL with PASSWORD and prints the access token.
access_token() {
  local body token
  body="$(curl -fsS -X POST "$BASE_URL/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}")" || die "sign-in failed for $1"
  token="$(sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' <<<"$body")"
  [[ -n "$token" ]] || die "no access token for $1: $body"
  printf '%s' "$token"
}

# sign_in: signs in ACCOUNTS load-test students and exports their tokens, space-separated, in TOKENS (the Lua script
# rotates through them).
sign_in() {
  local tokens=() i
  for i in $(seq 1 "$ACCOUNTS"); do
    tokens+=("$(access_token "$(printf 'loadtest.student%03d@example.test' "$i")")")
  done
  log "signed in ${#tokens[@]} load-test students"
  TOKENS="${tokens[*]}"
  export TOKENS
}

# The hosts started (the first is also HOST_PID, which host-helpers.sh stops), their URLs.
HOST_PIDS=()
HOST_URLS=()
HOST_SETTINGS=()

# The product writes one JSON line per request (README, "Telemetry"), and so do the hosts measured here; REQUEST_LOG=0
# turns it off, as operators may (the request metrics and traces carry the same facts), to see what it costs
# (perf/load/README.md).
REQUEST_LOG="${REQUEST_LOG:-1}"
request_log_level() { [[ "$REQUEST_LOG" == 1 ]] && echo Information || echo Warning; }
request_log_label() { [[ "$REQUEST_LOG" == 1 ]] && echo "request log on" || echo "request log off"; }

# start_host PORT ROLE: a host on 127.0.0.1:PORT with Host:Role=ROLE; its pid joins HOST_PIDS, its URL HOST_URLS.
start_host() {
  local port="$1" role="$2" url="http://127.0.0.1:$1" pid log_file
  log_file="$RESULTS/host-$port.log"
  if curl -s -o /dev/null "$url/health"; then
    die "something already listens on $url; stop it or set PORT"
  fi
  log "starting a host ($role) on $url (Production, Release, ${DB:-sqlite}; log in $log_file)"
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
      Logging__LogLevel__Microsoft.AspNetCore.HttpLogging="$(request_log_level)" \
      "${DATABASE_SETTINGS[@]}" "${HOST_SETTINGS[@]}" \
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

# stop_hosts: stops every host started (host-helpers.sh's stop_host, one by one).
stop_hosts() {
  local pid
  for pid in "${HOST_PIDS[@]}"; do
    HOST_PID="$pid"
    stop_host
  done
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

