# ops/hubs status
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs status

Shows whether PostgreSQL, RabbitMQ and each host of the local stack run, and each host's
/health/ready answer. Exits 0 only when everything runs and is healthy.
HELP
}

cmd_main() {
  (($# == 0)) || die "status takes no arguments"
  load_settings
  local ok=0 host
  "$HUBS_LIB/postgres.sh" status "$HUBS_STATE/postgres" "$HUBS_PG_PORT" || ok=1
  "$HUBS_LIB/rabbitmq.sh" status "$HUBS_STATE/rabbitmq" "$HUBS_AMQP_PORT" "$HUBS_RABBIT_NODE" || ok=1
  for host in "${HOSTS[@]}"; do
    if ! host_running "$host"; then
      echo "$host: stopped"; ok=1
    elif host_healthy "$host"; then
      echo "$host: running, healthy, http://127.0.0.1:$(host_port "$host")/ (pid $(cat "$(host_pid_file "$host")"))"
    else
      echo "$host: running, NOT healthy, http://127.0.0.1:$(host_port "$host")/health/ready"; ok=1
    fi
  done
  return $ok
}
