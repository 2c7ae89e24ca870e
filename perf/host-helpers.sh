# Shared by the benchmark scripts that start the host (perf/load/run-search-load.sh, perf/roster/run-roster-import.sh):
# messages on stderr, and stopping the host they started (its pid in HOST_PID) however the script ends.
# Source it after `set -euo pipefail`.

HOST_PID=""

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

stop_host() {
  if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
    log "stopping the host (pid $HOST_PID)"
    kill "$HOST_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$HOST_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$HOST_PID" 2>/dev/null || true
  fi
  HOST_PID=""
}
trap stop_host EXIT
trap 'exit 130' INT TERM
