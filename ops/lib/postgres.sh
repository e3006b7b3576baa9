#!/usr/bin/env bash
# A project-local PostgreSQL 15 cluster: ops/lib/postgres.sh start|stop|status DATADIR PORT
# Listens on 127.0.0.1 only, keeps its socket inside DATADIR, runs as `postgres` when started by root.
# Loopback auth: the superuser `postgres` is trusted (dev/test clusters only); every other role
# needs its password (scram-sha-256).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_BIN=/usr/lib/postgresql/15/bin   # not /usr/local/bin/pg_ctl: that one may be another build

usage() {
  cat <<'USAGE'
Usage: ops/lib/postgres.sh start|stop|status DATADIR PORT
  With HUBS_OWNER_PID=<pid>, start also arranges a stop once that process has exited.
  start   create the cluster if needed and start it (idempotent; clears a stale postmaster.pid)
  stop    fast shutdown (no-op when not running)
  status  exit 0 when running and accepting connections
USAGE
}

pg() { as_user postgres "$PG_BIN/$1" "${@:2}"; }

init_cluster() {
  [[ -s $DATA/PG_VERSION ]] && return 0
  say "initialising PostgreSQL cluster in $DATA"
  pg initdb -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >"$DATA/pg_hba.conf" <<'HBA'
# Hubs dev/test cluster: local socket and loopback only.
local all postgres                trust
local all all                     scram-sha-256
host  all postgres 127.0.0.1/32   trust
host  all all      127.0.0.1/32   scram-sha-256
HBA
  cat >>"$DATA/postgresql.conf" <<CONF
# Hubs
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DATA'
max_connections = 200
shared_buffers = 128MB
fsync = ${HUBS_PG_FSYNC:-on}
logging_collector = off
CONF
}

# A postmaster.pid left by a crashed server (kill -9) names a dead process; pg_ctl would refuse it.
clear_stale_pid() {
  local pidfile=$DATA/postmaster.pid
  [[ -f $pidfile ]] || return 0
  local pid
  pid=$(head -n1 "$pidfile" | tr -dc 0-9)
  # A killed postmaster may linger as a zombie (state Z) until init reaps it: that is stale too.
  [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == postgres \
     && $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]] && return 0
  say "removing stale $pidfile"
  rm -f "$pidfile" "$DATA"/.s.PGSQL.*   # the socket's lock file names the dead postmaster too
}

is_ready() { as_user postgres "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -d postgres -U postgres; }

start() {
  apt_ensure postgresql-15
  own_dir postgres "$DATA"
  DATA="$(cd "$DATA" && pwd)"
  init_cluster
  clear_stale_pid
  if pg pg_ctl -D "$DATA" status >/dev/null 2>&1; then
    is_ready || die "a PostgreSQL server runs on $DATA but does not answer on 127.0.0.1:$PORT"
    return 0
  fi
  port_busy "$PORT" && die "port $PORT is already in use by another process"
  stop_with_owner "$HUBS_LIB/postgres.sh" stop "$DATA" "$PORT"
  pg pg_ctl -D "$DATA" -l "$DATA/server.log" -o "-p $PORT" -w -t 60 start >/dev/null \
    || { tail -n 20 "$DATA/server.log" >&2; die "PostgreSQL did not start (log: $DATA/server.log)"; }
  say "PostgreSQL ready on 127.0.0.1:$PORT ($DATA)"
}

stop() {
  [[ -s $DATA/PG_VERSION ]] || return 0
  clear_stale_pid
  if pg pg_ctl -D "$DATA" status >/dev/null 2>&1; then
    pg pg_ctl -D "$DATA" -m fast -w -t 60 stop >/dev/null
    say "PostgreSQL stopped ($DATA)"
  fi
}

status() {
  if [[ -s $DATA/PG_VERSION ]] && pg pg_ctl -D "$DATA" status >/dev/null 2>&1 && is_ready; then
    echo "postgres: running on 127.0.0.1:$PORT ($DATA)"
  else
    echo "postgres: stopped ($DATA)"
    return 3
  fi
}

[[ ${1:-} == -h || ${1:-} == --help ]] && { usage; exit 0; }
(($# == 3)) || { usage >&2; exit 2; }
DATA=$2 PORT=$3
case $1 in
  start|stop|status) "$1" ;;
  *) usage >&2; exit 2 ;;
esac
