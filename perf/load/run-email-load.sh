#!/usr/bin/env bash
# E-mail at a round's scale, through the real host and job server (see README.md beside this file):
#   1. queues about MESSAGES offer e-mails the way the product does, by publishing a matching round of MESSAGES
#      students on a copy of the load-test district (the load-test tool's `match-round --publish`: the application's
#      own publish, every offer with its e-mail in the outbox, in the student's language);
#   2. starts Debian's aiosmtpd on a free loopback port (the integration tests' maildir handler: every message it
#      accepts is a file), and the Release host on the copy with its job server limited to ONE worker, sending there;
#   3. waits until nothing is left Pending or Sending, and prints how many were sent, how many files the server wrote,
#      and the time from the host's first send to its last (the delivery), with the wait before it: the publish ran in
#      the tool, not in the host, so no commit there asked for a dispatch and the minutely run starts it.
#
# Settings (environment variables):
#   LOAD_DIR=artifacts/load        where the database and results go (not committed)
#   LOAD_DB=$LOAD_DIR/load.db      the district (generated with the load test's default sizes when missing or stale)
#   MESSAGES=10000                 students in the round; each matched student gets one offer e-mail
#   PORT=5095                      the host listens on 127.0.0.1:$PORT
#   WORKERS=1                      the job server's workers
#   NO_BUILD=1                     skip building (the host and the load-test tool must be built in Release already)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOAD_DIR="${LOAD_DIR:-$ROOT/artifacts/load}"
LOAD_DB="${LOAD_DB:-$LOAD_DIR/load.db}"
MESSAGES="${MESSAGES:-10000}"
PORT="${PORT:-5095}"
WORKERS="${WORKERS:-1}"
NO_BUILD="${NO_BUILD:-0}"
REQUEST_LOG=0
WEB_BIN="${WEB_BIN:-$ROOT/src/Internships.Web/bin/Release/net10.0}"
TOOL_DLL="$ROOT/perf/Internships.LoadTests/bin/Release/net10.0/Internships.LoadTests.dll"
RESULTS="$LOAD_DIR/email-$(date +%Y%m%d-%H%M%S)"
SUMMARY="$RESULTS/summary.txt"
COPY="$RESULTS/email.db"
MAILDIR="$RESULTS/maildir"
SMTP_PID=""
# shellcheck source=../host-helpers.sh
source "$ROOT/perf/host-helpers.sh"
# shellcheck source=wrk-helpers.sh
source "$ROOT/perf/load/wrk-helpers.sh"

database_settings() { DATABASE_SETTINGS=("Database__Provider=Sqlite" "ConnectionStrings__Internships=Data Source=$COPY"); }

cleanup() {
  stop_hosts
  [[ -n "$SMTP_PID" ]] && kill "$SMTP_PID" 2>/dev/null
  rm -rf "$MAILDIR" "$COPY" "$COPY-wal" "$COPY-shm"
  return 0
}
trap cleanup EXIT

outbox() { sqlite3 "$COPY" "$1"; }
elapsed_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

main() {
  mkdir -p "$RESULTS" "$MAILDIR"
  command -v sqlite3 >/dev/null || die "sqlite3 is needed (apt-get install -y sqlite3)"
  /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || die "aiosmtpd is needed (scripts/prerequisites.sh installs python3-aiosmtpd)"
  if [[ "$NO_BUILD" != 1 ]]; then
    log "building the host and the load-test tool (Release)"
    dotnet build -c Release -nologo -v quiet "$ROOT/src/Internships.Web/Internships.Web.csproj" >/dev/null
    dotnet build -c Release -nologo -v quiet "$ROOT/perf/Internships.LoadTests/Internships.LoadTests.csproj" >/dev/null
  fi
  dotnet "$TOOL_DLL" generate --db "$LOAD_DB" --reuse >&2
  cp "$LOAD_DB" "$COPY"

  log "queuing the offer e-mails: a round of $MESSAGES students published on a copy of the district"
  dotnet "$TOOL_DLL" match-round --db "$COPY" --students "$MESSAGES" --postings 2000 --choices 10 --capacity 20 \
    --runs 1 --publish >"$RESULTS/round.txt"
  local queued
  queued="$(outbox "SELECT count(*) FROM Notifications WHERE Status = 'Pending';")"
  log "$queued e-mails queued"

  local port
  port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  /usr/bin/python3 "$ROOT/tests/Internships.IntegrationTests/Support/smtp_sink.py" --port "$port" --maildir "$MAILDIR" >"$RESULTS/smtp.txt" 2>&1 &
  SMTP_PID=$!
  for _ in $(seq 1 50); do grep -q READY "$RESULTS/smtp.txt" && break; sleep 0.2; done
  grep -q READY "$RESULTS/smtp.txt" || die "aiosmtpd did not start: $(cat "$RESULTS/smtp.txt")"

  HOST_SETTINGS=("Jobs__WorkerCount=$WORKERS" "Smtp__Host=127.0.0.1" "Smtp__Port=$port" "Smtp__Security=None"
    "Smtp__From=Valley Internships <internships@valley.example>")
  echo "# $(date -Is) on $(nproc) cores, $queued e-mails queued, $WORKERS job worker(s), aiosmtpd on 127.0.0.1:$port; uptime before: $(uptime)" | tee "$SUMMARY"
  start_host "$PORT" All
  local up left
  up="$(date +%s.%N)"
  while :; do
    left="$(outbox "SELECT count(*) FROM Notifications WHERE Status IN ('Pending', 'Sending');")"
    [[ "$left" == 0 ]] && break
    awk -v e="$(elapsed_since "$up")" 'BEGIN { exit !(e > 900) }' && die "$left e-mails still waiting after 900 s"
    sleep 0.5
  done
  local total peak
  total="$(elapsed_since "$up")"
  peak="$(awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$HOST_PID/status")"

  # The host's own record: when the first and the last were sent (UTC, as stored).
  local first last sent failed files delivery
  IFS='|' read -r first last sent failed < <(outbox "SELECT min(SentAt), max(SentAt), sum(Status = 'Sent'), sum(Status = 'Failed') FROM Notifications;")
  files="$(find "$MAILDIR" -type f | wc -l)"
  delivery="$(awk -v a="$(date -ud "$first" +%s.%N)" -v b="$(date -ud "$last" +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  {
    echo "sent $sent, failed $failed, files the server wrote $files (of $queued queued)"
    echo "delivery, the host's first send to its last: $delivery s ($(awk -v n="$sent" -v s="$delivery" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }') messages/s, $WORKERS worker(s))"
    echo "from the host answering /health to the last send: $total s (with the wait for the first dispatch run)"
    echo "host peak working set: $peak"
    echo "# uptime after: $(uptime)"
  } | tee -a "$SUMMARY"
  [[ "$sent" == "$queued" && "$files" == "$queued" ]] || die "not every queued e-mail was delivered once"
}

main "$@"
