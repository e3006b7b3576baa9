# ops/hubs up
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs up

Starts the local stack in the background and returns once every host answers /health/ready:
PostgreSQL (127.0.0.1:5433, data in .hubs/postgres), RabbitMQ (AMQP 127.0.0.1:5673, node
hubs-dev@localhost, data in .hubs/rabbitmq), then builds Hubs.sln (Release), applies the schema,
seeds the demo data once and starts Web (:5100), Identity (:5101) and Insights (:5102).
Fails with the host's log tail when a host is not healthy within 120 s (HUBS_UP_TIMEOUT).

Environment: HUBS_STATE_DIR (default .hubs), HUBS_PG_PORT, HUBS_AMQP_PORT, HUBS_RABBIT_NODE,
HUBS_WEB_PORT, HUBS_IDENTITY_PORT, HUBS_INSIGHTS_PORT, HUBS_SKIP_BUILD=1, HUBS_SEED_DEMO=0 (or "accounts": demo accounts only).
Stop with: ops/hubs down
HELP
}

cmd_main() {
  (($# == 0)) || die "up takes no arguments"
  bring_up
  print_summary
  echo "Stop with: ops/hubs down"
}
