# ops/hubs rebuild
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs rebuild [--resume]

Rebuilds the Insights aggregates from the clinical event store, in bulk: empties every table of the
insights schema (Insights `reset-aggregates`), then Web reads the event log in pages of 5,000 events
(only the event types that may have a contract) and maps each event to its PII-free contract exactly
as the live publisher does (`web export-milestones`, up to the event daemon's high-water mark), and
Insights applies them thousands at a time with the live consumers' own effects, one array per
column, then analyses its tables (`insights import-milestones`), reading Web's output
through a pipe: only contracts cross it, and nothing goes through the broker. A progress bar shows
the events read, the rate and an ETA. Each batch saves how far it got in the same transaction, and
no dedupe mark a message: a live message carries its event's sequence number and is known as applied
when it is at or below that position. --resume continues a rebuild that was cut off from there,
counting nothing twice, instead of starting again. Live milestones keep flowing meanwhile (those
applied live are left out by the rebuild); dashboards show partial figures until the rebuild ends.
Run it only once Web publishes the sequence header and the older Web's messages are gone: every Web
replica upgraded, then each Insights milestone queue and after it its _error queue seen empty (no
message ready or unacknowledged). A message without the header is judged by its mark alone: one
consumed before the rebuild's batch of its event is marked and left out by it, but one consumed
after that batch would be applied twice.
Marten's own inline projections need no rebuild. Runs against the local stack (.hubs), which must be
up (`ops/hubs up`).
HELP
}

# host_command_piped HOST COMMAND [ARGS…]: a host's one-shot command reading this shell's standard input.
# Without tiered PGO: a batch that runs for minutes spent a fifth of its CPU instrumenting and re-compiling
# methods; with one workstation GC heap, no background GC and a 64 MB first generation, instead of the hosts' server
# GC, whose threads spin waiting for each other on a busy machine; and an idle pool thread sleeps at once instead
# of spinning and yielding for more work (a sixth of the export's CPU at 1,000,000 journeys, taken from PostgreSQL
# and the import on the same two cores). All measured in benchmarks/SCALE.md. The long-running hosts keep their
# settings.
REBUILD_RUNTIME=(DOTNET_TieredPGO=0 DOTNET_gcServer=0 DOTNET_gcConcurrent=0 DOTNET_GCgen0size=0x4000000
  DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0)
host_command_piped() {
  local -a vars
  mapfile -t vars < <(host_env "$1")
  (cd "$(dirname "$(host_dll "$1")")" && env "${vars[@]}" "${REBUILD_RUNTIME[@]}" dotnet "$(host_dll "$1")" "${@:2}")
}

cmd_main() {
  local resume=0 after=0
  case $# in
    0) ;;
    1) [[ $1 == --resume ]] || die "rebuild takes only --resume"; resume=1 ;;
    *) die "rebuild takes only --resume" ;;
  esac
  load_settings
  load_secrets
  host_healthy insights || die "Insights is not running: start the stack with ops/hubs up"
  build_solution
  if ((resume)); then
    after=$(host_command_piped insights rebuild-position </dev/null | tail -n 1)
    [[ $after =~ ^[0-9]+$ ]] || die "could not read where the last rebuild stopped"
    say "resuming the rebuild after event $after"
  else
    say "emptying the Insights aggregates"
    run_host_command insights reset-aggregates
  fi
  say "replaying every journey event in bulk"
  if ! host_command_piped web export-milestones --after "$after" </dev/null \
       | host_command_piped insights import-milestones; then
    die "the rebuild stopped part way: run ops/hubs rebuild --resume to continue it"
  fi
}
