# The PostgreSQL server and databases that `backup` and `restore` work on, and the tools they use.
# Sourced by cmd-backup.sh and cmd-restore.sh after stack.sh.
# shellcheck shell=bash

PG_BIN=/usr/lib/postgresql/15/bin   # Debian's client tools, matching the server's major version

# Sets TARGET_MODE, TARGET_HOST, TARGET_PORT, TARGET_DATABASES (array) and PG_ADMIN_USER, from the
# first of: HUBS_PG_DATABASES (space separated, on HUBS_PG_HOST:HUBS_PG_PORT; any server, e.g. a
# test's); the databases named by ConnectionStrings__Clinical/Insights/Identity (production, as
# `migrate` uses); the local stack's `hubs` database. The admin role is HUBS_PG_USER (postgres);
# its password, where one is needed, comes through libpq (PGPASSWORD or ~/.pgpass).
resolve_target() {
  PG_ADMIN_USER=${HUBS_PG_USER:-postgres}
  if [[ -n ${HUBS_PG_DATABASES:-} ]]; then
    TARGET_MODE=explicit
    TARGET_HOST=${HUBS_PG_HOST:-127.0.0.1}
    TARGET_PORT=${HUBS_PG_PORT:-5432}
    read -ra TARGET_DATABASES <<<"$HUBS_PG_DATABASES"
  elif [[ -n ${ConnectionStrings__Clinical:-} && -n ${ConnectionStrings__Insights:-} && -n ${ConnectionStrings__Identity:-} ]]; then
    TARGET_MODE=configured
    resolve_configured
  else
    TARGET_MODE=local
    load_settings
    TARGET_HOST=127.0.0.1
    TARGET_PORT=$HUBS_PG_PORT
    TARGET_DATABASES=(hubs)
  fi
  local db
  for db in "${TARGET_DATABASES[@]}"; do
    [[ $db =~ ^[A-Za-z0-9_.-]+$ ]] || die "unsupported database name: '$db'"
  done
}

# The three connection strings may name one database or three, but on one server.
resolve_configured() {
  local name host port database servers=() databases=()
  for name in Clinical Insights Identity; do
    local var="ConnectionStrings__$name"
    host=$(connection_value "${!var}" host server)
    port=$(connection_value "${!var}" port)
    database=$(connection_value "${!var}" database db)
    [[ -n $host && -n $database ]] || die "$var names no Host or Database"
    servers+=("${HUBS_PG_HOST:-$host}:${HUBS_PG_PORT:-${port:-5432}}")
    [[ " ${databases[*]} " == *" $database "* ]] || databases+=("$database")
  done
  [[ $(printf '%s\n' "${servers[@]}" | sort -u | wc -l) == 1 ]] \
    || die "the connection strings name more than one server (${servers[*]}): back up one at a time with HUBS_PG_HOST, HUBS_PG_PORT and HUBS_PG_DATABASES"
  TARGET_HOST=${servers[0]%:*}
  TARGET_PORT=${servers[0]##*:}
  TARGET_DATABASES=("${databases[@]}")
}

connection_value() { # CONNECTION_STRING KEY… : the value of the first KEY present (keys case-insensitive)
  local pair key k value
  local -a pairs
  IFS=';' read -ra pairs <<<"$1"
  for key in "${@:2}"; do
    for pair in "${pairs[@]}"; do
      k=${pair%%=*}
      k=${k// /}
      if [[ ${k,,} == "$key" ]]; then
        value=${pair#*=}
        value=${value#"${value%%[! ]*}"}
        echo "${value%"${value##*[! ]}"}"
        return 0
      fi
    done
  done
}

target_label() { echo "${TARGET_DATABASES[*]} on $TARGET_HOST:$TARGET_PORT"; }

pg_tool() { # TOOL args… : a PostgreSQL 15 client tool against the target server as the admin role
  "$PG_BIN/$1" -h "$TARGET_HOST" -p "$TARGET_PORT" -U "$PG_ADMIN_USER" "${@:2}"
}

psql_target() { # DATABASE psql-args…
  pg_tool psql -X -q -v ON_ERROR_STOP=1 -d "$1" "${@:2}"
}

# The local stack's cluster, started when it exists (restore: created too, for a fresh machine).
ensure_local_server() { # create|existing
  [[ $TARGET_MODE == local ]] || return 0
  if [[ $1 == existing && ! -s $HUBS_STATE/postgres/PG_VERSION ]]; then
    die "no local PostgreSQL in $HUBS_STATE/postgres: start the stack (ops/hubs up) or set HUBS_PG_DATABASES"
  fi
  apt_ensure postgresql-15
  "$HUBS_LIB/postgres.sh" start "$HUBS_STATE/postgres" "$HUBS_PG_PORT"
}

require_server() {
  apt_ensure postgresql-client-15
  psql_target postgres -tAc 'SELECT 1' >/dev/null \
    || die "cannot reach PostgreSQL at $TARGET_HOST:$TARGET_PORT as $PG_ADMIN_USER (password: PGPASSWORD or ~/.pgpass)"
}

database_exists() { [[ -n $(psql_target postgres -tA -v db="$1" <<<"SELECT 1 FROM pg_database WHERE datname = :'db'") ]]; }
