# The local Hubs stack: settings, PostgreSQL + RabbitMQ, the database layout and the three hosts.
# Sourced by the cmd-*.sh files after common.sh.
# shellcheck shell=bash

source "$HUBS_LIB/settings.sh"
source "$HUBS_LIB/database.sh"
source "$HUBS_LIB/hosts.sh"
source "$HUBS_LIB/tokens.sh"

build_solution() {
  if [[ ${HUBS_SKIP_BUILD:-0} == 1 ]]; then return 0; fi
  mkdir -p "$LOG_DIR"
  say "building Hubs.sln (Release; log: $LOG_DIR/build.log)"
  nuget_drop_lookalikes
  if ! dotnet build "$HUBS_REPO/Hubs.sln" -c Release -nologo -v quiet >"$LOG_DIR/build.log" 2>&1; then
    grep -E 'error|Error' "$LOG_DIR/build.log" | sort -u | tail -n 30 >&2
    die "build failed (log: $LOG_DIR/build.log)"
  fi
}

run_host_command() { # HOST COMMAND [ARGS…]: a one-shot command of the host (migrate, seed-demo)
  local -a vars
  mapfile -t vars < <(host_env "$1")
  mkdir -p "$LOG_DIR"
  # From the build output, like the running host: appsettings*.json are read from the content root.
  if ! (cd "$(dirname "$(host_dll "$1")")" && env "${vars[@]}" dotnet "$(host_dll "$1")" "${@:2}") \
       >>"$LOG_DIR/$1-$2.log" 2>&1 </dev/null; then
    tail -n 30 "$LOG_DIR/$1-$2.log" >&2
    die "$1 $2 failed (log: $LOG_DIR/$1-$2.log)"
  fi
}

# run_host_command_here HOST COMMAND [ARGS…]: the same, with its output on this terminal (progress, reports).
run_host_command_here() {
  local -a vars
  mapfile -t vars < <(host_env "$1")
  (cd "$(dirname "$(host_dll "$1")")" && env "${vars[@]}" dotnet "$(host_dll "$1")" "${@:2}") </dev/null
}

migrate_all() {
  local host
  for host in "${HOSTS[@]}"; do
    say "applying the $host schema"
    run_host_command "$host" migrate
  done
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
  # HUBS_SEED_DEMO: 1 journeys and accounts, "accounts" the demo accounts and clients only, 0 nothing.
  if [[ ${HUBS_SEED_DEMO:-1} != 0 ]]; then
    say "seeding demo data (once)"
    [[ ${HUBS_SEED_DEMO:-1} == accounts ]] || run_host_command web seed-demo
    # Demo accounts get fresh passwords and TOTP secrets when made, so make them once per state dir.
    if [[ ! -s $HUBS_STATE/demo-credentials.json ]]; then
      run_host_command identity seed-demo "$HUBS_STATE/demo-credentials.json"
    fi
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
