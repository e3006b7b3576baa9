# The local Hubs stack: settings, PostgreSQL + RabbitMQ, the database layout and the three hosts.
# Sourced by the cmd-*.sh files after common.sh.
# shellcheck shell=bash

HOSTS=(web identity insights)
RUN_DIR="$HUBS_STATE/run"
LOG_DIR="$HUBS_STATE/logs"
SETTINGS_FILE="$RUN_DIR/stack.env"
SECRETS_FILE="$HUBS_STATE/secrets.env"
SETTING_NAMES=(HUBS_PG_PORT HUBS_AMQP_PORT HUBS_RABBIT_NODE HUBS_WEB_PORT HUBS_IDENTITY_PORT HUBS_INSIGHTS_PORT)

# Settings: the environment first, then what the last `up` of this state dir used, then defaults.
load_settings() {
  local name value
  if [[ -f $SETTINGS_FILE ]]; then
    while IFS='=' read -r name value; do
      [[ -n $name && -z ${!name:-} ]] && printf -v "$name" '%s' "$value"
    done <"$SETTINGS_FILE"
  fi
  HUBS_PG_PORT=${HUBS_PG_PORT:-5433}
  HUBS_AMQP_PORT=${HUBS_AMQP_PORT:-5673}
  HUBS_RABBIT_NODE=${HUBS_RABBIT_NODE:-hubs-dev@localhost}
  HUBS_WEB_PORT=${HUBS_WEB_PORT:-5100}
  HUBS_IDENTITY_PORT=${HUBS_IDENTITY_PORT:-5101}
  HUBS_INSIGHTS_PORT=${HUBS_INSIGHTS_PORT:-5102}
}

save_settings() {
  mkdir -p "$RUN_DIR"
  local name
  for name in "${SETTING_NAMES[@]}"; do echo "$name=${!name}"; done >"$SETTINGS_FILE"
}

# Dev-only secrets, generated once per state dir and reused.
load_secrets() {
  if [[ ! -s $SECRETS_FILE ]]; then
    mkdir -p "$HUBS_STATE"
    (
      umask 077
      cat >"$SECRETS_FILE" <<SECRETS
# Development secrets for this local stack only. Never use them elsewhere.
HUBS_CLINICAL_PASSWORD=$(random_secret)
HUBS_INSIGHTS_PASSWORD=$(random_secret)
HUBS_IDENTITY_PASSWORD=$(random_secret)
HUBS_PSEUDONYMISATION_KEY=$(head -c 32 /dev/urandom | base64 -w0)
SECRETS
    )
  fi
  # shellcheck source=/dev/null
  source "$SECRETS_FILE"
}

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

build_solution() {
  if [[ ${HUBS_SKIP_BUILD:-0} == 1 ]]; then return 0; fi
  mkdir -p "$LOG_DIR"
  say "building Hubs.sln (Release; log: $LOG_DIR/build.log)"
  if ! dotnet build "$HUBS_REPO/Hubs.sln" -c Release -nologo -v quiet >"$LOG_DIR/build.log" 2>&1; then
    grep -E 'error|Error' "$LOG_DIR/build.log" | sort -u | tail -n 30 >&2
    die "build failed (log: $LOG_DIR/build.log)"
  fi
}

host_dll() {
  case $1 in
    web) echo "$HUBS_REPO/src/Hubs.Web/bin/Release/net10.0/Hubs.Web.dll" ;;
    identity) echo "$HUBS_REPO/src/Hubs.Identity/bin/Release/net10.0/Hubs.Identity.dll" ;;
    insights) echo "$HUBS_REPO/src/Hubs.Insights/bin/Release/net10.0/Hubs.Insights.dll" ;;
  esac
}

host_port() {
  case $1 in
    web) echo "$HUBS_WEB_PORT" ;;
    identity) echo "$HUBS_IDENTITY_PORT" ;;
    insights) echo "$HUBS_INSIGHTS_PORT" ;;
  esac
}

# The environment one host gets, as KEY=VALUE words for env(1).
host_env() {
  local rabbit="amqp://guest:guest@127.0.0.1:$HUBS_AMQP_PORT/"
  echo "ASPNETCORE_ENVIRONMENT=Development"
  echo "ASPNETCORE_URLS=http://127.0.0.1:$(host_port "$1")"
  echo "HUBS_STATE_DIR=$HUBS_STATE"
  case $1 in
    web)
      echo "ConnectionStrings__Clinical=$(connection_string hubs_clinical "$HUBS_CLINICAL_PASSWORD")"
      echo "RabbitMq__Uri=$rabbit"
      echo "Pseudonymisation__Key=$HUBS_PSEUDONYMISATION_KEY"
      echo "Hubs__Schema__AutoCreate=true"
      echo "Hubs__Demo__CredentialsFile=$HUBS_STATE/demo-credentials.json"
      ;;
    insights)
      echo "ConnectionStrings__Insights=$(connection_string hubs_insights "$HUBS_INSIGHTS_PASSWORD")"
      echo "RabbitMq__Uri=$rabbit"
      echo "Hubs__Schema__AutoCreate=true"
      ;;
    identity)
      echo "ConnectionStrings__Identity=$(connection_string hubs_identity "$HUBS_IDENTITY_PASSWORD")"
      ;;
  esac
}

