# A throwaway PostgreSQL server for perf/load/run-search-load.sh with DB=postgresql (source it after host-helpers.sh).
#
# start_postgres: unless PG_CONNECTION is set already, runs initdb in a fresh temporary folder (as the postgres system
# user when the script runs as root: PostgreSQL refuses root), starts postgres on a free loopback port with durability
# off (throwaway data), creates the database "internships_load", and sets PG_CONNECTION to it.
# stop_postgres: stops that server and deletes its folder (nothing when PG_CONNECTION was given).

PG_ROOT=""
PG_PID=""

# Runs a PostgreSQL program as the server's user.
as_pg_user() {
  if [[ "$(id -u)" -eq 0 ]]; then
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start_postgres() {
  [[ -n "$PG_CONNECTION" ]] && { log "using the PostgreSQL database given in PG_CONNECTION"; return; }
  [[ -x "$PG_BIN/initdb" ]] || die "no PostgreSQL programs in $PG_BIN (scripts/prerequisites.sh installs them; or set PG_BIN)"
  PG_ROOT="$(mktemp -d "${TMPDIR:-/tmp}/internships-load-pg.XXXXXX")"
  [[ "$(id -u)" -eq 0 ]] && chown postgres:postgres "$PG_ROOT"
  as_pg_user "$PG_BIN/initdb" -D "$PG_ROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_ROOT/initdb.log" 2>&1 \
    || { cat "$PG_ROOT/initdb.log" >&2; die "initdb failed"; }
  local port
  port="$(free_port)"
  log "starting PostgreSQL on 127.0.0.1:$port (data in $PG_ROOT, deleted at the end)"
  as_pg_user "$PG_BIN/postgres" -D "$PG_ROOT/data" -p "$port" -k "$PG_ROOT" -c listen_addresses=127.0.0.1 \
    -c max_connections=300 -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    >"$RESULTS/postgres.log" 2>&1 &
  PG_PID=$!
  for _ in $(seq 1 60); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      as_pg_user "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c 'CREATE DATABASE internships_load' >&2
      PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=internships_load"
      return
    fi
    kill -0 "$PG_PID" 2>/dev/null || { cat "$RESULTS/postgres.log" >&2; die "postgres exited"; }
    sleep 0.5
  done
  die "PostgreSQL did not accept connections within 30 s"
}

stop_postgres() {
  if [[ -n "$PG_PID" ]] && kill -0 "$PG_PID" 2>/dev/null; then
    log "stopping PostgreSQL (pid $PG_PID) and deleting $PG_ROOT"
    # Fast shutdown (SIGINT would not do: a script's background jobs ignore it).
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" stop -m fast -w -t 30 >/dev/null 2>&1 || true
    for _ in $(seq 1 100); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$PG_PID" 2>/dev/null || true
  fi
  PG_PID=""
  if [[ -n "$PG_ROOT" ]]; then
    rm -rf "$PG_ROOT"
    PG_ROOT=""
  fi
}
