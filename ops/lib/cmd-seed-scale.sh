# ops/hubs seed-scale
# shellcheck shell=bash
source "$HUBS_LIB/stack.sh"

cmd_help() {
  cat <<'HELP'
Usage: ops/hubs seed-scale --journeys N --hubs H [--resume] [--batch B] [--writers W]

Writes a synthetic national data set for benchmarks into the local stack (.hubs) through Web's `seed-scale`
command: N journeys over the first H Hubs of Hubs:Directory (uneven, the busiest holding the most), every stage
through the real event types over five years (screening, triage, assessment, treatment sessions with PHQ-9/GAD-7,
discharges, withdrawals), personal data sealed with real per-journey keys, triage reads in the audit log and team
activities. Written by bulk COPY into Marten's own tables: the events, and the inline read models built in memory
by the store's own projections (as a normal write would store them). Batches of B journeys (default 250), made and
copied by W workers at once (default 2, one a core), each committed with its checkpoint in batch order: a run cut
off is continued with --resume and never writes a journey twice.
Progress, rate and ETA on standard error.

The live subscriptions then start after the seeded history: run `ops/hubs rebuild` to bring Insights up to date.
H is at most the Hubs Web is configured with (Hubs__Directory__N__Id/Name in the environment add more; give
the running hosts the same). For a benchmark database only (an event a live host writes during seeding would not
be published).
HELP
}

cmd_main() {
  (($# > 0)) || die "seed-scale needs --journeys N --hubs H (see --help)"
  load_settings
  load_secrets
  build_solution
  # A batch run of minutes: without tiered PGO (it re-compiles methods all through the run) and with the
  # workstation GC (the server GC's per-core heaps buy nothing on two cores): 17 % less CPU (benchmarks/SCALE.md).
  export DOTNET_TieredPGO=0 DOTNET_gcServer=0
  run_host_command_here web seed-scale "$@"
}
