# ops/hubs rebuild
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs rebuild

Rebuilds the Insights aggregates from the clinical event store: empties every table of the insights
schema (Insights `reset-aggregates`), then replays every journey event through the same publisher as
the live pipeline, with the same message ids (Web `republish`), showing a progress bar, the rate and
an ETA. Insights consumes the replay while it runs; dashboards show partial figures until it ends.
Marten's own inline projections need no rebuild. Runs against the local stack (.hubs), which must
be up (`ops/hubs up`).
HELP
}

cmd_main() {
  (($# == 0)) || die "rebuild takes no arguments"
  load_settings
  load_secrets
  host_healthy insights || die "Insights is not running: start the stack with ops/hubs up"
  build_solution
  say "emptying the Insights aggregates"
  run_host_command insights reset-aggregates
  say "replaying every journey event"
  run_host_command_here web republish
}
