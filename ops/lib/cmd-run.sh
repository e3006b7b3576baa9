# ops/hubs run
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs run

Like `ops/hubs up` (see ops/hubs up --help), but stays in the foreground: Ctrl-C stops the hosts,
RabbitMQ and PostgreSQL that this run started. Data in .hubs/ is kept, so a second run reuses it.
HELP
}

RUN_STARTED_INFRA=0
RUN_KEEP_HOSTS=()   # hosts that already ran (an earlier `up`): not ours to stop

stop_started() {
  trap - INT TERM EXIT
  say "stopping"
  local host
  for host in "${HOSTS[@]}"; do
    [[ " ${RUN_KEEP_HOSTS[*]} " == *" $host "* ]] || stop_host "$host"
  done
  if ((RUN_STARTED_INFRA)); then stop_infrastructure; fi
}

cmd_main() {
  (($# == 0)) || die "run takes no arguments"
  load_settings
  if ! "$HUBS_LIB/postgres.sh" status "$HUBS_STATE/postgres" "$HUBS_PG_PORT" >/dev/null 2>&1 \
     || ! "$HUBS_LIB/rabbitmq.sh" status "$HUBS_STATE/rabbitmq" "$HUBS_AMQP_PORT" "$HUBS_RABBIT_NODE" >/dev/null 2>&1; then
    RUN_STARTED_INFRA=1
  fi
  local host
  for host in "${HOSTS[@]}"; do
    host_running "$host" && RUN_KEEP_HOSTS+=("$host")
  done
  trap 'stop_started; exit 130' INT TERM
  trap stop_started EXIT
  bring_up
  print_summary
  echo "Press Ctrl-C to stop."
  while true; do
    for host in "${HOSTS[@]}"; do
      host_running "$host" || die "$host exited (log: $LOG_DIR/$host.log)"
    done
    sleep 2
  done
}
