# ops/hubs down
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs down

Stops the hosts (pid files in .hubs/run/), then the RabbitMQ node and PostgreSQL cluster of the
state dir (.hubs, or HUBS_STATE_DIR). Data is kept. Nothing else is touched.
HELP
}

cmd_main() {
  (($# == 0)) || die "down takes no arguments"
  load_settings
  stop_hosts
  stop_infrastructure
}