run_host_command() { # HOST COMMAND: a one-shot command of the host (migrate, seed-demo)
  local -a vars
  mapfile -t vars < <(host_env "$1")
  mkdir -p "$LOG_DIR"
  # From the build output, like the running host: appsettings*.json are read from the content root.
  if ! (cd "$(dirname "$(host_dll "$1")")" && env "${vars[@]}" dotnet "$(host_dll "$1")" "$2") \
       >>"$LOG_DIR/$1-$2.log" 2>&1 </dev/null; then
    tail -n 30 "$LOG_DIR/$1-$2.log" >&2
    die "$1 $2 failed (log: $LOG_DIR/$1-$2.log)"
  fi
}

migrate_all() {
  local host
  for host in "${HOSTS[@]}"; do
    say "applying the $host schema"
    run_host_command "$host" migrate
  done
}

host_pid_file() { echo "$RUN_DIR/$1.pid"; }

host_running() {
  local file pid
  file=$(host_pid_file "$1")
  pid_alive "$file" || return 1
  pid=$(cat "$file")
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$(basename "$(host_dll "$1")")"
}

start_host() {
  local host=$1 port
  port=$(host_port "$host")
  host_running "$host" && { say "$host already running"; return 0; }
  port_busy "$port" && die "port $port (for $host) is already in use; set HUBS_${host^^}_PORT"
  [[ -f $(host_dll "$host") ]] || die "$(host_dll "$host") is missing; build first"
  local -a vars
  mapfile -t vars < <(host_env "$host")
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  # setsid: the host gets its own session, so a Ctrl-C meant for `ops/hubs run` is handled by us.
  (cd "$(dirname "$(host_dll "$host")")" && exec setsid env "${vars[@]}" dotnet "$(host_dll "$host")" \
    >>"$LOG_DIR/$host.log" 2>&1 </dev/null) &
  echo $! >"$(host_pid_file "$host")"
}

stop_host() {
  local host=$1 file pid
  file=$(host_pid_file "$host")
  if host_running "$host"; then
    pid=$(cat "$file")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do
      host_running "$host" || break
      sleep 0.25
    done
    host_running "$host" && kill -KILL "$pid" 2>/dev/null || true
    say "$host stopped"
  fi
  rm -f "$file"
}

host_healthy() { curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$(host_port "$1")/health/ready"; }

wait_healthy() { # seconds
  local deadline=$((SECONDS + $1)) host
  for host in "${HOSTS[@]}"; do
    until host_healthy "$host"; do
      if ! host_running "$host"; then
        tail -n 40 "$LOG_DIR/$host.log" >&2
        die "$host exited during start-up (log: $LOG_DIR/$host.log)"
      fi
      if ((SECONDS >= deadline)); then
        tail -n 40 "$LOG_DIR/$host.log" >&2
        die "$host did not answer /health/ready with 200 within $1 s (log: $LOG_DIR/$host.log; ops/hubs down stops the rest)"
      fi
      sleep 1
    done
  done
}

stop_hosts() {
  local host
  for host in "${HOSTS[@]}"; do stop_host "$host"; done
}

# Everything `up` and `run` share: infrastructure, schema, demo data, hosts, healthy.
bring_up() {
  load_settings
  load_secrets
  save_settings
  start_infrastructure
  prepare_database
  build_solution
  migrate_all
  if [[ ${HUBS_SEED_DEMO:-1} == 1 ]]; then
    say "seeding demo data (once)"
    run_host_command web seed-demo
  fi
  local host
  for host in "${HOSTS[@]}"; do start_host "$host"; done
  wait_healthy "${HUBS_UP_TIMEOUT:-120}"
}

print_summary() {
  cat <<SUMMARY

Hubs is running:
  Web       http://127.0.0.1:$HUBS_WEB_PORT/      (API docs: /docs)
  Identity  http://127.0.0.1:$HUBS_IDENTITY_PORT/
  Insights  http://127.0.0.1:$HUBS_INSIGHTS_PORT/
  PostgreSQL 127.0.0.1:$HUBS_PG_PORT (database hubs), RabbitMQ amqp://127.0.0.1:$HUBS_AMQP_PORT/ (node $HUBS_RABBIT_NODE)
  Logs      $LOG_DIR/
SUMMARY
  local credentials=$HUBS_STATE/demo-credentials.json
  if [[ -s $credentials ]]; then
    echo "Demo sign-ins ($credentials):"
    sed 's/^/  /' "$credentials"
    echo
  else
    echo "No demo sign-ins yet ($credentials is written by the demo seed)."
  fi
}
