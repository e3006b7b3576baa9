# PostgreSQL and RabbitMQ of the local stack, and the database layout (ops/sql). Sourced by stack.sh.
# shellcheck shell=bash

connection_string() { # ROLE PASSWORD
  echo "Host=127.0.0.1;Port=$HUBS_PG_PORT;Database=hubs;Username=$1;Password=$2"
}

psql_admin() { # DATABASE psql-args…
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$HUBS_PG_PORT" -U postgres -d "$1" "${@:2}"
}

start_infrastructure() {
  apt_ensure postgresql-15 rabbitmq-server curl
  "$HUBS_LIB/postgres.sh" start "$HUBS_STATE/postgres" "$HUBS_PG_PORT"
  "$HUBS_LIB/rabbitmq.sh" start "$HUBS_STATE/rabbitmq" "$HUBS_AMQP_PORT" "$HUBS_RABBIT_NODE"
}

stop_infrastructure() {
  "$HUBS_LIB/rabbitmq.sh" stop "$HUBS_STATE/rabbitmq" "$HUBS_AMQP_PORT" "$HUBS_RABBIT_NODE"
  "$HUBS_LIB/postgres.sh" stop "$HUBS_STATE/postgres" "$HUBS_PG_PORT"
}

# Roles, database and schemas (ops/sql); every statement is idempotent, so each start re-applies them.
prepare_database() {
  psql_admin postgres -f "$HUBS_REPO/ops/sql/roles.sql" \
    -v clinical_password="$HUBS_CLINICAL_PASSWORD" \
    -v insights_password="$HUBS_INSIGHTS_PASSWORD" \
    -v identity_password="$HUBS_IDENTITY_PASSWORD"
  if [[ -z $(psql_admin postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'hubs'") ]]; then
    psql_admin postgres -c 'CREATE DATABASE hubs OWNER postgres'
  fi
  psql_admin hubs -f "$HUBS_REPO/ops/sql/schemas.sql" -v dbname=hubs 2>&1 | { grep -v 'already exists, skipping' || true; } >&2
}

